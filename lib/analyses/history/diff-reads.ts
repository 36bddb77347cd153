import type { FieldChange, Money, PageRead, Product, SnapshotDiff } from '../../schema';
import { imageKey } from './image-key';
import { promoMaps } from './promotion-key';
import { diffSequences, diffText } from './text-diff';

/**
 * What changed on a product between two reads. Fields, in this order: price, priceRange,
 * listPrice, couponPrice, coupons (by their text), promotions, badges, rating, reviewCount, salesRanks (per category),
 * salesVolume, availability, seller, title, bullets, images, specs (per key).
 * - Numbers and same-currency money carry delta (after − before) and deltaPct (of before;
 *   absent when before is 0). A change of currency is a change without a delta.
 * - Sales volume compares the numbers shown (min, max), not the wording around them.
 * - Title, bullets and spec values carry a word/character diff (text-diff.ts). Bullets are
 *   matched by an LCS over whole bullets first, so one inserted bullet is one `added`, not a
 *   shifted `changed` for every bullet after it; leftover removed/inserted bullets between two
 *   matches pair up as `changed`.
 * - Images are compared by imageKey (size suffixes ignored): one change per image added or
 *   removed; the same images in another order is one `images` change (the main image matters).
 * - Promotions and badges are sets keyed by kind + normalised text (promotion-key.ts, the
 *   fingerprint's notion): one `promotions` / `badges` change per item that appeared
 *   (`added`, after = the page's wording) or ended (`removed`, before = the wording). A
 *   countdown ticking down is no change. A coupon is also listed under `coupons`.
 */
export function diffReads(before: PageRead, after: PageRead): SnapshotDiff {
  const a: Partial<Product> = before.product ?? {};
  const b: Partial<Product> = after.product ?? {};
  const [pa, pb] = [promoMaps(a), promoMaps(b)];
  const changes: FieldChange[] = [
    ...money('price', a.price, b.price),
    ...priceRange(a.priceRange, b.priceRange),
    ...money('listPrice', a.listPrice, b.listPrice),
    ...money('couponPrice', a.couponPrice, b.couponPrice),
    ...coupons(a.coupons ?? [], b.coupons ?? []),
    ...promoSet('promotions', pa.promotions, pb.promotions),
    ...promoSet('badges', pa.badges, pb.badges),
    ...number('rating', a.rating, b.rating),
    ...number('reviewCount', a.reviewCount, b.reviewCount),
    ...salesRanks(a, b),
    ...salesVolume(a, b),
    ...text('availability', a.availability, b.availability, false),
    ...text('seller', a.seller, b.seller, false),
    ...text('title', a.title, b.title, true),
    ...bullets(a.bullets ?? [], b.bullets ?? []),
    ...images(a.images ?? [], b.images ?? []),
    ...specs(a.specs ?? {}, b.specs ?? {}),
  ];
  return { from: before.readAt, to: after.readAt, changes };
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
/** FieldChange.field holds 300 characters; a category or spec name can be longer. */
const fieldName = (prefix: string, name: string) => {
  const f = `${prefix}.${name}`;
  return f.length > 300 ? `${f.slice(0, 299)}…` : f;
};

function presence<T>(field: string, x: T | undefined, y: T | undefined): FieldChange[] | undefined {
  if (x === undefined && y === undefined) return [];
  if (x === undefined) return [{ field, kind: 'added', after: y }];
  if (y === undefined) return [{ field, kind: 'removed', before: x }];
  return undefined;
}

function deltas(x: number, y: number, places: number): Pick<FieldChange, 'delta' | 'deltaPct'> {
  return { delta: round(y - x, places), ...(x !== 0 ? { deltaPct: round(((y - x) / x) * 100, 2) } : {}) };
}

function money(field: string, x: Money | undefined, y: Money | undefined): FieldChange[] {
  const p = presence(field, x, y);
  if (p) return p;
  if (x!.amount === y!.amount && x!.currency === y!.currency) return [];
  const same = x!.currency === y!.currency;
  return [{ field, kind: 'changed', before: x, after: y, ...(same ? deltas(x!.amount, y!.amount, 2) : {}) }];
}

function number(field: string, x: number | undefined, y: number | undefined): FieldChange[] {
  const p = presence(field, x, y);
  if (p) return p;
  return x === y ? [] : [{ field, kind: 'changed', before: x, after: y, ...deltas(x!, y!, 4) }];
}

function text(field: string, x: string | undefined, y: string | undefined, withDiff: boolean): FieldChange[] {
  const p = presence(field, x?.trim() || undefined, y?.trim() || undefined);
  if (p) return p;
  if (x!.trim() === y!.trim()) return [];
  return [{ field, kind: 'changed', before: x!.trim(), after: y!.trim(), ...(withDiff ? { diff: diffText(x!.trim(), y!.trim()) } : {}) }];
}

/** Lower is better: a negative delta is a climb. */
function salesRanks(a: Partial<Product>, b: Partial<Product>): FieldChange[] {
  const before = new Map((a.salesRanks ?? []).map((r) => [r.category, r.rank]));
  const after = new Map((b.salesRanks ?? []).map((r) => [r.category, r.rank]));
  const categories = [...new Set([...after.keys(), ...before.keys()])];
  return categories.flatMap((c) => number(fieldName('salesRanks', c), before.get(c), after.get(c)));
}

function salesVolume(a: Partial<Product>, b: Partial<Product>): FieldChange[] {
  const x = a.salesVolume, y = b.salesVolume;
  const p = presence('salesVolume', x, y);
  if (p) return p;
  if (x!.min === y!.min && x!.max === y!.max) return [];
  return [{ field: 'salesVolume', kind: 'changed', before: x, after: y, ...deltas(x!.min, y!.min, 0) }];
}

function bullets(x: readonly string[], y: readonly string[]): FieldChange[] {
  const xs = x.map((s) => s.trim());
  const ys = y.map((s) => s.trim());
  const out: FieldChange[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++) {
      const [r, n] = [removed[i]!, added[i]!];
      out.push({ field: `bullets[${n}]`, kind: 'changed', before: xs[r], after: ys[n], diff: diffText(xs[r]!, ys[n]!) });
    }
    for (const r of removed.slice(pairs)) out.push({ field: `bullets[${r}]`, kind: 'removed', before: xs[r] });
    for (const n of added.slice(pairs)) out.push({ field: `bullets[${n}]`, kind: 'added', after: ys[n] });
    removed = [];
    added = [];
  };
  for (const [op, i] of diffSequences(xs, ys)) {
    if (op === 'delete') removed.push(i);
    else if (op === 'insert') added.push(i);
    else flush();
  }
  flush();
  return out;
}

