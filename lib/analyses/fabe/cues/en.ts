import type { Lexicon } from './families';

/**
 * English cues. Seeded from the cue table of domain-rules.md §3 and widened with words
 * of the same meaning that the definitions name (GUIDELINES.md §3): materials and
 * inclusion for F; comparatives, capability verbs and quality adjectives for A; the
 * person's gain, scenes and audiences for B; proof words for E; service, instructions,
 * praise and purchase stories for none.
 */
export const en: Lexicon = {
  'F.material': [
    'made of', 'made from', 'made with', 'material', 'materials', 'fabric', 'composition', 'constructed of', 'constructed from', 'crafted from', 'crafted of', 'built with',
    'cotton', 'polyester', 'spandex', 'elastane', 'nylon', 'rayon', 'viscose', 'wool', 'silk', 'linen', 'leather', 'faux leather', 'pu leather', 'fleece', 'velvet', 'denim', 'modal',
    'stainless steel', 'steel', 'aluminum', 'aluminium', 'alloy', 'metal', 'iron', 'copper', 'brass', 'titanium', 'tempered glass', 'glass', 'ceramic', 'porcelain',
    'plastic', 'abs', 'pp', 'pvc', 'tpu', 'silicone', 'rubber', 'foam', 'memory foam', 'wood', 'wooden', 'bamboo', 'carbon fiber', 'carbon fibre', 'microfiber', 'microfibre', 'paper', 'hardcover', 'paperback',
  ],
  'F.equipped': [
    'features', 'featuring', 'equipped with', 'built-in', 'built in', 'integrated', 'includes', 'including', 'included', 'comes with', 'package includes', 'package contents',
    'in the box', 'contains', 'consists of', 'with a', 'with an', 'with two', 'with 2', 'pack of', 'set of', 'designed with', 'has a', 'has an', 'has two', 'kit',
  ],
  'F.spec': [ 'neck', 'o-neck', 'v-neck', 'crew neck', 'sleeveless', 'long sleeve', 'short sleeve', 'print', 'printed', 'floral', 'lace', 'chiffon', 'button', 'buttons', 'zipper', 'zip', 'pocket', 'pockets', 'hood', 'hooded', 'strap', 'straps', 'elastic waist', 'high waist', 'slim fit', 'regular fit', 'loose fit', 'lining', 'edges', 'edge', 'frame', 'feet', 'handle', 'lid', 'base', 'motor', 'filter', 'tube', 'container', 'jug', 'cable', 'plug', 'led', 'button', 'display', 'keys', 'blade', 'blades', 'nozzle', 'wheels', 'sensor', 'sensors',
    'dimensions', 'dimension', 'size', 'capacity', 'weight', 'weighs', 'diameter', 'length', 'width', 'height', 'depth', 'thickness', 'thick', 'volume',
    'voltage', 'wattage', 'output', 'input', 'resolution', 'display', 'processor', 'memory', 'storage', 'ram', 'battery capacity', 'port', 'ports', 'usb-c', 'usb',
    'colour', 'color', 'pattern', 'style', 'design', 'shape', 'sleeve', 'sleeves', 'collar', 'neckline', 'waist', 'fit type', 'closure', 'hardness', 'format', 'edition', 'version', 'mode', 'modes', 'settings',
  ],
  'F.compat': ['compatible with', 'compatible', 'compatibility', 'fits', 'designed for', 'only for', 'works with', 'suitable for iphone', 'for iphone', 'for samsung', 'for galaxy', 'for ipad', 'model'],
  'F.content': [ 'describes', 'introduces', 'discusses', 'explains', 'presents', 'contains', 'includes', 'provides an introduction', 'overview', 'introduction', 'tutorial', 'edition', 'live', 'recorded', 'recording', 'concert', 'footage', 'song', 'lyrics',
    'chapter', 'chapters', 'pages', 'songs', 'tracks', 'track', 'episodes', 'bonus', 'interviews', 'illustrations', 'illustrated', 'photographs', 'photos', 'examples', 'exercises', 'appendix', 'coverage', 'topics', 'recipes', 'includes coverage',
  ],
  'A.comparative': [
    'more', 'less', 'fewer', 'better', 'faster', 'longer', 'stronger', 'lighter', 'thinner', 'thicker', 'smaller', 'larger', 'bigger', 'higher', 'lower', 'quieter', 'safer', 'easier', 'smoother', 'brighter', 'clearer', 'softer', 'tougher', 'sharper',
    'compared to', 'compared with', 'than', 'improved', 'upgraded', 'upgrade', 'enhanced', 'increased', 'reduced', 'superior', 'outperform*', 'unlike', 'twice', 'double', 'extra', 'newly',
    '/\\b\\w{3,}er than\\b/',
  ],
  'A.capability': [
    'can', 'could', 'able to', 'capable of', 'allows', 'allowing', 'enables', 'enable', 'ensures', 'ensure', 'ensuring', 'provides', 'provide', 'providing', 'delivers', 'deliver', 'offers', 'supports',
    'keeps', 'keep', 'maintains', 'prevents', 'prevent', 'preventing', 'protects', 'protect', 'protection', 'resists', 'resist', 'blocks', 'block', 'absorbs', 'absorb', 'reduces', 'reduce', 'eliminates', 'removes', 'filters',
    'charges', 'charge', 'charging', 'extracts', 'heats', 'cools', 'cleans', 'holds', 'hold', 'withstand*', 'stays', 'stay', 'won\'t', 'will not', 'does not', 'doesn\'t', 'no need', 'without', 'automatically', 'instantly', 'quickly', 'effectively', 'efficiently', 'easily', 'securely', 'perfectly', 'firmly',
    'designed to', 'helps', 'help', 'works', 'performance',
  ],
  'A.quality': [
    'soft', 'comfortable', 'comfy', 'durable', 'durability', 'sturdy', 'strong', 'robust', 'solid', 'lightweight', 'light weight', 'portable', 'compact', 'slim', 'quiet', 'silent', 'noiseless',
    'accurate', 'precise', 'precision', 'stable', 'reliable', 'smooth', 'breathable', 'stretchy', 'stretch', 'elastic', 'flexible', 'warm', 'cozy', 'cosy', 'cool', 'fast', 'quick', 'rapid', 'powerful', 'efficient', 'effective',
    'stylish', 'elegant', 'beautiful', 'fashionable', 'attractive design', 'gorgeous', 'cute', 'sleek', 'easy to', 'simple to', 'easy-to', 'easy', 'simple', 'convenient', 'washable', 'machine washable', 'dishwasher safe', 'safe',
    'waterproof', 'water resistant', 'water-resistant', 'shockproof', 'dustproof', 'scratch resistant', 'scratch-resistant', 'wrinkle resistant', '/\\b\\w+-?proof\\b/', '/\\b\\w+[- ]resistant\\b/', 'anti-*', 'long-lasting', 'long lasting',
    'high quality', 'high-quality', 'sensitive', 'responsive', 'clear', 'crisp', 'bright', 'vivid', 'sharp', 'tight', 'secure', 'snug', 'flexibility', 'versatile', 'reusable', 'heavy duty', 'heavy-duty', 'premium', 'well made', 'well-made',
    'accessible', 'comprehensive', 'practical', 'authoritative', 'thorough', 'concise', 'rewritten', 'updated', 'revised', 'smart', 'intelligent', 'user friendly', 'case friendly', 'removable', 'adjustable', 'foldable', 'detachable', 'rechargeable', 'stackable', 'stretchable', 'well written', 'well-written', 'well explained', 'well-explained', 'well organized', 'well organised', 'well structured', 'well thought out', 'well-thought-out', 'thought-out', 'clarity', 'informative', 'detailed', 'in-depth', 'in depth', 'readable', 'understandable', 'engaging', 'insightful', 'interesting', 'exciting', 'entertaining', 'fascinating', 'gripping', 'captivating', 'suspenseful', 'thrilling', 'page turner', 'funny', 'catchy'
  ],
  'A.result': ['lasts', 'last up to', 'up to', 'runtime', 'run time', 'battery life', 'charging time', 'charge time', 'hours of', 'talk time', 'standby', 'noise level', 'load capacity', 'supports up to', 'holds up to', 'in just', 'within', 'per charge', 'full charge'],
  'B.you': ['you', 'your', 'yours', 'yourself', "you'll", "you're", "you've"],
  'B.gain': [
    'save time', 'saves time', 'save money', 'saves money', 'save space', 'saves you', 'save you', 'saving', 'peace of mind', 'worry', 'worry-free', 'hassle', 'hassle-free', 'stress', 'stress-free', 'confidence', 'confident',
    'relax', 'relaxing', 'relaxation', 'sleep', 'health', 'healthy', 'healthier', 'pain', 'relief', 'relieve', 'wellbeing', 'well-being', 'feel', 'feeling', 'look great', 'look good', 'looks', 'attractive', 'flattering', 'slimming', 'beauty',
    'learn', 'learning', 'master', 'understand', 'skills', 'knowledge', 'discover', 'privacy', 'private', 'safety', 'family', 'loved ones', 'no more', 'never again', 'say goodbye', 'goodbye', 'forget about', 'life', 'lifestyle', 'memories', 'fun', 'happiness', 'dream', 'inspire', 'inspiring', 'embrace', '/\\bno\\s+(?:\\p{L}+\\s+){0,2}(?:needed|required|necessary)\\b/', 'no mess', 'no fuss', 'no need to worry', 'enjoy*'
  ],
  'B.scene': [
    'ideal for', 'perfect for', 'great for', 'good for', 'suitable for', 'best for', 'for use', 'whether', 'anywhere', 'anytime', 'wherever', 'whenever', 'on the go', 'everyday', 'every day', 'daily',
    'travel', 'traveling', 'travelling', 'trip', 'trips', 'flight', 'flights', 'camping', 'hiking', 'outdoor', 'outdoors', 'home', 'office', 'kitchen', 'bedroom', 'living room', 'gym', 'workout', 'school', 'party', 'parties', 'wedding', 'banquet', 'hotel', 'restaurant', 'holiday', 'holidays', 'vacation', 'commute', 'car', 'beach',
    'gift', 'gifts', 'birthday', 'christmas', "mother's day", "father's day", 'occasion', 'occasions', 'casual', 'formal',
    'kids', 'children', 'child', 'baby', 'babies', 'toddler', 'teen', 'teens', 'tween', 'girls', 'boys', 'women', 'men', 'ladies', 'adults', 'seniors', 'elderly', 'students', 'beginners', 'professionals', 'anyone', 'everyone', 'readers', 'fans', 'lovers', 'people who', 'those who', 'growers', 'parents', 'mom', 'dad', 'programmers', 'developers', 'at work', 'for work', 'age range', 'recommended age', 'grade level', 'target audience', 'recommended uses', 'intended use', 'occasion'
  ],
  'E.cert': [
    'certified', 'certification', 'certifications', 'certificate', 'approved', 'registered', 'compliant', 'complies', 'comply', 'conforms', 'meets', 'standards', 'accredited', 'authorized', 'licensed',
    'bpa free', 'bpa-free', 'oeko-tex', 'energy star', 'ipx*', '/\\bip[0-9x][0-9]\\b/', '=SGS', '=UL', '=ETL', '=CE', '=FCC', '=ROHS', '=FDA', '=ISO', '=TÜV', '=GS', '=ASTM', '=ANSI', '=TUV', '=/\\b(?:EN|ISO|DIN|IEC|UL)\\s?\\d{2,5}\\b/'
  ],
  'E.test': ['tested', 'test', 'tests', 'testing', 'lab', 'laboratory', 'test report', 'test reports', 'measured', 'verified', 'proven', 'clinically', 'clinical', 'study', 'studies', 'research', 'experiment', 'trials', 'scientifically'],
  'E.award': ['award', 'awards', 'awarded', 'award-winning', 'winner', 'winning', 'prize', 'bestseller', 'best seller', 'bestselling', 'best-selling', 'bestsellers', 'chart', 'charts', 'platinum', 'multiplatinum', 'grammy', 'oscar', 'new york times', 'top-rated', 'top rated', 'ranked', 'acclaimed', 'classic', 'nominated', '#1', 'no. 1', 'number one'],
  'E.patent': ['patent', 'patented', 'patents', 'patent pending', 'proprietary'],
  'E.social': ['customers', 'reviews', 'ratings', 'stars', 'sold', 'million', 'millions', 'thousands', 'users', 'trusted by', 'buyers', 'sales', 'copies', 'loved by', 'chosen by', 'used by', 'units sold'],
  'E.credential': ['author', 'authors', 'written by', 'professor', 'phd', 'ph.d', 'expert', 'experts', 'doctor', 'doctors', 'dermatologist', 'engineer', 'engineers', 'developers of', 'creator of', 'inventor', 'founder', 'years of experience', 'recommended by', 'endorsed', 'specialist', 'scientist', 'researcher', 'pioneer', 'editor', 'journalist', 'veteran', 'award-winning author'],
  'E.observed': [
    'i measured', 'i tested', 'i checked', 'i tried', 'i noticed', 'i found', 'i used', 'i have used', "i've used", 'i have been using', "i've been using", 'been using', 'have used', 'used it', 'using it', 'after using', 'after a', 'after one', 'after two', 'after 2', 'after 3', 'for a year', 'for months', 'for weeks', 'months now', 'years now',
    'still works', 'still going', 'still holds', 'still looks', 'held up', 'as described', 'as pictured', 'as advertised', 'as shown', 'exactly as', 'exactly like', 'matches the', 'true to the description', 'true to the picture', 'true to the pictures', 'true to the photo', 'true to the photos', 'true to description', 'second one', 'third one', 'second time', 'third time', 'bought again', 'ordered another', 'ordered again', 'bought another', 'reorder*', 'repurchase*', 'bought several',
    'came apart', 'broke after', 'stopped working', 'fell apart', 'ripped', 'tore', 'cracked', 'leaked', 'leaks', 'dropped', 'washed', 'after washing', 'saved me', 'so far', 'to date', 'until now'
  ],
  'none.service': [
    'shipping', 'shipped', 'ships', 'delivery', 'delivered', 'arrived', 'arrive', 'arrives', 'packaging', 'packaged', 'courier', 'seller', 'customer service', 'customer support', 'support team', 'service', 'refund', 'return', 'returns', 'returned', 'replacement', 'exchange',
    'warranty', 'guarantee', 'guaranteed', 'contact us', 'contact', 'email', 'e-mail', 'message us', 'reply', 'respond', 'within 24 hours', 'after-sales', 'after sales', 'satisfaction',
  ],
  'none.instruction': [
    'please', 'note', 'notice', 'kindly', 'make sure', 'be sure', 'do not', "don't", 'never use', 'before use', 'before using', 'measure', 'instructions', 'manual', 'hand wash', 'machine wash', 'wash separately', 'bleach', 'tumble dry', 'dry clean',
    'may vary', 'might vary', 'may differ', 'slight difference', 'slightly different', 'due to', 'error', 'deviation', 'actual', 'disclaimer', 'if you', 'if the', 'step', 'steps', 'remove the', 'apply', 'lift', 'wipe', 'press', 'do not iron'
  ],
  'none.praise': [
    'great', 'good', 'nice', 'love', 'loved', 'loves', 'like', 'liked', 'happy', 'pleased', 'satisfied', 'recommend', 'recommended', 'highly recommend', 'excellent', 'perfect', 'awesome', 'amazing', 'fantastic', 'wonderful', 'best', 'five stars', '5 stars', 'worth', 'value for money', 'good value', 'great value', 'price', 'priced', 'cheap', 'expensive', 'bargain', 'deal', 'thank', 'thanks',
  ],
  'none.complaint': [ 'downside', 'only thing', 'wish', 'i wish', 'dim', 'grainy', 'awful', 'weird', 'strange', 'odd', 'uncomfortable', 'thin', 'loose', 'noisy', 'loud', 'smells', 'smell', 'stinks', 'scratchy', 'itchy', 'faded', 'slippery', 'disappointing', 'not great', 'not good', 'meh', 'okay', 'ok', 'mediocre', 'annoying', 'difficult', 'hard to', 'cheap looking', 'too', 'slightly', 'a bit', 'bit',
    'bad', 'poor', 'poorly', 'terrible', 'horrible', 'awful', 'disappointed', 'disappointing', 'disappointment', 'waste', 'useless', 'flimsy', 'cheaply', 'junk', 'garbage', 'broke', 'broken', 'defective', 'doesnt', 'didnt', 'wont', 'small', 'smaller than', 'too small', 'too big', 'runs small', 'runs large', 'fragile', 'problem', 'issue', 'unfortunately', 'however', 'but',
  ],
  'none.story': ['i bought', 'i ordered', 'i purchased', 'i got', 'i received', 'i needed', 'i was looking', 'bought this', 'ordered this', 'purchased this', 'got this', 'my husband', 'my wife', 'my son', 'my daughter', 'my mom', 'my dad', 'my kids', 'for my', 'we bought', 'we ordered', 'as a gift for'],
  'none.meta': [ 'brand new', '100% new', 'new condition', 'global store', 'sold from abroad', 'date', 'dates', 'released on','asin', 'isbn', 'isbn-10', 'isbn-13', 'publisher', 'manufacturer', 'brand', 'model number', 'item model number', 'part number', 'date first available', 'release date', 'publication date', 'language', 'shipping weight', 'item weight', 'best sellers rank', 'customer reviews', 'label', 'studio', 'country of origin'],
};
