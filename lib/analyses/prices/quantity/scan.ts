import { parseLocaleNumber, type DecimalSeparator } from '../../../marketplaces/shared/numbers';
import {
  BARE_NUMBER_RE, COUNT_RE, DESCRIPTOR_RE, isDescriptorNoun, isWeakCountNoun, LEADING_MEASURE_UNIT, MEASURE_RE, measureAmount,
  PACK_RE, type Amount,
} from './units';

/**
 * One piece of quantity wording found in a text, before the pieces are weighed against each
 * other (resolve.ts). `text` is the wording as matched, shown to the user as the basis.
 */
export type Statement =
  /** `330 ml`, `1.5 kg`, `每包100g` (perItem), `净含量：250ml`. */
  | { type: 'measure'; amount: Amount; perItem: boolean; text: string; from: string }
  /** `6 x 330ml`, `500g*2袋`, `8 x 6 Bags of 48 g`, `60粒*2瓶`: counts times at most one measure. */
  | { type: 'chain'; counts: number[]; measure?: Amount; text: string; from: string }
  /** `Pack of 6`, `6-Pack`, `6er Set`: multiplies whatever one item holds. */
  | { type: 'pack'; n: number; text: string; from: string }
  /**
   * `12 Count`, `48 bags`, `24粒装`; `total` for `共16包`, `整箱24瓶`, `16 in total`; `weak` for
   * vessels (`2 tazas`), which count only next to a size (see units.ts).
   */
  | { type: 'count'; n: number; total: boolean; weak?: boolean; text: string; from: string }
  /** `50抽`, `3层`, `200 sheets`: describes one pack; never the unit. */
  | { type: 'descriptor'; n: number; text: string; from: string }
  /** `4 or 6 Packs`, `2-3 kg`, `500ml/750ml`, `Pack of 4 + 2`, `5+1 SET`: a choice or a sum. */
  | { type: 'alternatives'; text: string; from: string }
  /** `1.500 kg` with no locale: 1.5 kg or 1500 kg. */
  | { type: 'ambiguous-number'; text: string; from: string };

export interface ScanOptions {
  /** The page's decimal separator; without it `1.500 g` / `1,000 ml` are ambiguous. */
  decimal?: DecimalSeparator;
}

interface Atom {
  start: number;
  end: number;
  kind: 'measure' | 'count' | 'pack' | 'descriptor' | 'bare';
  value: number;
  amount?: Amount;
  text: string;
  ambiguous?: boolean;
  weak?: boolean;
}

/** 两袋, 三包 → 2袋, 3包: small Chinese numerals before a measure word. */
const CJK_DIGITS: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };
const CJK_NUMERAL = /(?<=^|[^\p{Script=Han}\d]|[共每])([一二两三四五六七八九十])(?=[包袋盒瓶罐听桶箱提支粒片颗枚卷贴条只双层抽]|个(?!月))/gu;

export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(CJK_NUMERAL, (c) => CJK_DIGITS[c] ?? c);
}

/**
 * A number must stand on its own: not the tail of a model number (`WW90CGC04`, `I15-3583`)
 * or of a decimal. A `×`/`*` before it multiplies, and so does an `x` after a number or unit.
 */
function standsAlone(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined) return true;
  if (/\d/.test(before)) return false;
  // `1,5`: the tail of a decimal; `Mango,400ml`: a list comma.
  if (/[.,]/.test(before)) return !/\d/.test(text[start - 2] ?? '');
  if (/[×*✕]/.test(before)) return true;
  // `6x330`, `500gx2` multiply; `Max12`, `Box12` are names.
  if (/[xX]/.test(before)) return /(?:^|[^\p{L}\d]|\d\s?\p{L}{0,5})$/u.test(text.slice(0, start - 1));
  return !/[A-Za-z]/.test(before);
}

function parseNumber(token: string, decimal: DecimalSeparator | undefined, integer: boolean): { value?: number; ambiguous?: boolean } {
  // A single separator followed by exactly three digits: grouping in one convention, decimals in the other.
  const threeAfter = /^\d+[.,]\d{3}$/.test(token);
  if (threeAfter && !decimal && !integer) return { ambiguous: true };
  // A count has no decimals, so there `1,000` and `1.000` are grouping: pass the other separator as decimal.
  const assumed = threeAfter ? (token.includes(',') ? '.' : ',') : '.';
  const value = parseLocaleNumber(token, decimal ?? assumed);
  return value === undefined || value <= 0 ? {} : { value };
}