function images(x: readonly string[], y: readonly string[]): FieldChange[] {
  const xk = x.map(imageKey);
  const yk = y.map(imageKey);
  const xs = new Set(xk);
  const ys = new Set(yk);
  const out: FieldChange[] = [
    ...y.filter((_, i) => !xs.has(yk[i]!)).map((url): FieldChange => ({ field: 'images', kind: 'added', after: url })),
    ...x.filter((_, i) => !ys.has(xk[i]!)).map((url): FieldChange => ({ field: 'images', kind: 'removed', before: url })),
  ];
  const common = (keys: string[], other: Set<string>) => [...new Set(keys.filter((k) => other.has(k)))];
  if (out.length === 0 && common(xk, ys).join('\n') !== common(yk, xs).join('\n')) {
    out.push({ field: 'images', kind: 'changed', before: x, after: y });
  }
  return out;
}

function specs(x: Record<string, string>, y: Record<string, string>): FieldChange[] {
  const keys = [...new Set([...Object.keys(y), ...Object.keys(x)])];
  return keys.flatMap((k) => {
    const field = fieldName('specs', k);
    const p = presence(field, x[k], y[k]);
    if (p) return p;
    const [before, after] = [x[k]!.trim(), y[k]!.trim()];
    return before === after ? [] : [{ field, kind: 'changed' as const, before, after, diff: diffText(before, after) }];
  });
}

/** A SKU range (¥59–89) changes when either end or the currency does. */
function priceRange(x: Product['priceRange'], y: Product['priceRange']): FieldChange[] {
  const p = presence('priceRange', x, y);
  if (p) return p;
  const same = x!.min.amount === y!.min.amount && x!.max.amount === y!.max.amount && x!.min.currency === y!.min.currency;
  return same ? [] : [{ field: 'priceRange', kind: 'changed', before: x, after: y }];
}

/** Coupons (满199减10) come and go as wholes: one change per coupon text added or removed. */
function coupons(x: NonNullable<Product['coupons']>, y: NonNullable<Product['coupons']>): FieldChange[] {
  const before = new Set(x.map((c) => c.text));
  const after = new Set(y.map((c) => c.text));
  return [
    ...[...before].filter((t) => !after.has(t)).map((t): FieldChange => ({ field: 'coupons', kind: 'removed', before: t })),
    ...[...after].filter((t) => !before.has(t)).map((t): FieldChange => ({ field: 'coupons', kind: 'added', after: t })),
  ];
}

/** Promotions and badges by identity: removed ones (in the before read's order), then added ones. */
function promoSet(field: 'promotions' | 'badges', x: ReadonlyMap<string, { text: string }>, y: ReadonlyMap<string, { text: string }>): FieldChange[] {
  return [
    ...[...x].filter(([k]) => !y.has(k)).map(([, v]): FieldChange => ({ field, kind: 'removed', before: v.text.trim() })),
    ...[...y].filter(([k]) => !x.has(k)).map(([, v]): FieldChange => ({ field, kind: 'added', after: v.text.trim() })),
  ];
}
