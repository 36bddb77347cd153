import type { Amount } from './units';
import type { Statement } from './scan';

/**
 * Weighs the quantity statements of one listing against each other and settles on one total,
 * or refuses with a reason. The rules, in order:
 *
 * 1. A choice (`4 or 6 Packs`) or a number that reads two ways (`1.500 g`, no locale) → refuse.
 * 2. Weight and volume both stated (`500 ml … 520 g`) → refuse: Amazon picks one by product
 *    type (liquids ml, solids g), which the text alone cannot tell.
 * 3. A multiplication (`6 x 330ml`, `2 x 24 x 100 g`, `500g*2袋`) is the total. Every other
 *    statement must agree with it: a count equal to one of its factors or their products
 *    (`48 bags (2 x 24 x 100 g)`, `Pack of 12 (12 x 85 g)`), a measure equal to the total or
 *    to one item (`4.8 kg (48 bags x 100 g)`). Anything else → refuse as conflicting.
 * 4. One measure (duplicates like `1800 g, 1.8 kg` are one): multiplied by a pack count
 *    (`330 ml (Pack of 6)` → 1980 ml: on Amazon the size names one item) and by a count only
 *    when the measure is marked per item (`每包100g 共16包`, `85 g each`). A bare count next to a
 *    bare measure (`84 sachets, 8.4 g`) could be per item or in total → refuse.
 * 5. Counts only: an explicit total (`共16包`, `整箱24瓶`) wins; else one count, times a pack
 *    count when they differ (`12 Count (Pack of 6)` → 72, Amazon's size-and-pack convention).
 *    Two different plain counts (`60粒 2瓶`) → refuse.
 *
 * Tissue 抽/层 and "sheets"/"ply" are descriptors: `3层50抽共16包` is 16 packs, not 800 sheets.
 * Sheet counts are not comparable across listings (sheet size and ply differ, 3层 vs 4层), and
 * Chinese comparison sites quote tissue per 包; the basis keeps the sheet wording visible.
 */

export type QuantityRefusal =
  | 'no-quantity'
  | 'alternatives'
  | 'ambiguous-number'
  | 'conflicting-quantities'
  | 'weight-and-volume'
  | 'count-and-measure';

export interface ResolvedQuantity {
  /** Everything bought: 6 × 330 ml → { ml, 1980 }. */
  total: Amount;
  /** How many items were multiplied, when the wording says (6 in `6 x 330ml`). */
  items?: number;
  /** The statements the total rests on. */
  used: Statement[];
}

export type Resolution =
  | { ok: true; quantity: ResolvedQuantity }
  | { ok: false; reason: QuantityRefusal; detail: string; statements: Statement[] };

/** Same quantity written two ways (`16.9 fl oz (500 ml)`, `1 lb (454 g)`): within 1 %. */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.01 * Math.max(a, b);
}

const product = (counts: number[]) => counts.reduce((a, b) => a * b, 1);

/** 1 and the products of every subset of the factors: the counts a multiplication agrees with. */
function products(counts: number[]): number[] {
  const out = new Set<number>([1]);
  for (const c of counts) for (const p of [...out]) out.add(p * c);
  return [...out];
}

const texts = (list: Statement[]) => list.map((s) => `"${s.text}"`).join(', ');

