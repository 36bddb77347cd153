import { describe, expect, it } from 'vitest';
import { chartData, scales, stepPath } from '../../components/history/chart';
import { compareGroup, currenciesOf, unlinkedPairs } from '../../components/history/comparison';
import { fieldLabel, formatPct, rawValue } from '../../components/history/change-line';
import { formatBytes } from '../../components/history/data-tools';
import { parseRate, withRate } from '../../components/history/rates-editor';
import { visitSummary } from '../../components/history/visit';
import { createTranslator } from '../../components/i18n';
import type { GroupMember } from '../../lib/db/queries';
import type { ProductRow, SnapshotRow } from '../../lib/db/schema';
import { VISIT_WINDOW_MS } from '../../lib/db';
import { PageReadSchema, type PageRead, type Product } from '../../lib/schema';
import { MESSAGES } from './render';

const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const HOUR = 3_600_000;

function read(atMs: number, product: Partial<Product>, marketplace: PageRead['marketplace'] = 'amazon'): PageRead {
  return PageReadSchema.parse({
    version: 1,
    marketplace,
    pageKind: 'product',
    url: `https://www.amazon.com/dp/${product.id ?? 'B0TEST0001'}`,
    locale: 'en-US',
    readAt: new Date(atMs).toISOString(),
    product: { id: 'B0TEST0001', title: 'Test product', ...product },
    issues: [],
  });
}

function snapshot(atMs: number, product: Partial<Product>, lastSeenMs = atMs, id = atMs): SnapshotRow {
  const r = read(atMs, product);
  return {
    id,
    productKey: `amazon:${r.product!.id}`,
    marketplace: 'amazon',
    productId: r.product!.id,
    pageKind: 'product',
    url: r.url,
    readAt: r.readAt,
    readAtMs: atMs,
    lastSeenMs,
    hash: '0'.repeat(28),
    read: r,
  };
}

const usd = (amount: number) => ({ amount, currency: 'USD' });
const gbp = (amount: number) => ({ amount, currency: 'GBP' });

describe('chartData', () => {
  it('has no chart for no history, and no chart when no snapshot shows a price', () => {
    expect(chartData([])).toEqual({ points: [] });
    const r = chartData([snapshot(T0, { rating: 4 })]);
    expect(r.points).toHaveLength(1);
    expect(r.chart).toBeUndefined();
  });

  it('charts one snapshot as one priced point whose step runs to when it was last seen', () => {
    const { chart } = chartData([snapshot(T0, { price: usd(20) }, T0 + 5 * HOUR)]);
    expect(chart).toMatchObject({ currency: 'USD', priced: 1, startMs: T0, endMs: T0 + 5 * HOUR, min: 20, max: 20, otherCurrency: 0 });
  });

  it('keeps the newest price’s currency and leaves other currencies out, counted (never converted)', () => {
    const { chart } = chartData([snapshot(T0, { price: gbp(15) }), snapshot(T0 + HOUR, { price: usd(20), listPrice: usd(25) }), snapshot(T0 + 2 * HOUR, { price: usd(18) })]);
    expect(chart?.currency).toBe('USD');
    expect(chart?.otherCurrency).toBe(1);
    expect(chart?.series.price.map((p) => p?.amount)).toEqual([undefined, 20, 18]);
    expect(chart?.series.listPrice.map((p) => p?.amount)).toEqual([undefined, 25, undefined]);
    expect([chart?.min, chart?.max, chart?.priced]).toEqual([18, 25, 2]);
  });

  it('draws steps (a price holds until the next snapshot) and breaks where no price was shown', () => {
    const x = (ms: number) => (ms - T0) / HOUR;
    const y = (a: number) => a;
    const times = [T0, T0 + HOUR, T0 + 2 * HOUR, T0 + 3 * HOUR];
    expect(stepPath([{ ms: times[0]!, amount: 20 }, { ms: times[1]!, amount: 18 }, undefined, { ms: times[3]!, amount: 19 }], times, T0 + 5 * HOUR, x, y)).toBe('M0 20H1V18H2M3 19H5');
  });

  it('scales a flat price to mid-height with room around it, and one instant to the middle', () => {
    const s = scales({ startMs: T0, endMs: T0, min: 10, max: 10 });
    expect(s.x(T0)).toBe(56 + (320 - 56 - 10) / 2);
    expect([s.lo, s.hi]).toEqual([9, 11]);
    expect(s.y(10)).toBe(10 + (150 - 10 - 24) / 2);
  });
});

