import { describe, expect, it } from 'vitest';
import { diffReads } from '../../../lib/analyses/history/diff-reads';
import { imageKey } from '../../../lib/analyses/history/image-key';
import { SnapshotDiffSchema, type FieldChange, type TextDiffPart } from '../../../lib/schema';
import { AFTER, BEFORE, productRead } from './reads';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const rebuild = (parts: TextDiffPart[] | undefined, side: 'before' | 'after') =>
  (parts ?? []).filter((p) => p.op !== (side === 'before' ? 'insert' : 'delete')).map((p) => p.text).join('');

describe('diffReads (English listing)', () => {
  const diff = diffReads(BEFORE, AFTER);
  const byField = (field: string) => diff.changes.filter((c) => c.field === field);

  it('spans the two reads', () => {
    expect([diff.from, diff.to]).toEqual(['2025-03-01T10:00:00.000Z', '2025-03-08T10:00:00.000Z']);
  });

  it('lists every change, in field order', () => {
    expect(diff.changes.map((c) => `${c.field}:${c.kind}`)).toEqual([
      'price:changed',
      'listPrice:removed',
      'couponPrice:added',
      'rating:changed',
      'reviewCount:changed',
      'salesRanks.Sports & Outdoors:changed',
      'salesRanks.Kitchen:added',
      'salesVolume:changed',
      'availability:changed',
      'title:changed',
      'bullets[1]:added',
      'bullets[3]:changed',
      'images:added',
      'images:removed',
      'specs.Capacity:changed',
      'specs.Item Weight:added',
      'specs.Color:removed',
    ]);
  });

  it.each<[field: string, want: Partial<FieldChange>]>([
    // −2 / 19.99 = −10.005 %
    ['price', { before: usd(19.99), after: usd(17.99), delta: -2, deltaPct: -10.01 }],
    ['listPrice', { before: usd(24.99) }],
    ['couponPrice', { after: usd(16.99) }],
    ['rating', { before: 4.5, after: 4.6, delta: 0.1, deltaPct: 2.22 }],
    ['reviewCount', { before: 1200, after: 1350, delta: 150, deltaPct: 12.5 }],
    // −200 / 1520 = −13.16 %: a climb
    ['salesRanks.Sports & Outdoors', { before: 1520, after: 1320, delta: -200, deltaPct: -13.16 }],
    ['salesRanks.Kitchen', { after: 50 }],
    ['salesVolume', { delta: 1000, deltaPct: 100 }],
    ['availability', { before: 'In Stock', after: 'Only 3 left in stock.' }],
    ['bullets[1]', { after: 'Now 1 litre' }],
    ['specs.Item Weight', { after: '380 g' }],
    ['specs.Color', { before: 'Black' }],
  ])('%s', (field, want) => {
    expect(byField(field)).toHaveLength(1);
    expect(byField(field)[0]).toMatchObject(want);
  });

  it('diffs the title word by word', () => {
    expect(byField('title')[0]!.diff).toEqual([
      { op: 'equal', text: 'Stainless Steel ' },
      { op: 'insert', text: 'Insulated ' },
      { op: 'equal', text: 'Water Bottle ' },
      { op: 'delete', text: '750ml' },
      { op: 'insert', text: '1L' },
    ]);
  });

  it('matches bullets before diffing them: one inserted bullet does not shift the rest', () => {
    const changed = byField('bullets[3]')[0]!;
    expect(changed).toMatchObject({ before: 'Fits most cup holders', after: 'Fits all cup holders' });
    expect(changed.diff).toEqual([
      { op: 'equal', text: 'Fits ' },
      { op: 'delete', text: 'most' },
      { op: 'insert', text: 'all' },
      { op: 'equal', text: ' cup holders' },
    ]);
  });

  it('compares images without their size suffixes', () => {
    expect(byField('images')).toEqual([
      { field: 'images', kind: 'added', after: 'https://m.media-amazon.com/images/I/71new00004._AC_SL1500_.jpg' },
      { field: 'images', kind: 'removed', before: 'https://m.media-amazon.com/images/I/61side0002._AC_SL1500_.jpg' },
    ]);
  });

  it('diffs a changed spec value', () => {
    const c = byField('specs.Capacity')[0]!;
    expect(c).toMatchObject({ before: '750 Milliliters', after: '1 Liter' });
    expect(rebuild(c.diff, 'before')).toBe('750 Milliliters');
    expect(rebuild(c.diff, 'after')).toBe('1 Liter');
  });

  it('fits the SnapshotDiff schema', () => {
    expect(SnapshotDiffSchema.safeParse(diff).success).toBe(true);
  });

  it('keeps field names within the schema for very long spec names', () => {
    const long = 'Spec '.repeat(100);
    const d = diffReads(productRead('2025-01-01T00:00:00Z', { specs: { [long]: 'a' } }), productRead('2025-01-02T00:00:00Z', { specs: { [long]: 'b' } }));
    expect(d.changes[0]!.field).toHaveLength(300);
    expect(SnapshotDiffSchema.safeParse(d).success).toBe(true);
  });

  it('finds nothing between a read and itself', () => {
    expect(diffReads(BEFORE, BEFORE).changes).toEqual([]);
  });
});

