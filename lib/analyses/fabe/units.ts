/**
 * Numbers with units ("1,5 l", "1200 mAh", "12 小时", "30%"): the strongest single sign of
 * a Feature (a measured fact) and, next to a comparative, of an Advantage ("lasts 30%
 * longer"). Also the "number" kind of Evidence and the hard fact in a 一句话卖点.
 * Compiled once; callers reset `lastIndex` through `matchAll`.
 */

/** Latin units; matched case-insensitively and as whole words. */
const LATIN_UNITS = [
  'mm', 'cm', 'm', 'km', 'in', 'inch', 'inches', 'ft', 'feet', 'foot', 'yd', 'mil',
  'mg', 'g', 'kg', 'lb', 'lbs', 'oz', 'fl oz', 'ct', 'ml', 'cl', 'dl', 'l', 'ltr', 'liter', 'liters', 'litre', 'litres', 'gal', 'gallon', 'gallons', 'qt',
  'mah', 'ah', 'wh', 'kwh', 'w', 'kw', 'watt', 'watts', 'v', 'volt', 'volts', 'a', 'amp', 'amps', 'hz', 'khz', 'mhz', 'ghz',
  'kb', 'mb', 'gb', 'tb', 'mbps', 'gbps', 'db', 'dpi', 'ppi', 'mp', 'fps', 'rpm', 'psi', 'bar', 'pa', 'kpa', 'n', 'nm', 'lm', 'lumen', 'lumens', 'k', 'cc',
  'h', 'hr', 'hrs', 'hour', 'hours', 'min', 'mins', 'minute', 'minutes', 's', 'sec', 'secs', 'seconds', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'pc', 'pcs', 'piece', 'pieces', 'pack', 'packs', 'count', 'sheets', 'layers', 'ply', 'x', 'times', 'cups', 'people', 'persons', 'speeds', 'levels', 'modes', 'ports',
  // German, French, Italian, Spanish spellings of the common ones.
  'std', 'stunden', 'stück', 'stk', 'jahre', 'jahren', 'monate', 'tage', 'minuten', 'sekunden', 'liter', 'zoll', 'lagen', 'stufen',
  'heures', 'ans', 'mois', 'jours', 'pièces', 'litres', 'pouces', 'couches', 'niveaux', 'vitesses',
  'ore', 'anni', 'mesi', 'giorni', 'minuti', 'pezzi', 'litri', 'pollici', 'strati', 'livelli', 'velocità',
  'horas', 'años', 'meses', 'días', 'minutos', 'piezas', 'litros', 'pulgadas', 'capas', 'niveles', 'velocidades',
];
/** Units written right after a number with no word boundary needed: symbols and Chinese measure words. */
const TIGHT_UNITS = [
  '%', '％', '°c', '°f', '℃', '℉', '°', '"', '″', "'", '′', 'ω', 'μm', 'µm',
  '毫米', '厘米', '公分', '米', '千米', '公里', '英寸', '寸', '毫克', '千克', '公斤', '克', '斤', '两', '毫升', '升', '吨',
  '毫安时', '毫安', '瓦', '千瓦', '伏', '安', '赫兹', '小时', '分钟', '秒', '天', '周', '个月', '月', '年',
  '层', '片', '抽', '包', '支', '个', '只', '件', '张', '粒', '袋', '瓶', '盒', '套', '档', '核', '倍', '度', '寸', '匹', '人份', '人', '次', '种', '色', '码', '针', '股', '双', '条', '台', '万', '千', '百',
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?');
const byLength = (a: string, b: string) => b.length - a.length;

/**
 * A number: 12, 1.5, 1,5 (European decimal comma), 10,000, ranges 10-12 and dimensions 10x20x30.
 * At most eight links of range or dimension: unbounded, "1 x 1 x 1 …" with no unit was tried
 * from every number to the end (quadratic on a hostile 20,000-character text); a longer chain
 * still matches from a later number.
 */
const NUMBER = String.raw`\d+(?:[.,]\d+)*(?:\s?(?:-|–|~|～|to|bis|à|a|x|×|\*)\s?\d+(?:[.,]\d+)*){0,8}`;

/** Every number followed by a unit, as a global regex (use with matchAll). */
export const NUMBER_UNIT = new RegExp(
  String.raw`(?<![\p{Script=Latin}\d.,])${NUMBER}\s?(?:(?:${[...TIGHT_UNITS].sort(byLength).map(esc).join('|')})|(?:${[...LATIN_UNITS].sort(byLength).map(esc).join('|')})(?![\p{L}\d]))`,
  'giu',
);

/**
 * A number with a unit of time ("12 hours", "30 min", "3 Stunden", "12小时"): a duration is
 * what the product does in use (runtime, charge time, keeps hot 12 h: GUIDELINES §3.2
 * "quantities of a result in use → A") or, in a review, how long it was used — not a
 * quantity the product has, as the other units are. Chinese 年 and 月 are left out: after a
 * number they are mostly dates.
 */
const TIME_UNITS = [
  'h', 'hr', 'hrs', 'hour', 'hours', 'min', 'mins', 'minute', 'minutes', 's', 'sec', 'secs', 'seconds', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'std', 'stunden', 'jahre', 'jahren', 'monate', 'tage', 'minuten', 'sekunden',
  'heures', 'ans', 'mois', 'jours',
  'ore', 'anni', 'mesi', 'giorni', 'minuti',
  'horas', 'años', 'meses', 'días', 'minutos',
];
const TIGHT_TIME_UNITS = ['小时', '分钟', '秒', '天', '周', '个月'];
export const NUMBER_DURATION = new RegExp(
  String.raw`(?<![\p{Script=Latin}\d.,])${NUMBER}\s?(?:(?:${TIGHT_TIME_UNITS.sort(byLength).map(esc).join('|')})|(?:${TIME_UNITS.sort(byLength).map(esc).join('|')})(?![\p{L}\d]))`,
  'iu',
);

/** A number (bare), for density. */
export const ANY_NUMBER = /\d+(?:[.,]\d+)?/g;

/** "30% longer", "2x faster", "比普通杯多3小时", "doppelt so lange": a number that carries a comparison. */
export const NUMBER_COMPARISON = new RegExp(
  [
    String.raw`(?<!\d)\d+(?:[.,]\d+)?\s?(?:%|％|x|×|times|fois|volte|veces|mal|倍)\s*(?:more|less|longer|faster|stronger|lighter|higher|lower|better|bigger|smaller|mehr|weniger|länger|schneller|plus|moins|più|meno|más|menos)`,
    String.raw`(?:more|less|longer|faster|stronger|lighter|higher|lower|better|up)\s+(?:than|to)\s+\d`,
    String.raw`(?:比|较|相比|高出|提升|提高|增加|减少|降低|节省|多|快|长)[^，。；！？,.;!?]{0,8}\d+(?:\.\d+)?\s?(?:%|％|倍|小时|分钟|天|年|度|℃)`,
    String.raw`\d+(?:\.\d+)?\s?(?:%|％|倍)(?:以上)?(?:的)?(?:提升|提高|增加|减少|降低)`,
  ].join('|'),
  'iu',
);

const ANY_DIGIT_ONE = /\d/;

/** The number+unit spans of a text. */
export function numberUnits(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  // Every match starts with an ASCII digit.
  if (!ANY_DIGIT_ONE.test(text)) return out;
  // What matchAll did, without its copy of the regex per call (no match is empty: each starts with a digit).
  NUMBER_UNIT.lastIndex = 0;
  for (let m = NUMBER_UNIT.exec(text); m; m = NUMBER_UNIT.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
