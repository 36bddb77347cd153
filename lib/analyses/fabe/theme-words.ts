/**
 * Data for theme keys (themes.ts): words that never name what a statement is about
 * (function words, pronouns, generic product and praise words, per language), and synonym
 * groups that make one theme of several spellings, plurals and languages, so the gap
 * matrix can compare an English listing with a Chinese one.
 */

export const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'for', 'of', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'over', 'under', 'up', 'down', 'out', 'off', 'about', 'as', 'than', 'then', 'that', 'this', 'these', 'those', 'it', 'its', "it's", 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'no', 'yes', 'very', 'so', 'too', 'also', 'just', 'only', 'more', 'most', 'less', 'much', 'many', 'any', 'all', 'each', 'every', 'some', 'such', 'other', 'own', 'same',
  'you', 'your', 'yours', 'we', 'our', 'us', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'i', 'me', 'my', 'mine', 'what', 'which', 'who', 'when', 'where', 'why', 'how', 'if', 'because', 'while', 'after', 'before', 'again', 'even', 'well', 'get', 'got', 'make', 'made', 'use', 'used', 'using', 'one', 'two',
  'product', 'products', 'item', 'items', 'quality', 'great', 'good', 'nice', 'best', 'better', 'new', 'perfect', 'really', 'like', 'love', 'time', 'times', 'way', 'day', 'days', 'thing', 'things', 'lot', 'bit', 'it’s', 'don’t', 'amazon', 'buy', 'bought', 'need', 'want',
  // German, French, Italian, Spanish function words
  'der', 'die', 'das', 'und', 'oder', 'mit', 'für', 'von', 'zu', 'ist', 'sind', 'ein', 'eine', 'einen', 'nicht', 'auch', 'sehr', 'auf', 'im', 'in', 'den', 'dem', 'des', 'sie', 'es', 'wir', 'ich', 'bei', 'aus', 'wie', 'als',
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'pour', 'avec', 'est', 'sont', 'en', 'dans', 'sur', 'pas', 'très', 'vous', 'votre', 'nous', 'il', 'elle', 'qui', 'que', 'au', 'aux', 'ce', 'cette',
  'il', 'lo', 'gli', 'di', 'da', 'e', 'per', 'con', 'che', 'è', 'non', 'molto', 'della', 'del', 'una', 'uno', 'sono', 'si',
  'el', 'los', 'las', 'y', 'o', 'para', 'con', 'es', 'muy', 'por', 'su', 'sus', 'se', 'lo', 'al',
  'nach', 'bis', 'über', 'unter', 'durch', 'ohne', 'gegen', 'um', 'vor', 'zwischen', 'sich', 'kann', 'wird', 'noch', 'nur', 'alle',
  'par', 'sans', 'plus', 'tout', 'tous', 'peut', 'ses', 'son', 'sa', 'mais', 'comme', 'aussi',
  'nel', 'nella', 'alla', 'dal', 'più', 'anche', 'come', 'tutto', 'senza', 'suo', 'sua',
  'del', 'una', 'uno', 'más', 'sin', 'como', 'también', 'todo', 'puede', 'pero',
]);

/** Words that name no theme alone but may inside a pair ("battery life", "ergonomic design"). */
export const WEAK_WORDS: ReadonlySet<string> = new Set([
  'long', 'last', 'lasts', 'lasting', 'hour', 'hours', 'minute', 'minutes', 'year', 'years', 'month', 'months', 'week', 'weeks', 'high', 'low', 'easy', 'easily', 'simple', 'design', 'designed', 'keep', 'keeps',
  'make', 'makes', 'ideal', 'suitable', 'fit', 'fits', 'allow', 'allows', 'provide', 'provides', 'feature', 'features', 'include', 'includes', 'including', 'included', 'help', 'helps', 'give', 'gives', 'come', 'comes',
  'people', 'everyone', 'anyone', 'enjoy', 'ensure', 'ensures', 'protect', 'protects', 'support', 'supports', 'work', 'works', 'still', 'first', 'free', 'full', 'set', 'pack', 'size', 'color', 'colour', 'style', 'piece', 'pieces',
]);

