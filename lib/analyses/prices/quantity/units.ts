import type { UnitKind } from '../../../schema';

/**
 * The words a quantity can be written with, and what each normalises to. Amazon's Price Per
 * Unit types (domain-rules §5): weight → gram, volume → millilitre, individually packaged
 * units → count; metre and square metre only come from Amazon's own Unit Count row.
 */

/** A normalised amount: grams, millilitres, metres, square metres or a count. */
export interface Amount {
  kind: UnitKind;
  value: number;
}

/** Weight and volume units written after a number: [spelling (regex source), kind, factor]. */
const MEASURES: ReadonlyArray<[string, 'g' | 'ml', number]> = [
  // Latin spellings (matched case-insensitively, as whole words).
  [String.raw`fl\.?\s?oz\.?|fluid\s?ounces?`, 'ml', 29.5735],
  [String.raw`oz\.?|ounces?`, 'g', 28.349523125],
  [String.raw`lbs?\.?|pounds?`, 'g', 453.59237],
  [String.raw`kgs?|kilos?|kilograms?|kilogramm|kilogrammes?`, 'g', 1000],
  [String.raw`mg|milligrams?|milligramm`, 'g', 0.001],
  [String.raw`g|gr|grams?|gramm|grammes?`, 'g', 1],
  [String.raw`ml|millilit(?:er|re)s?|milliliter`, 'ml', 1],
  [String.raw`cl`, 'ml', 10],
  [String.raw`dl`, 'ml', 100],
  [String.raw`l|ltrs?|lit(?:er|re)s?|liter`, 'ml', 1000],
  [String.raw`gal|gallons?`, 'ml', 3785.411784],
  [String.raw`qt|quarts?`, 'ml', 946.352946],
];

/** Chinese units: no word boundary needed. 斤 = 500 g by law; 两 is left out (it also means "two"). */
const CJK_MEASURES: ReadonlyArray<[string, 'g' | 'ml', number]> = [
  ['毫升', 'ml', 1],
  // 升级 = "upgrade" (`air2升级版`), not litres.
  ['升(?!级)', 'ml', 1000],
  ['千克|公斤', 'g', 1000],
  ['毫克', 'g', 0.001],
  ['克', 'g', 1],
  ['斤', 'g', 500],
];

/**
 * Things counted one by one (Amazon's "count"): pods, tablets, bags… Singular and plural.
 * Words that count something else are left out on purpose: "units" (a kitchen scale's
 * "5 Units" of measure), "cups" (a coffee maker's capacity), "servings".
 */
const COUNT_NOUNS_LATIN = [
  'count', 'ct', 'cts', 'pcs', 'pc', 'pieces?', 'stück', 'stk', 'stck', 'pods?', 'capsules?', 'kapseln',
  'tablets?', 'tabletten', 'softgels?', 'gummies', 'bars', 'wipes', 'rolls?', 'rollen', 'bags?', 'beutel',
  'sachets?', 'pouch(?:es)?', 'cans', 'dosen', 'bottles?', 'flaschen', 'tins', 'trays?', 'schalen',
  'bowls?', 'packets?', 'sticks', 'diapers', 'nappies', 'pièces', 'piezas', 'pezzi',
];
/**
 * Chinese measure words for counted things. The generic 个/只 count only as `N个装`: in
 * `两个手持` they count accessories (two handheld microphones), not what is bought.
 */
const COUNT_NOUNS_CJK = '[包袋盒瓶罐听桶箱提支粒片颗枚卷贴条双]|[个只](?=装)';
/**
 * Vessels: `2 tazas … 240 ml` is two cups of 240 ml, but `12 Cups` on a coffee maker is its
 * capacity. They take part next to a size (to multiply or to refuse) but are never the unit alone.
 */
const WEAK_COUNT_NOUNS_LATIN = ['cups', 'glasses', 'gläser', 'tasses', 'verres', 'tazas', 'vasos', 'bicchieri', 'tazze'];
const WEAK_COUNT_NOUNS_CJK = '杯';

/**
 * Words that describe what is inside one pack rather than count what is bought: tissue 抽
 * (sheets) and 层 (ply), "sheets", "ply". They never become the unit (see resolve.ts).
 */
const DESCRIPTORS_LATIN = ['sheets?', 'ply', 'lagen', 'blatt'];
const DESCRIPTORS_CJK = '[抽层]';

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
/** A unit word ends at a non-letter, or at an `x` that multiplies (`500gx2`). */
const WORD_END = String.raw`(?:(?![\p{L}\d])|(?=[xX]\d))`;

const byLength = (a: string, b: string) => b.length - a.length;
const latinAlternation = (list: readonly string[]) => [...list].sort(byLength).join('|');

/** `330ml`, `1,5 l`, `16 fl oz`, `500克`, `2斤`. Group 1 the number, group 2 the unit. */
export const MEASURE_RE = new RegExp(
  String.raw`(${NUMBER})\s?(?:(${MEASURES.map((m) => m[0]).join('|')})${WORD_END}|(${CJK_MEASURES.map((m) => m[0]).join('|')}))`,
  'giu',
);