function findAtoms(text: string, options: ScanOptions): Atom[] {
  const atoms: Atom[] = [];
  const taken = (s: number, e: number) => atoms.some((a) => s < a.end && e > a.start);
  const add = (re: RegExp, kind: Atom['kind'], make: (m: RegExpMatchArray, value: number) => Partial<Atom> | undefined) => {
    for (const m of text.matchAll(re)) {
      const token = m.slice(1).find((g) => g !== undefined && /^\d/.test(g)) ?? m[0];
      const offset = m[0].indexOf(token);
      const start = m.index! + offset;
      const end = m.index! + m[0].length;
      if (!standsAlone(text, start) || taken(start, end)) continue;
      const integer = kind !== 'measure';
      const { value, ambiguous } = parseNumber(token, options.decimal, integer);
      if (integer && value !== undefined && !Number.isInteger(value)) continue;
      if (value === undefined && !ambiguous) continue;
      const extra = value === undefined ? {} : make(m, value);
      if (!extra) continue;
      atoms.push({ start: kind === 'pack' ? m.index! : start, end, kind, value: value ?? 0, text: m[0], ...(ambiguous ? { ambiguous } : {}), ...extra });
    }
  };
  add(PACK_RE, 'pack', (m) => (LEADING_MEASURE_UNIT.test(text.slice(m.index! + m[0].length)) ? undefined : {}));
  add(MEASURE_RE, 'measure', (m, value) => {
    const unit = m[2] ?? m[3] ?? '';
    // `4G`, `500G`, `128G`: gigabytes or a network generation far more often than grams.
    if (unit === 'G' && !/\s/.test(m[0])) return undefined;
    const amount = measureAmount(value, unit);
    return amount ? { amount } : undefined;
  });
  add(DESCRIPTOR_RE, 'descriptor', () => ({}));
  add(COUNT_RE, 'count', (m) => {
    const noun = m[2] ?? m[3] ?? '';
    if (isDescriptorNoun(noun)) return undefined;
    return isWeakCountNoun(noun) ? { weak: true } : {};
  });
  add(BARE_NUMBER_RE, 'bare', (m) => {
    // A number glued to letters (`4ms`, `30W`, `8.5cm`) is a quantity we do not read; the chain
    // check below still sees it as a factor it cannot use.
    const after = text.slice(m.index! + m[0].length);
    return /^\p{L}/u.test(after) && !/^[xX×*](?!\p{L})/u.test(after) ? { kind: 'bare', value: Number.NaN } : {};
  });
  return atoms.sort((a, b) => a.start - b.start);
}