describe('visitSummary', () => {
  const product = (role: ProductRow['role']): ProductRow => ({ key: 'amazon:B0TEST0001', marketplace: 'amazon', productId: 'B0TEST0001', firstSeenMs: T0, lastSeenMs: T0, role });
  const older = snapshot(T0, { price: usd(20) }, T0 + HOUR);
  const newer = snapshot(T0 + 48 * HOUR, { price: usd(17) });

  it.each<[string, Parameters<typeof visitSummary>[0], PageRead | undefined, string | undefined]>([
    ['nothing shown', undefined, undefined, undefined],
    ['an untracked product', { key: 'amazon:B0TEST0001', product: product('untracked'), groups: [], latest: newer, previous: older, snapshots: 2 }, newer.read, undefined],
    ['a tracked product without snapshots', { key: 'amazon:B0TEST0001', product: product('mine'), groups: [], snapshots: 0 }, newer.read, undefined],
    ['one snapshot', { key: 'amazon:B0TEST0001', product: product('mine'), groups: [], latest: older, snapshots: 1 }, older.read, 'first'],
    ['two snapshots, the newer read in this visit', { key: 'amazon:B0TEST0001', product: product('competitor'), groups: [], latest: newer, previous: older, snapshots: 2 }, read(T0 + 48 * HOUR + VISIT_WINDOW_MS - 1, {}), 'changes'],
    ['two snapshots, nothing new since', { key: 'amazon:B0TEST0001', product: product('competitor'), groups: [], latest: newer, previous: older, snapshots: 2 }, read(T0 + 96 * HOUR, {}), 'unchanged'],
  ])('%s → %s', (_name, current, shown, kind) => {
    expect(visitSummary(current, shown)?.kind).toBe(kind);
  });

  it('says what changed since the state last seen, price first, and when that state was last seen', () => {
    const v = visitSummary({ key: 'amazon:B0TEST0001', product: product('mine'), groups: [], latest: newer, previous: older, snapshots: 2 }, newer.read);
    expect(v?.kind === 'changes' && v.previousSeenMs).toBe(T0 + HOUR);
    expect(v?.kind === 'changes' && v.summary.ok && v.summary.value.lines[0]).toMatchObject({ field: 'price', before: usd(20), after: usd(17), deltaPct: -15 });
  });

  it('is not shown on a review page', () => {
    const reviews = { ...newer.read, pageKind: 'reviews' as const };
    expect(visitSummary({ key: 'amazon:B0TEST0001', product: product('mine'), groups: [], latest: newer, previous: older, snapshots: 2 }, reviews)).toBeUndefined();
  });
});

describe('compareGroup', () => {
  const member = (id: string, as: 'mine' | 'competitor', p: Partial<Product>, marketplace: PageRead['marketplace'] = 'amazon'): GroupMember => {
    const s = snapshot(T0, { id, ...p });
    return { key: `${marketplace}:${id}`, as, latest: { ...s, read: { ...s.read, marketplace } } };
  };

  it('ranks each member among the others by price (rank, percentile, gaps to the median and the cheapest)', () => {
    const c = compareGroup([member('MINE', 'mine', { price: usd(30) }), member('A', 'competitor', { price: usd(20) }), member('B', 'competitor', { price: usd(40) })], 'price');
    // 20, 30, 40: mine is 2nd, 2 of 3 at or below (66.67 %), median 30 (gap 0), cheapest 20 (gap +50 %).
    expect(c.rows.map((r) => r.standing.ok && [r.standing.standing.rank, r.standing.standing.of, r.standing.standing.percentile, r.standing.standing.gapToMedianPct, r.standing.standing.gapToCheapestPct])).toEqual([
      [2, 3, 66.67, 0, 50],
      [1, 3, 33.33, -33.33, 0],
      [3, 3, 100, 33.33, 100],
    ]);
    expect([c.currencies, c.unlinked, c.converted]).toEqual([['USD'], [], false]);
  });

  it('keeps currencies apart without a rate, and compares them with one', () => {
    const members = [member('MINE', 'mine', { price: usd(30) }), member('UK', 'competitor', { price: gbp(20) }, 'amazon')];
    const apart = compareGroup(members, 'price');
    expect(apart.rows.map((r) => !r.standing.ok && [r.standing.reason, r.standing.excludedOtherCurrency])).toEqual([
      ['nothing-to-compare', 1],
      ['nothing-to-compare', 1],
    ]);
    expect(apart.unlinked).toEqual([['GBP', 'USD']]);
    const rates = [{ from: 'GBP', to: 'USD', rate: 1.25, asOf: '2026-03-01' }];
    const together = compareGroup(members, 'price', rates);
    // £20 = $25: mine $30 is 2nd of 2, median 27.5 → +9.09 %, cheapest 25 → +20 %.
    expect(together.rows[0]!.standing.ok && together.rows[0]!.standing.standing).toMatchObject({ rank: 2, of: 2, percentile: 100, gapToMedianPct: 9.09, gapToCheapestPct: 20, converted: true });
    expect([together.unlinked, together.converted]).toEqual([[], true]);
  });

  it('says why there is no unit price, and refuses a unit-price standing without one', () => {
    const c = compareGroup([member('MINE', 'mine', { title: 'Cat food, 12 x 85 g', price: usd(24) }), member('A', 'competitor', { title: 'Cat food tasting box', price: usd(10) }), member('B', 'competitor', { title: 'Cat food, 4 or 6 pack', price: usd(9) })], 'unit');
    expect(c.rows.map((r) => (r.unit.ok ? r.unit.unitPrice.price.amount : r.unit.reason))).toEqual([2.35294, 'no-quantity', 'alternatives']);
    // The others have no unit price: nothing to compare mine with.
    expect(c.rows.map((r) => !r.standing.ok && r.standing.reason)).toEqual(['nothing-to-compare', 'no-unit-price', 'no-unit-price']);
  });

  it('takes a member without a snapshot from its product row’s summary', () => {
    const row: ProductRow = { key: 'amazon:ROW', marketplace: 'amazon', productId: 'ROW', title: 'Row product, 500 ml', firstSeenMs: T0, lastSeenMs: T0, role: 'competitor', latest: { readAt: new Date(T0).toISOString(), price: usd(5) } };
    const c = compareGroup([{ key: 'amazon:ROW', as: 'competitor', product: row }], 'price');
    expect(c.rows[0]).toMatchObject({ productId: 'ROW', title: 'Row product, 500 ml', price: usd(5) });
    expect(c.rows[0]!.unit.ok && c.rows[0]!.unit.unitPrice.price.amount).toBe(1);
  });

  it('lists currencies most common first and the pairs no rate links', () => {
    expect(currenciesOf([usd(1), gbp(1), usd(2), undefined])).toEqual(['USD', 'GBP']);
    expect(unlinkedPairs(['USD', 'GBP', 'EUR'], [{ from: 'USD', to: 'GBP', rate: 0.8, asOf: '2026-01-01' }])).toEqual([
      ['EUR', 'USD'],
      ['EUR', 'GBP'],
    ]);
  });
});