describe('diffReads (Chinese listing)', () => {
  const cny = (amount: number) => ({ amount, currency: 'CNY' });
  const before = productRead('2025-03-01T02:00:00.000Z', {
    id: '538429031287',
    title: '回力男鞋帆布鞋 经典款',
    price: cny(59),
    images: ['//img.alicdn.com/imgextra/i1/2206/O1CN01abc.jpg_430x430q90.jpg'],
    specs: { 材质: '帆布' },
    bullets: ['透气帆布鞋面'],
  }, 'taobao');
  const after = productRead('2025-03-02T02:00:00.000Z', {
    id: '538429031287',
    title: '回力男鞋帆布鞋 新款',
    price: cny(49),
    images: ['https://img.alicdn.com/imgextra/i3/2206/O1CN01abc.jpg_60x60q90.jpg_.webp'],
    specs: { 材质: '帆布/橡胶' },
    bullets: ['透气帆布鞋面，防滑橡胶底'],
  }, 'taobao');
  const diff = diffReads(before, after);

  it('diffs the title character by character', () => {
    expect(diff.changes.find((c) => c.field === 'title')?.diff).toEqual([
      { op: 'equal', text: '回力男鞋帆布鞋 ' },
      { op: 'delete', text: '经典' },
      { op: 'insert', text: '新' },
      { op: 'equal', text: '款' },
    ]);
  });

  it('gives the price change in yuan (−10 / 59 = −16.95 %)', () => {
    expect(diff.changes.find((c) => c.field === 'price')).toMatchObject({ delta: -10, deltaPct: -16.95 });
  });

  it('diffs a spec and a bullet by characters', () => {
    expect(diff.changes.find((c) => c.field === 'specs.材质')?.diff).toEqual([
      { op: 'equal', text: '帆布' },
      { op: 'insert', text: '/橡胶' },
    ]);
    expect(diff.changes.find((c) => c.field === 'bullets[0]')?.diff).toEqual([
      { op: 'equal', text: '透气帆布鞋面' },
      { op: 'insert', text: '，防滑橡胶底' },
    ]);
  });

  it('sees the same alicdn image at another size and host shard as unchanged', () => {
    expect(diff.changes.filter((c) => c.field === 'images')).toEqual([]);
  });
});