const TIMES = /^\s*[xX×*✕]\s*$/;
/** `30W x ` or `12.5 * ` right before: the group is the last factor of a size. (`Felix 12 x 85 g` is not.) */
const DIMENSION_BEFORE = /(?:[×*✕]|(?:^|[^\p{L}\d.,])\d[\d.,]*\s?\p{L}{0,5}\s*[xX])\s*$/u;
const OF = /^\s+of\s+$/i;
/** `4 or 6 Packs`, `2-3 kg`, `500/750 ml`, `2~3斤`, `5+1 SET`: a choice or a sum. */
const CHOICE_BEFORE = /(\d)(?:[-–]|\s*(?:or|oder|ou|o|或|\/|~|～|to|bis|\+)\s*)$/i;
const CHOICE_AFTER = /^\s*(?:or|oder|ou|o|或|\/|\+)\s*\d/i;
/** `6KG(Max)`, `200L Gross Capacity`, `max. 5 kg`, `承重100斤`: what it holds or bears, not what is bought. */
const CAPACITY_BEFORE = /(?:max(?:imum)?\.?|up to|bis zu|hasta|capacity|load|承重|最大|容量)\s*:?\s*$/i;
const CAPACITY_AFTER = /^\s*\(?\s*(?:(?:max|maximum|capacity|load|gross)\b|承重)/i;
const TOTAL_BEFORE = /(?:共|整箱|合计|总共|insgesamt|total(?:\s+of)?)\s*$/i;
const TOTAL_AFTER = /^\s*(?:in total|total|insgesamt)/i;
const PER_ITEM_BEFORE = /(?:每[\p{Script=Han}]?|je|à|each|per)\s*$/iu;
const PER_ITEM_AFTER = /^\s*(?:\/\s*[\p{Script=Han}]|each\b|pro\s+(?:stück|beutel|dose|flasche)|je\s+(?:stück|beutel|dose|flasche))/iu;

/** Quantity statements in one text (a title, or one spec value), tagged with where it came from. */
export function scanQuantities(raw: string, from: string, options: ScanOptions = {}): Statement[] {
  const text = normalizeText(raw);
  const atoms = findAtoms(text, options);
  const out: Statement[] = [];
  let i = 0;
  while (i < atoms.length) {
    // Link neighbours joined by `x`/`×`/`*`, or by `of` before a measure (`4 of 85 g`, `48 Bags Of 100 G`).
    const group = [atoms[i]!];
    while (i + 1 < atoms.length) {
      const a = atoms[i]!, b = atoms[i + 1]!;
      const gap = text.slice(a.end, b.start);
      const ofLink = OF.test(gap) && (b.kind === 'measure' || b.kind === 'count') && a.kind !== 'measure' && a.kind !== 'descriptor';
      if (TIMES.test(gap) || ofLink) {
        group.push(b);
        i++;
      } else break;
    }
    i++;
    const first = group[0]!, last = group[group.length - 1]!;
    const span = text.slice(first.start, last.end);
    const before = text.slice(0, first.start);
    const after = text.slice(last.end);
    // A factor we cannot read next to the group (`45L x 30W`, `29 * 12.5 * 8.5cm`): a dimension, not a quantity.
    if (DIMENSION_BEFORE.test(before) || /^\s*[xX×*✕]\s*\d/.test(after)) continue;
    if (group.some((a) => a.ambiguous)) {
      out.push({ type: 'ambiguous-number', text: span, from });
      continue;
    }
    if (group.some((a) => a.kind === 'bare' && !Number.isInteger(a.value))) continue;
    // `Pack of 6 - 45 ml`: a dash after a number that belongs to another statement is no range.
    const choiceAt = CHOICE_BEFORE.exec(before);
    const choiceBefore = choiceAt !== null && !atoms.some((a) => a.kind !== 'bare' && a.start <= choiceAt.index && choiceAt.index < a.end);
    const choice = (choiceBefore || CHOICE_AFTER.test(after)) && first.kind !== 'bare';
    if (choice) {
      out.push({ type: 'alternatives', text: `${/\d+\s*\S*\s*$/.exec(before)?.[0] ?? ''}${span}`.trim(), from });
      continue;
    }
    if (group.length > 1) {
      const chain = toChain(group, span, from);
      if (chain) out.push(chain);
      continue;
    }
    if (first.kind === 'measure' && group.length === 1 && (CAPACITY_BEFORE.test(before) || CAPACITY_AFTER.test(after))) continue;
    const single = toSingle(first, before, after, from);
    if (single) out.push(single);
  }
  return out;
}

function toChain(group: Atom[], text: string, from: string): Statement | undefined {
  const measures = group.filter((a) => a.kind === 'measure');
  // Two measures multiplied are a size (`10 x 20 cm`), and bare numbers alone a resolution (`1920 x 1080`).
  if (measures.length > 1) return undefined;
  if (measures.length === 0 && !group.some((a) => a.kind === 'count' || a.kind === 'pack')) return undefined;
  // Descriptors (`100抽×6包`) describe each pack and do not multiply (see resolve.ts).
  const counts = group.filter((a) => a.kind !== 'measure' && a.kind !== 'descriptor').map((a) => a.value);
  if (counts.length === 0) return undefined;
  const measure = measures[0]?.amount;
  return { type: 'chain', counts, ...(measure ? { measure } : {}), text, from };
}

function toSingle(atom: Atom, before: string, after: string, from: string): Statement | undefined {
  switch (atom.kind) {
    case 'measure': {
      const perItem = PER_ITEM_BEFORE.test(before) || PER_ITEM_AFTER.test(after);
      return { type: 'measure', amount: atom.amount!, perItem, text: atom.text, from };
    }
    case 'pack':
      return { type: 'pack', n: atom.value, text: atom.text, from };
    case 'count': {
      const total = TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after);
      return { type: 'count', n: atom.value, total, ...(atom.weak ? { weak: true } : {}), text: atom.text, from };
    }
    case 'descriptor':
      return { type: 'descriptor', n: atom.value, text: atom.text, from };
    default:
      return undefined;
  }
}