export function resolveQuantity(statements: Statement[]): Resolution {
  const refuse = (reason: QuantityRefusal, detail: string): Resolution => ({ ok: false, reason, detail, statements });
  const of = <T extends Statement['type']>(type: T) => statements.filter((s): s is Extract<Statement, { type: T }> => s.type === type);

  const choice = of('alternatives');
  if (choice.length) return refuse('alternatives', `the listing offers a choice: ${texts(choice)}`);
  const unclear = of('ambiguous-number');
  if (unclear.length) return refuse('ambiguous-number', `${texts(unclear)} reads as two different numbers without the page's locale`);

  const chains = of('chain');
  const measureChains = chains.filter((c) => c.measure);
  const countChains = chains.filter((c) => !c.measure);
  const measures = of('measure');
  const packs = of('pack');
  const counts = of('count');
  const kinds = new Set([...measureChains.map((c) => c.measure!.kind), ...measures.map((m) => m.amount.kind)]);
  if (kinds.size > 1) return refuse('weight-and-volume', `both weight and volume are stated: ${texts([...measureChains, ...measures])}`);

  if (measureChains.length) {
    const first = measureChains[0]!;
    const items = product(first.counts);
    const total = first.measure!.value * items;
    const factorProducts = measureChains.flatMap((c) => products(c.counts));
    const perItemValues = measureChains.flatMap((c) => products(c.counts).map((p) => p * c.measure!.value));
    const disagree = [
      ...measureChains.filter((c) => !sameAmount(c.measure!.value * product(c.counts), total)),
      ...measures.filter((m) => !perItemValues.some((v) => sameAmount(v, m.amount.value))),
      ...[...packs, ...counts].filter((s) => !factorProducts.includes(s.n)),
      ...countChains.filter((c) => !factorProducts.includes(product(c.counts))),
    ];
    if (disagree.length) return refuse('conflicting-quantities', `${texts(disagree)} do not agree with "${first.text}"`);
    return { ok: true, quantity: { total: { kind: first.measure!.kind, value: total }, items, used: statements.filter((s) => s.type !== 'descriptor') } };
  }

  if (measures.length) {
    const value = measures[0]!.amount.value;
    const others = measures.filter((m) => !sameAmount(m.amount.value, value));
    if (others.length) return refuse('conflicting-quantities', `different sizes are stated: ${texts(measures)}`);
    const perItem = measures.some((m) => m.perItem);
    const packNs = [...new Set(packs.map((p) => p.n).filter((n) => n !== 1))];
    const countNs = [...new Set([...counts.map((c) => c.n), ...countChains.map((c) => product(c.counts))].filter((n) => n !== 1))];
    if (packNs.length > 1) return refuse('conflicting-quantities', `different pack sizes are stated: ${texts(packs)}`);
    if (countNs.length > 1) return refuse('conflicting-quantities', `different counts are stated: ${texts([...counts, ...countChains])}`);
    let items = packNs[0] ?? 1;
    const count = countNs[0];
    if (count !== undefined && count !== items) {
      if (!perItem) {
        return refuse('count-and-measure', `${texts([...counts, ...countChains])} and ${texts(measures)}: the size may be per item or in total`);
      }
      items = packNs.length ? items * count : count;
    }
    return { ok: true, quantity: { total: { kind: measures[0]!.amount.kind, value: value * items }, items, used: statements.filter((s) => s.type !== 'descriptor') } };
  }

  const totals = counts.filter((c) => c.total);
  if (totals.length) {
    if (new Set(totals.map((t) => t.n)).size > 1) return refuse('conflicting-quantities', `different totals are stated: ${texts(totals)}`);
    return { ok: true, quantity: { total: { kind: 'count', value: totals[0]!.n }, used: totals } };
  }

  if (countChains.length) {
    // `60粒*2瓶`: the multiplication is the total; `2瓶` or `60粒` elsewhere must be one of its factors.
    const first = countChains[0]!;
    const total = product(first.counts);
    const factorProducts = countChains.flatMap((c) => products(c.counts));
    const disagree = [
      ...countChains.filter((c) => product(c.counts) !== total),
      ...[...packs, ...counts].filter((s) => !factorProducts.includes(s.n)),
    ];
    if (disagree.length) return refuse('conflicting-quantities', `${texts(disagree)} do not agree with "${first.text}"`);
    return { ok: true, quantity: { total: { kind: 'count', value: total }, items: total, used: statements.filter((s) => s.type !== 'descriptor') } };
  }
  // Vessels alone (`12 Cups` coffee maker) are a capacity, not what is bought.
  const countNs = [...new Set(counts.filter((c) => !c.weak).map((c) => c.n))];
  if (countNs.length > 1) return refuse('conflicting-quantities', `different counts are stated: ${texts(counts)}`);
  const packNs = [...new Set(packs.map((p) => p.n))];
  if (packNs.length > 1) return refuse('conflicting-quantities', `different pack sizes are stated: ${texts(packs)}`);
  const count = countNs[0];
  const pack = packNs[0];
  if (count === undefined && pack === undefined) return refuse('no-quantity', 'no quantity was found');
  const used = statements.filter((s) => s.type !== 'descriptor' && !(s.type === 'count' && s.weak));
  const total = count === undefined ? pack! : pack === undefined || pack === count ? count : count * pack;
  return { ok: true, quantity: { total: { kind: 'count', value: total }, used } };
}