describe('diffReads edge cases', () => {
  it('gives no delta when the currency changed', () => {
    const d = diffReads(productRead('2025-01-01T00:00:00Z', { price: usd(10) }), productRead('2025-01-02T00:00:00Z', { price: { amount: 9, currency: 'EUR' } }));
    expect(d.changes).toEqual([{ field: 'price', kind: 'changed', before: usd(10), after: { amount: 9, currency: 'EUR' } }]);
  });

  it('gives a delta but no percentage from 0', () => {
    const d = diffReads(productRead('2025-01-01T00:00:00Z', { reviewCount: 0 }), productRead('2025-01-02T00:00:00Z', { reviewCount: 5 }));
    expect(d.changes).toEqual([{ field: 'reviewCount', kind: 'changed', before: 0, after: 5, delta: 5 }]);
  });

  it('reports the same images in another order once', () => {
    const a = ['https://m.media-amazon.com/images/I/A1.jpg', 'https://m.media-amazon.com/images/I/B2.jpg'];
    const d = diffReads(productRead('2025-01-01T00:00:00Z', { images: a }), productRead('2025-01-02T00:00:00Z', { images: [a[1]!, a[0]!] }));
    expect(d.changes).toEqual([{ field: 'images', kind: 'changed', before: a, after: [a[1], a[0]] }]);
  });

  it('ignores a changed wording of the same sales volume', () => {
    const d = diffReads(
      productRead('2025-01-01T00:00:00Z', { salesVolume: { min: 10000, text: '1万+人付款' } }),
      productRead('2025-01-02T00:00:00Z', { salesVolume: { min: 10000, text: '1万+ 人付款' } }),
    );
    expect(d.changes).toEqual([]);
  });

  it('treats whitespace-only text as absent', () => {
    const d = diffReads(productRead('2025-01-01T00:00:00Z', { availability: '  ' }), productRead('2025-01-02T00:00:00Z', { availability: 'In Stock' }));
    expect(d.changes).toEqual([{ field: 'availability', kind: 'added', after: 'In Stock' }]);
  });
});

describe('imageKey', () => {
  it.each([
    ['https://m.media-amazon.com/images/I/71Abc+dEfGL._AC_SL1500_.jpg', 'amazon:71Abc+dEfGL'],
    ['https://images-na.ssl-images-amazon.com/images/I/71Abc+dEfGL._SX300_SY300_QL70_FMwebp_.jpg', 'amazon:71Abc+dEfGL'],
    ['https://m.media-amazon.com/images/I/71Abc+dEfGL.jpg', 'amazon:71Abc+dEfGL'],
    ['//img.alicdn.com/imgextra/i1/2206/O1CN01abc.jpg_430x430q90.jpg', 'alicdn:/imgextra/2206/O1CN01abc.jpg'],
    ['https://gd2.alicdn.com/imgextra/i2/2206/O1CN01abc.jpg', 'alicdn:/imgextra/2206/O1CN01abc.jpg'],
    ['//img14.360buyimg.com/n1/s450x450_jfs/t1/123/45/678/9/abc.jpg!q70.dpg.webp', 'jd:jfs/t1/123/45/678/9/abc.jpg'],
    ['https://img10.360buyimg.com/n5/jfs/t1/123/45/678/9/abc.jpg', 'jd:jfs/t1/123/45/678/9/abc.jpg'],
    ['https://example.com/a.png?x=1', 'example.com/a.png'],
  ])('%s', (url, key) => {
    expect(imageKey(url)).toBe(key);
  });
});

describe('diffReads on Chinese-marketplace price fields', () => {
  const cny = (amount: number) => ({ amount, currency: 'CNY' });
  const withProduct = (p: Record<string, unknown>) =>
    ({ version: 1, marketplace: 'tmall', pageKind: 'product', url: 'https://detail.tmall.com/item.htm?id=1', locale: 'zh-CN', readAt: '2026-11-26T00:00:00.000Z', issues: [], product: { id: '1', ...p } }) as never;

  it('reports a SKU range that moved', () => {
    const d = diffReads(withProduct({ priceRange: { min: cny(59), max: cny(89) } }), withProduct({ priceRange: { min: cny(49), max: cny(89) } }));
    expect(d.changes).toEqual([{ field: 'priceRange', kind: 'changed', before: { min: cny(59), max: cny(89) }, after: { min: cny(49), max: cny(89) } }]);
  });

  it('reports coupons added and removed by their text, not their order', () => {
    const a = withProduct({ coupons: [{ text: '满199减10', threshold: cny(199), discount: cny(10) }, { text: '9折', percentOff: 10 }] });
    const b = withProduct({ coupons: [{ text: '9折', percentOff: 10 }, { text: '满299减30', threshold: cny(299), discount: cny(30) }] });
    expect(diffReads(a, b).changes).toEqual([
      { field: 'coupons', kind: 'removed', before: '满199减10' },
      { field: 'coupons', kind: 'added', after: '满299减30' },
    ]);
    expect(diffReads(b, withProduct({ coupons: [...(b as { product: { coupons: unknown[] } }).product.coupons].reverse() })).changes).toEqual([]);
  });
});