describe('parseRate / withRate', () => {
  it.each<[string, string, string, ReturnType<typeof parseRate>]>([
    ['usd', 'gbp', '0.79', { from: 'USD', to: 'GBP', rate: 0.79, asOf: '2026-03-20' }],
    [' EUR ', 'CNY', '7,85', { from: 'EUR', to: 'CNY', rate: 7.85, asOf: '2026-03-20' }],
    ['US', 'GBP', '1', { problem: 'rateBadFrom' }],
    ['USD', 'G8P', '1', { problem: 'rateBadTo' }],
    ['USD', 'usd', '1', { problem: 'rateSamePair' }],
    ['USD', 'GBP', '0', { problem: 'rateBadValue' }],
    ['USD', 'GBP', '-1', { problem: 'rateBadValue' }],
    ['USD', 'GBP', '1e3', { problem: 'rateBadValue' }],
    ['USD', 'GBP', '', { problem: 'rateBadValue' }],
  ])('%j %j %j', (from, to, rate, want) => {
    expect(parseRate(from, to, rate, '2026-03-20')).toEqual(want);
  });

  it('keeps one rate per pair, either way round', () => {
    const old = [
      { from: 'USD', to: 'GBP', rate: 0.8, asOf: '2026-01-01' },
      { from: 'EUR', to: 'USD', rate: 1.1, asOf: '2026-01-01' },
    ];
    expect(withRate(old, { from: 'GBP', to: 'USD', rate: 1.27, asOf: '2026-03-20' })).toEqual([old[1], { from: 'GBP', to: 'USD', rate: 1.27, asOf: '2026-03-20' }]);
  });
});

describe('change formatting', () => {
  const t = createTranslator(MESSAGES.en);
  it.each([
    ['price', 'Price'],
    ['bullets[2]', 'Bullet point 3'],
    ['specs.材质', '材质'],
    ['salesRanks.Kitchen & Dining', 'Sales rank (Kitchen & Dining)'],
    ['images', 'Images'],
    ['somethingNew', 'somethingNew'],
  ])('%s is labelled %j', (field, label) => {
    expect(fieldLabel(field, t)).toBe(label);
  });

  it.each<[unknown, string | undefined]>([
    [usd(24.99), '24.99 USD'],
    [{ min: usd(5), max: usd(9) }, '5-9 USD'],
    [{ min: 1000, text: '1K+ bought in past month' }, '1K+ bought in past month'],
    [4.5, '4.5'],
    ['In stock', 'In stock'],
    [['a', 'b'], '2'],
    [undefined, undefined],
  ])('raw value of %j is %j', (value, raw) => {
    expect(rawValue(value)).toBe(raw);
  });

  it.each([
    [-20.01, 'en-US', '−20%'],
    [4.14, 'en-US', '+4.1%'],
    [0, 'en-US', '±0%'],
    [-10.5, 'de-DE', '−10,5%'],
  ])('%d %% in %s reads %j', (pct, locale, text) => {
    expect(formatPct(pct, locale)).toBe(text);
  });

  it.each([
    [512, '512 byte'],
    [733_400, '733.4 kB'],
    [10_700_000_000, '10.7 GB'],
  ])('%d bytes read %j', (bytes, text) => {
    expect(formatBytes(bytes, 'en-US')).toBe(text);
  });
});
