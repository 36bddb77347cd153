import type { LexiconData } from './types';

/**
 * English review vocabulary. Aspect words follow the aspect definitions of
 * tests/reviews/GUIDELINES.md §3 (what each aspect covers); judgements are the general
 * English opinion vocabulary. Inflections are listed or written as `word*`.
 */
export const EN: LexiconData = {
  aspects: {
    'size-fit': {
      terms: ['size', 'sizes', 'sizing', 'sized', 'fitting', 'fitted', 'length', 'width', 'height', 'dimension*', 'capacity', 'size chart', 'inseam', 'waist'],
      pos: ['fit~', 'fits~', 'true to size', 'fit like a glove', 'fits perfectly', 'fits well', 'fit perfectly', 'fit well', 'fits great', 'fit great', 'fits like a glove', 'roomy', 'spacious', 'perfect fit', 'fits nicely'],
      neg: ['runs small', 'runs large', 'runs big', 'run small', 'run large', 'run big', 'too small', 'too big', 'too large', "doesn't fit", 'does not fit', "didn't fit", 'did not fit', 'smaller than expected', 'bigger than expected',
        'larger than expected', 'smaller than usual', 'larger than usual', 'bigger than usual', 'smaller than normal', 'larger than normal', 'smaller than i expected', 'bigger than i expected', 'larger than i expected', 'smaller than i thought', 'bigger than i thought', 'smaller than pictured', 'undersized', 'oversized~', 'cramped'],
    },
    'quality-durability': {
      terms: ['quality', 'build', 'built', 'construction', 'craftsmanship', 'workmanship', 'durability', 'stitching', 'seams', 'seam', 'lasted', 'lasts', 'print quality', 'picture quality', 'sound quality', 'video quality', 'binding', 'paper quality', 'hardness', 'lasting', 'held up', 'holds up', 'hold up', 'wear and tear'],
      pos: ['durable', 'sturdy', 'solid', 'well made', 'well-made', 'well built', 'well-built', 'well constructed', 'feels solid', 'heavy duty', 'heavy-duty', 'robust', 'long lasting', 'long-lasting', 'high quality', 'high-quality', 'good quality', 'quality product', 'built to last', 'holding up', 'scratch resistant', 'scratch-resistant', 'scratch resistance', 'crack resistance', 'shatterproof', 'shatter proof', 'shatter resistant'],
      neg: ['broke', 'broken', 'breaks', 'break', 'breaking', 'cracked', 'cracks', 'crack', 'defective', 'defect', 'defects', 'faulty', 'flimsy', 'poorly made', 'cheaply made', 'poor quality', 'low quality', 'bad quality', 'fell apart', 'falls apart',
        'falling apart', 'came apart', 'tore', 'torn', 'ripped', 'rips', 'frayed', 'fraying', 'pilling', 'pills', 'peeling', 'peeled', 'wobbly', 'wobbles', 'wobble', 'snapped', 'stopped working', 'quit working', 'died', 'dead on arrival',
        'malfunction*', 'rusted', 'rusty', 'rust', 'chipped', 'bent', 'flaw', 'flaws', 'flawed', 'leak', 'leaks', 'leaked', 'leaking', 'leaky', 'loose threads', 'wore out', 'worn out', 'scratched', 'scratches easily', 'unraveling', 'feels cheap', 'cheap quality', 'fragile', 'leakage', 'stained', 'stains', 'deflates', 'deflated', 'loses air', 'losing air'],
    },
    material: {
      terms: ['material', 'materials', 'fabric', 'plastic', 'metal', 'steel', 'stainless', 'aluminum', 'aluminium', 'leather', 'cotton', 'polyester', 'spandex', 'nylon', 'wood', 'wooden', 'glass', 'silicone', 'rubber', 'foam', 'mesh', 'cloth', 'texture', 'thickness', 'fibre', 'fiber', 'vinyl', 'faux leather', 'pu leather'],
      pos: ['thick', 'breathable', 'stretchy', 'elastic', 'ultra thin'],
      neg: ['thin', 'see through', 'see-through', 'sheer', 'scratchy', 'rough', 'stiff', 'itchy fabric', 'cheap plastic', 'cheap material', 'flimsy plastic', 'flimsy material'],
    },
    performance: {
      terms: ['performance', 'function', 'functions', 'functionality', 'power', 'suction', 'accuracy', 'effectiveness', 'results', 'cleaning power', 'grip', 'signal', 'sensitivity', 'touch response', 'privacy', 'heats', 'cools', 'protection', 'clarity', 'performs', 'performed'],
      pos: ['works great', 'works well', 'works perfectly', 'work great', 'work well', 'worked great', 'worked well', 'works like a charm', 'does the job', 'does its job', 'did the job', 'gets the job done', 'effective', 'powerful', 'precise', 'responsive',
        'accurate', 'cuts grease', 'cuts through grease', 'cleans well', 'performs well', 'cuts the grease', 'cuts through the grease', 'works as expected', 'works as advertised', 'works fine', 'works~', 'worked~', 'functional~', 'efficient'],
      neg: ["doesn't work", 'does not work', "didn't work", 'did not work', "won't work", 'not working', 'stopped working', 'useless', 'ineffective', 'weak', 'inaccurate', 'unresponsive', 'underpowered', 'barely works', 'works poorly', 'poor performance', 'laggy', 'lags', 'overheats', 'blurry', 'grainy', 'hazy', 'cloudy'],
    },
    'ease-of-use': {
      terms: ['assembly', 'assemble', 'assembled', 'install', 'installation', 'installed', 'installing', 'setup', 'set up', 'instructions', 'manual', 'clean up', 'cleanup', 'portable', 'usability', 'adjustable', 'ease', 'easily'],
      pos: ['easy', 'easier', 'user friendly', 'user-friendly', 'convenient', 'handy', 'simple', 'effortless', 'intuitive', 'straightforward', 'easy to use', 'easy to install', 'easy to assemble', 'easy to clean', 'easy to apply', 'easy to put together', 'dishwasher safe'],
      neg: ['difficult', 'hard to use', 'hard to install', 'hard to clean', 'hard to assemble', 'confusing', 'complicated', 'cumbersome', 'awkward', 'inconvenient', 'tricky', 'a pain', 'pain to', 'fiddly', 'bubbles', 'air bubbles'],
    },
    appearance: {
      terms: ['the look', 'the looks', 'appearance', 'design', 'color', 'colour', 'colors', 'colours', 'style', 'the finish', 'pattern', 'shade'],
      pos: ['beautiful', 'pretty', 'gorgeous', 'stylish', 'elegant', 'cute', 'attractive', 'sleek', 'lovely color', 'nice color', 'looks great', 'looks good', 'looks nice', 'looks beautiful', 'looks amazing', 'look great', 'look good', 'look nice', 'look beautiful', 'look amazing', 'looks lovely', 'looks expensive', 'good looking', 'good-looking', 'classy', 'vibrant'],
      neg: ['ugly', 'looks cheap', 'faded', 'fades', 'discolored', 'discoloured', 'tacky', 'dull'],
    },
    comfort: {
      terms: ['comfort', 'cushioning', 'lumbar support', 'back support', 'neck support', 'ergonomic*'],
      pos: ['comfortable', 'comfy', 'comfortably', 'cozy', 'cosy', 'supportive', 'plush'],
      neg: ['uncomfortable', 'itchy', 'itches', 'painful', 'hurts', 'hurt', 'sore', 'back pain', 'digs into', 'pinches', 'chafe*'],
    },
    value: {
      terms: ['price', 'prices', 'priced', 'cost', 'costs', 'money', 'value', 'deal', 'bargain', 'dollars', 'bucks', 'for the price', 'price point'],
      pos: ['worth it', 'worth every penny', 'worth the money', 'worth the price', 'good value', 'great value', 'great deal', 'good deal', 'affordable', 'inexpensive', 'reasonably priced', 'reasonable price', 'bang for the buck', 'bang for your buck', 'value for money', 'well priced', 'cheaper', 'cheap price', 'low price', 'good price', 'great price', 'worth paying', 'worth buying', 'worth every', 'valuable'],
      neg: ['overpriced', 'expensive', 'pricey', 'not worth', 'waste of money', 'waste of your money', 'waste your money', 'high price', 'price is high', 'rip off', 'ripoff', 'rip-off', 'too expensive', 'costly'],
    },
    'accuracy-description': {
      terms: ['description', 'described', 'pictured', 'picture', 'pictures', 'photo', 'photos', 'listing', 'advertised', 'as shown', 'the image', 'the images', 'product page'],
      pos: ['as described', 'as pictured', 'as advertised', 'as shown', 'exactly as described', 'exactly as pictured', 'just as described', 'matches the description', 'true to the picture', 'exactly what i ordered', 'exactly like the picture', 'just like the picture', 'looks like the picture', 'looks just like the picture'],
      neg: ['not as described', 'not as pictured', 'not as advertised', 'misleading', 'false advertising', 'different from the picture', 'different from the description', 'nothing like the picture', 'not what was advertised', "doesn't match", 'does not match', 'not the same as', 'different than pictured', 'mislabeled', 'misrepresented'],
    },
    delivery: {
      terms: ['delivery', 'delivered', 'shipping', 'shipped', 'arrived', 'arrival', 'arrives', 'courier', 'tracking', 'shipment', 'carrier', 'usps', 'fedex', 'dhl', 'dispatch*'],
      pos: ['fast shipping', 'quick shipping', 'fast delivery', 'quick delivery', 'arrived quickly', 'arrived early', 'arrived on time', 'on time', 'came quickly', 'came fast', 'shipped fast', 'shipped quickly', 'prompt', 'promptly', 'speedy', 'ahead of schedule', 'as promised', 'shipped fast'],
      neg: ['late', 'delayed', 'delay', 'never arrived', 'never came', 'never received', 'took forever', 'slow shipping', 'slow delivery', 'lost in transit', 'lost package', 'still waiting', 'took weeks'],
    },
    packaging: {
      terms: ['packaging', 'packaged', 'packed', 'the box', 'wrapping', 'wrapped', 'packing', 'bubble wrap', 'container', 'bottle', 'carton'],
      pos: ['perfect condition', 'good condition', 'excellent condition', 'mint condition', 'well packaged', 'well packed', 'nicely packaged', 'securely packaged', 'packaged well', 'packed well', 'arrived intact', 'well wrapped'],
      neg: ['damaged', 'crushed', 'dented', 'arrived broken', 'arrived damaged', 'arrived cracked', 'box was damaged', 'torn box', 'poorly packaged', 'poorly packed', 'leaked in the box', 'smashed', 'busted'],
    },
    'customer-service': {
      terms: ['customer service', 'customer support', 'support team', 'seller', 'sellers', 'vendor', 'manufacturer', 'company', 'service', 'warranty', 'replacement', 'replaced', 'replacing', 'refund', 'refunded', 'contacted', 'responded', 'response', 'communication'],
      pos: ['responsive', 'helpful', 'excellent service', 'great service', 'great customer service', 'quick response', 'responded quickly', 'promptly replaced', 'sent a replacement', 'sent me a replacement', 'resolved', 'courteous'],
      neg: ['rude', 'unhelpful', 'no response', 'never responded', 'never replied', 'no reply', 'ignored', 'poor service', 'terrible service', 'bad service', 'wrong item', 'wrong size', 'wrong color', 'missing parts', 'parts missing', 'was missing', 'were missing'],
    },
    smell: {
      terms: ['scent', 'scented', 'fragrance', 'aroma', 'perfume'],
      pos: ['smells great', 'smells good', 'smells nice', 'smells amazing', 'smells lovely', 'smells fresh', 'pleasant scent', 'nice scent', 'fresh scent', 'odorless', 'odourless', 'odor free', 'odour free', 'unscented~'],
      neg: ['stinks', 'stink', 'stinky', 'smelly', 'reeks', 'chemical smell', 'strong smell', 'strong odor', 'strong odour', 'smells bad', 'smells awful', 'smells terrible', 'smells funny', 'smells weird', 'smells like chemicals', 'off-gassing', 'offgassing', 'overpowering'],
      presence: ['smell', 'smells', 'odor', 'odors', 'odour', 'odours', 'fumes'],
    },
    noise: {
      terms: ['decibel*'],
      pos: ['quiet', 'quietly', 'silent', 'silently', 'whisper quiet', 'noiseless'],
      neg: ['noisy', 'loud', 'squeak', 'squeaky', 'squeaking', 'squeaks', 'rattle', 'rattles', 'rattling', 'creak*', 'buzzing', 'humming', 'clicking noise', 'grinding noise'],
      presence: ['noise', 'noises'],
    },
    taste: {
      terms: ['taste', 'tastes', 'tasted', 'flavor', 'flavour', 'flavors', 'flavours', 'aftertaste'],
      pos: ['delicious', 'tasty', 'yummy', 'tastes great', 'tastes good', 'flavorful', 'flavourful'],
      neg: ['bland', 'tasteless', 'stale', 'tastes bad', 'tastes awful', 'bitter', 'rancid', 'expired', 'spoiled', 'moldy', 'mouldy'],
    },
    battery: {
      terms: ['battery', 'batteries', 'battery life', 'charge', 'charging', 'charged', 'recharge', 'rechargeable', 'mah', 'power bank'],
      pos: ['long battery life', 'holds a charge', 'holds its charge', 'holds charge', 'charges quickly', 'charges fast', 'fast charging', 'lasts all day'],
      neg: ['dies quickly', 'drains', 'drained', "won't charge", "doesn't charge", 'does not charge', "won't hold a charge", "doesn't hold a charge", 'short battery life', 'battery died', 'charges slowly', 'slow charging'],
    },
    safety: {
      terms: ['safety', 'bpa', 'bpa free', 'bpa-free', 'non-toxic', 'nontoxic', 'toxic', 'hazard', 'child safe', 'food grade', 'food-grade'],
      pos: ['safe', 'safe to use', 'feels safe', 'safe for kids'],
      neg: ['dangerous', 'unsafe', 'hazardous', 'fire hazard', 'caught fire', 'sparked', 'sparks', 'electric shock', 'shocked me', 'burned', 'burnt', 'melted', 'overheated', 'overheating', 'sharp edges', 'sharp edge', 'cut my', 'choking hazard', 'rash', 'allergic reaction', 'toxic smell'],
    },
  },
  positive: [
    'good', 'great', 'excellent', 'amazing', 'awesome', 'fantastic', 'wonderful', 'perfect', 'perfectly', 'love', 'loved', 'loves', 'loving', 'i like', 'we like', 'really like', 'like it', 'like this', 'like them', 'like how', 'like the way', 'liked', 'likes', 'nice', 'nicely', 'happy', 'pleased', 'satisfied', 'impressed', 'impressive',
    'recommend', 'recommended', 'best', 'better', 'outstanding', 'superb', 'brilliant', 'fabulous', 'terrific', 'incredible', 'glad', 'fine', 'ok~', 'okay~', 'decent~', 'well', 'favorite', 'favourite', 'beats', 'enjoy', 'enjoyed',
    'exceeded', 'exceeds', 'pleasantly', 'thrilled', 'delighted', 'reliable', 'sturdier', 'stellar', 'flawless', 'flawlessly', 'ideal', 'exactly what i needed', 'exactly what i expected', 'what i expected~', 'useful', 'fast~', 'quick~', 'quickly~', 'fresh', 'soft', 'silky', 'smooth', 'thank you', 'thanks', 'buy again', 'buy it again', 'buy this again', 'order again', 'purchase again', 'no joke', 'positive', 'exactly what i wanted', 'no complaints', 'highly recommend', "can't beat", 'cannot beat',
    "can't go wrong", "couldn't be happier", 'could not be happier', 'five stars', '5 stars', 'a must', 'must have', 'love it', 'works wonders', 'lifesaver', 'life saver', 'pleasant', 'neat', 'superior', 'gem', 'winner', 'top notch', 'top-notch', 'so far so good', 'happy with',
  ],
  negative: [
    'bad', 'terrible', 'horrible', 'awful', 'poor', 'poorly', 'worst', 'worse', 'disappointed', 'disappointing', 'disappointment', 'hate', 'hated', 'junk', 'garbage', 'trash', 'crap', 'crappy', 'cheap~', 'problem', 'problems', 'issue', 'issues',
    'complaint', 'complaints', 'unfortunately', 'sadly', 'avoid', 'regret', 'waste', 'wasted', 'useless', 'mess', 'messy', 'annoying', 'frustrating', 'frustrated', 'unhappy', 'upset', 'fail', 'failed', 'fails', 'failure', 'mediocre', 'meh',
    'subpar', 'sub-par', 'lousy', 'slow~', 'overwhelming~', 'stupid', 'weird', 'strange', 'odd', 'impossible', 'negative', 'dissapoint*', 'disapoint*', 'dissatisf*', 'regret*', 'i wish~', 'only problem', 'only issue', 'only complaint', 'only downside', 'downside', 'biggest con', 'pathetic', 'ridiculous', 'unacceptable', 'unusable', 'shoddy', 'inferior', 'not recommend', 'would not buy', "wouldn't buy", 'do not buy', "don't buy", 'beware', 'scam', 'nightmare', 'joke', 'one star', '1 star',
    'returned', 'return', 'returning', 'refund', 'hassle', 'struggle', 'struggled', 'lacking', 'lacks', 'fault', 'worthless', 'dissatisfied', 'yuck', 'gross', 'misleading', 'wrong', 'nothing special~', 'not impressed', 'not happy', 'broke', 'lack of', 'lacked',
  ],
  negators: ['not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'hardly', 'barely', 'cannot', "can't", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "shouldn't", "couldn't",
    "haven't", "hasn't", "hadn't", 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'wont', 'cant', 'free of', 'zero', 'less'],
  neutralPhrases: ['not only', 'no doubt', 'no wonder', 'no matter', 'not just', 'nothing but', 'no longer', 'never mind', 'no idea', 'no time', 'in no time', 'not to mention', 'as well', 'worth mentioning', 'looks like', 'look like', 'looked like', 'feels like', 'feel like', 'seems like', 'would like', "i'd like", 'like a', 'like new', 'no way', 'not a big deal', 'no big deal', 'well as'],
  intensifiers: ['very', 'really', 'extremely', 'super', 'so', 'incredibly', 'highly', 'totally', 'absolutely', 'truly', 'quite', 'seriously', 'completely', 'exceptionally', 'amazingly', 'remarkably', 'especially', 'most', 'such', 'way', 'pretty', 'much', 'even'],
  hedges: ['a bit', 'a little', 'a little bit', 'slightly', 'somewhat', 'kind of', 'kinda', 'sort of', 'a tad', 'rather', 'fairly', 'mostly'],
  excess: ['too', 'overly', 'way too', 'far too', 'excessively', 'runs', 'run'],
  dimensions: ['small', 'big', 'large', 'tight', 'loose', 'short', 'long', 'wide', 'narrow', 'tall', 'low', 'high', 'heavy', 'light', 'baggy', 'snug', 'tiny', 'huge', 'deep', 'shallow', 'thin', 'thick', 'bulky'],
  contrast: ['but', 'however', 'yet', 'except', 'unfortunately', 'only problem', 'only issue', 'only complaint', 'only downside', 'downside', 'on the other hand', 'that said', 'other than that', 'otherwise', 'only thing'],
  concessive: ['although', 'even though', 'though', 'despite', 'even if', 'in spite of'],
  uncertain: ['not sure', 'hope', 'hopefully', 'wonder if', 'we will see', "we'll see", 'time will tell', 'unsure', 'remains to be seen', 'if it lasts', 'worried', 'concerned', 'skeptical', 'sceptical', 'hoping', 'see if', 'see how', "don't know", 'do not know'],
  returns: ['return', 'returned', 'returning', 'returns', 'refund', 'refunded', 'money back', 'sent it back', 'sent back', 'send it back', 'sending it back', 'exchange', 'exchanged', 'return window'],
  reasons: {
    'quality-defect': ['defective', 'broke', 'broken', 'stopped working', "doesn't work", 'does not work', "didn't work", 'faulty', 'fell apart', 'poor quality', 'cheaply made', 'poorly made', 'malfunction*', 'dead on arrival', 'doa'],
    'size-fit': ['too small', 'too big', 'too large', 'runs small', 'runs large', 'runs big', "doesn't fit", 'does not fit', "didn't fit", 'did not fit', 'wrong size for'],
    'not-as-described': ['not as described', 'not as pictured', 'not as advertised', 'misleading', 'false advertising', 'different from the picture', 'different from the description', 'nothing like the picture', 'not what was advertised', 'misrepresented'],
    damaged: ['arrived damaged', 'arrived broken', 'arrived cracked', 'damaged', 'crushed', 'dented', 'smashed', 'damaged in shipping', 'damaged in transit', 'shattered'],
    'wrong-or-missing': ['wrong item', 'wrong size', 'wrong color', 'wrong colour', 'wrong one', 'wrong product', 'missing parts', 'parts missing', 'was missing', 'were missing', 'missing', 'not included', 'not what i ordered'],
    logistics: ['never arrived', 'never came', 'never received', 'late', 'delayed', 'lost in transit', 'lost package', 'took forever', 'slow shipping', 'still waiting'],
    'changed-mind': ['changed my mind', 'no longer need', 'no longer needed', 'ordered by mistake', 'by mistake', 'accidentally ordered'],
    price: ['overpriced', 'cheaper elsewhere', 'price dropped', 'found it cheaper', 'too expensive', 'rip off', 'ripoff', 'rip-off', 'not worth the money', 'waste of money'],
    counterfeit: ['fake', 'counterfeit', 'knockoff', 'knock-off', 'knock off', 'not genuine', 'not authentic', 'not original', 'imitation', 'bootleg', 'replica'],
  },
};