/** A weight or volume unit right at the start: `Paquete de 500 g` names a size, not a pack of 500. */
export const LEADING_MEASURE_UNIT = new RegExp(
  String.raw`^\s?(?:(?:${MEASURES.map((m) => m[0]).join('|')})${WORD_END}|(?:${CJK_MEASURES.map((m) => m[0]).join('|')}))`,
  'iu',
);

/** `12 Count`, `6 Bags`, `24 Double Bowls`, `16包`, `24粒装`. Group 1 number, 2 Latin noun, 3 CJK noun. */
export const COUNT_RE = new RegExp(
  String.raw`(${NUMBER})\s?(?:(?:[\p{Script=Latin}]+\s)?(${latinAlternation([...COUNT_NOUNS_LATIN, ...WEAK_COUNT_NOUNS_LATIN])})${WORD_END}|(${COUNT_NOUNS_CJK}|${WEAK_COUNT_NOUNS_CJK})装?)`,
  'giu',
);

/** `50抽`, `3层`, `200 sheets`, `3-ply`. */
export const DESCRIPTOR_RE = new RegExp(
  String.raw`(${NUMBER})[\s-]?(?:(${latinAlternation(DESCRIPTORS_LATIN)})(?![\p{L}\d])|(${DESCRIPTORS_CJK}))`,
  'giu',
);

/**
 * Multipack wording: `Pack of 6`, `6-Pack`, `6 Packs`, `6 pk`, `6er Pack`, `2er-Set`,
 * `Packung mit 6`, `Set of 4`, `Lot de 3`, `Juego de 6`, `Confezione da 6`, `Paquete de 6`.
 * The number is in whichever group matched.
 */
const PACK_PHRASES = [
  'pack of', 'set of', 'box of', 'case of', 'lot of', 'packung mit', 'lot de', 'juego de', 'lote de', 'paquete de',
  'pack de', 'confezione da', 'pacote com', 'pacote de',
];
export const PACK_RE = new RegExp(
  [
    String.raw`(?<!\p{L})(?:${PACK_PHRASES.map((p) => p.replace(' ', String.raw`\s`)).join('|')})\s(${NUMBER})(?![\d]|[.,]\d)`,
    String.raw`(${NUMBER})(?:[\s-]?er)?[\s-]?(?:packs?|pk|packung|sets?|juegos?|multipack)(?![\p{L}\d])`,
  ].join('|'),
  'giu',
);

/** Any number, for the factors of `2 x 24 x 100 g` that carry no word. */
export const BARE_NUMBER_RE = new RegExp(String.raw`${NUMBER}`, 'g');

/** 0.33 l × 1000 is 330.00000000000006 in floating point; ten significant digits drop the noise. */
export const tidy = (n: number) => Number(n.toPrecision(10));

/** The normalised amount of `value` written in `unit` (as matched by MEASURE_RE). */
export function measureAmount(value: number, unit: string): Amount | undefined {
  const u = unit.toLowerCase();
  for (const [source, kind, factor] of [...MEASURES, ...CJK_MEASURES]) {
    if (new RegExp(`^(?:${source})$`, 'iu').test(u)) return { kind, value: tidy(value * factor) };
  }
  return undefined;
}

/** Vessel words (see WEAK_COUNT_NOUNS_LATIN). */
export function isWeakCountNoun(noun: string): boolean {
  return new RegExp(`^(?:${WEAK_COUNT_NOUNS_LATIN.join('|')}|${WEAK_COUNT_NOUNS_CJK})$`, 'iu').test(noun);
}

/** Noun groups that count, as opposed to describe. */
export function isDescriptorNoun(noun: string): boolean {
  return new RegExp(`^(?:${latinAlternation(DESCRIPTORS_LATIN)}|${DESCRIPTORS_CJK})$`, 'iu').test(noun);
}

/** Amazon "Unit Count" types beyond weight and volume: lengths and areas. */
const LENGTHS: ReadonlyArray<[RegExp, 'm' | 'm2', number]> = [
  [/^(?:sq(?:uare)?\.?\s?(?:feet|foot|ft))$/i, 'm2', 0.09290304],
  [/^(?:sq(?:uare)?\.?\s?(?:met(?:er|re)s?|m))$/i, 'm2', 1],
  [/^(?:feet|foot|ft)$/i, 'm', 0.3048],
  [/^(?:inch(?:es)?|in)$/i, 'm', 0.0254],
  [/^(?:yards?|yd)$/i, 'm', 0.9144],
  [/^(?:met(?:er|re)s?|m)$/i, 'm', 1],
  [/^(?:centimet(?:er|re)s?|cm)$/i, 'm', 0.01],
];

export function lengthAmount(value: number, unit: string): Amount | undefined {
  const u = unit.trim();
  for (const [re, kind, factor] of LENGTHS) if (re.test(u)) return { kind, value: tidy(value * factor) };
  return undefined;
}

/** What one normalised price is quoted per: 100 g, 100 ml, 1 count, 1 m, 1 m². */
export const PER: Record<UnitKind, number> = { g: 100, ml: 100, count: 1, m: 1, m2: 1 };