/** Chinese characters and words that carry no theme. */
export const CN_STOP_CHARS = /[的了是在和与及也都很就还又把被给对着过吧呢吗啊呀哦嘛么这那个些我你您他她它们之其而且或及等更最非常超太挺蛮]/u;
export const CN_STOP_WORDS: ReadonlySet<string> = new Set([
  '可以', '能够', '产品', '商品', '宝贝', '质量', '效果', '使用', '感觉', '东西', '一个', '一下', '一点', '时候', '现在', '已经', '还是', '就是', '真的', '觉得', '购买', '收到', '卖家', '店家', '客服', '物流', '快递', '包装', '价格', '好评', '喜欢', '满意', '推荐', '不错', '很好',
  '没有', '有点', '不是', '不会', '不能', '不好', '有些', '不用', '不过', '特别', '比较', '一直', '以后', '之后', '适合', '采用', '选用',
]);

/** Synonym groups: the first entry names the theme. Surface forms are compared after stemming. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['battery', 'batteries', 'akku', 'batterie', 'batteria', 'batería', '电池', '電池', '电量', '续航'],
  ['waterproof', 'water resistant', 'water-resistant', 'water resistance', 'wasserdicht', 'wasserabweisend', 'étanche', 'imperméable', 'impermeabile', 'impermeable', '防水'],
  ['stainless steel', 'edelstahl', 'acier inoxydable', 'inox', 'acciaio inox', 'acero inoxidable', '不锈钢'],
  ['cotton', 'baumwolle', 'coton', 'cotone', 'algodón', '棉', '纯棉', '全棉'],
  ['insulation', 'insulated', 'keeps hot', 'heat retention', 'thermal', '保温', 'isoliert', 'isotherme', 'termico', 'térmico'],
  ['charging', 'charge', 'charger', 'fast charging', 'laden', 'aufladen', 'charge rapide', 'ricarica', 'carga', '充电', '快充'],
  ['capacity', 'kapazität', 'fassungsvermögen', 'capacité', 'capacità', 'capacidad', '容量'],
  ['size', 'größe', 'taille', 'taglia', 'tamaño', 'talla', '尺寸', '尺码', '大小'],
  ['weight', 'lightweight', 'gewicht', 'poids', 'peso', '重量', '轻便', '轻'],
  ['material', 'materials', 'fabric', 'material', 'matériau', 'materiale', '材质', '面料', '材料'],
  ['screen', 'display', 'bildschirm', 'écran', 'schermo', 'pantalla', '屏幕', '屏'],
  ['screen protector', 'protector', 'tempered glass', 'panzerglas', 'verre trempé', 'vetro temperato', 'vidrio templado', '钢化膜', '钢化玻璃'],
  ['privacy', 'privatsphäre', 'vie privée', 'privacidad', '隐私', '防窥'],
  ['comfort', 'comfortable', 'bequem', 'komfort', 'confortable', 'confort', 'comodo', 'cómodo', '舒适', '舒服'],
  ['soft', 'softness', 'weich', 'doux', 'douce', 'morbido', 'suave', '柔软', '软'],
  ['breathable', 'atmungsaktiv', 'respirant', 'traspirante', 'transpirable', '透气'],
  ['durable', 'durability', 'langlebig', 'robust', 'durable', 'resistente', 'duradero', '耐用', '结实', '耐磨'],
  ['warm', 'warmth', 'warm', 'chaud', 'caldo', 'cálido', '保暖'],
  ['stretch', 'stretchy', 'elastic', 'elasticity', 'elastisch', 'élastique', 'elastico', 'elástico', '弹力', '弹性'],
  ['slimming', 'slim fit', '显瘦', '修身'],
  ['easy to clean', 'clean', 'cleaning', 'reinigen', 'nettoyer', 'pulire', 'limpiar', '清洗', '易清洗'],
  ['install', 'installation', 'installieren', 'montage', 'installation', 'installazione', 'instalación', '安装'],
  ['bubble', 'bubbles', 'bubble-free', 'blasen', 'bulles', 'bolle', 'burbujas', '气泡'],
  ['scratch', 'scratches', 'scratch resistant', 'kratzfest', 'rayures', 'graffi', 'arañazos', '防刮', '划痕'],
  ['camera', 'kamera', 'caméra', 'fotocamera', 'cámara', '摄像头', '相机', '像素'],
  ['sound', 'audio', 'klang', 'son', 'suono', 'sonido', '音质', '音效'],
  ['noise', 'quiet', 'silent', 'leise', 'silencieux', 'silenzioso', 'silencioso', '静音', '噪音'],
  ['price', 'preis', 'prix', 'prezzo', 'precio', '价格'],
];
