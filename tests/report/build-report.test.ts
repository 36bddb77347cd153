import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput, type ReportMember } from '../../lib/analyses/report';
import { AuditReportSchema, ListingScoreSchema, type AuditReport, type PageRead, type Product, type Review } from '../../lib/schema';
import { productRead } from '../analyses/history/reads';

/** buildReport over hand-built reads; every expected number is worked out in the comments. */

const NOW = '2026-11-26T08:00:00.000Z';
const gbp = (amount: number) => ({ amount, currency: 'GBP' });
const usd = (amount: number) => ({ amount, currency: 'USD' });

function read(id: string, product: Partial<Product>, readAt = '2026-11-20T10:00:00.000Z'): PageRead {
  return { ...productRead(readAt, { id, title: `Stretch chair cover ${id}`, ...product }), url: `https://www.amazon.co.uk/dp/${id}`, locale: 'en-GB' };
}
const mine = (r: PageRead, history?: PageRead[]): ReportMember => ({ read: r, role: 'mine', ...(history ? { history } : {}) });
const comp = (r: PageRead): ReportMember => ({ read: r, role: 'competitor' });

function build(input: Partial<ReportInput> & Pick<ReportInput, 'members'>): AuditReport {
  // Every report the tests look at must be one the schema accepts.
  return AuditReportSchema.parse(buildReport({ name: 'Chair covers', now: NOW, ...input }));
}
const notesOf = (r: AuditReport, section: string) => r.notes.filter((n) => n.section === section).map((n) => n.message.en);
const product = (r: AuditReport, key: string) => r.products.find((p) => p.key === key)!;

describe('buildReport: the group', () => {
  it('a group of 100 products notes more than a report holds: 199 notes and one that says how many more', () => {
    // Each product without reviews or history adds a reviews note and a promotions note: 200, plus group notes.
    const members = Array.from({ length: 100 }, (_, i) => comp(read(`B0COMP${String(i).padStart(4, '0')}`, {})));
    const r = build({ members });
    const last = r.notes.at(-1)!.message;
    expect(r.notes).toHaveLength(200);
    expect(last.en).toMatch(/^\d+ more notes left out \(a report holds 200\)$/);
    expect(last.zh).toMatch(/^另有 \d+ 条说明未列出/);
  });

  it('puts the user product first, keeps the others in order, stamps the clock and keywords', () => {
    const r = build({ members: [comp(read('B0COMPA001', {})), mine(read('B0MINE0001', {})), comp(read('B0COMPB001', {}))], keywords: ['chair cover'] });
    expect(r.products.map((p) => [p.key, p.role])).toEqual([
      ['amazon:B0MINE0001', 'mine'], ['amazon:B0COMPA001', 'competitor'], ['amazon:B0COMPB001', 'competitor'],
    ]);
    expect([r.generatedAt, r.name, r.keywords, r.version]).toEqual([NOW, 'Chair covers', ['chair cover'], 1]);
  });

  it('scores each listing with the listing scorer, title checks inside', () => {
    const r = build({ members: [mine(read('B0MINE0001', { bullets: ['Stretch fabric fits most chairs'] }))], keywords: ['chair cover'] });
    const listing = r.products[0]!.listing;
    expect(ListingScoreSchema.safeParse(listing).success).toBe(true);
    expect(listing.max).toBeGreaterThan(0);
    expect(listing.title?.keywords?.map((k) => [k.keyword, k.present])).toEqual([['chair cover', true]]);
    expect(notesOf(r, 'scores')).toEqual([]);
  });

  it('throws only when no member holds a product; a productless member is left out with a note', () => {
    const search: PageRead = { ...read('X', {}), pageKind: 'search', product: undefined, results: [] };
    expect(() => buildReport({ name: 'x', now: NOW, members: [comp(search)] })).toThrow(/no product in the group/);
    const r = build({ members: [mine(read('B0MINE0001', {})), comp(search)] });
    expect(r.products).toHaveLength(1);
    expect(notesOf(r, 'scores')).toEqual([expect.stringMatching(/no product on this page, left out/)]);
  });
});

describe('buildReport: prices', () => {
  it('ranks each product in the group: £10, £20, £30 → mine (£20) 2 of 3, at the median, +100 % on the cheapest', () => {
    const r = build({ members: [mine(read('B0MINE0001', { price: gbp(20) })), comp(read('B0COMPA001', { price: gbp(10) })), comp(read('B0COMPB001', { price: gbp(30) }))] });
    expect(product(r, 'amazon:B0MINE0001').priceStanding).toMatchObject({ rank: 2, of: 3, percentile: 66.67, gapToMedianPct: 0, gapToCheapestPct: 100, median: gbp(20), cheapest: gbp(10) });
    // £30: two cheaper → rank 3, (30 − 20) / 20 = +50 %, (30 − 10) / 10 = +200 %.
    expect(product(r, 'amazon:B0COMPB001').priceStanding).toMatchObject({ rank: 3, gapToMedianPct: 50, gapToCheapestPct: 200 });
    // No search page: the bands are the group's three prices, said in a note; mine's band is marked.
    expect(r.priceBands).toMatchObject({ currency: 'GBP', count: 3, min: 10, max: 30 });
    expect(r.priceBands!.bands[r.priceBands!.userBand!]!.productIds).toEqual(['B0MINE0001']);
    expect(notesOf(r, 'prices')).toEqual([expect.stringMatching(/No search page was given/)]);
  });

  it('without rates compares within a currency and says so; a lone currency gets no standing', () => {
    const members = [mine(read('B0MINE0001', { price: gbp(20) })), comp(read('B0COMPA001', { price: usd(25) })), comp(read('B0COMPB001', { price: gbp(10) }))];
    const r = build({ members });
    expect(product(r, 'amazon:B0MINE0001').priceStanding).toMatchObject({ rank: 2, of: 2, excludedOtherCurrency: 1 });
    expect(product(r, 'amazon:B0COMPA001').priceStanding).toBeUndefined();
    expect(notesOf(r, 'prices')).toEqual(expect.arrayContaining([
      expect.stringMatching(/in GBP, USD and no exchange rate/),
      expect.stringMatching(/^amazon:B0COMPA001: no other price in the same currency/),
    ]));
    // With 1 USD = 0.8 GBP: $25 → £20 ties mine, so mine shares rank 2 of 3 with it.
    const withRates = build({ members, rates: [{ from: 'USD', to: 'GBP', rate: 0.8, asOf: '2026-11-01' }] });
    expect(product(withRates, 'amazon:B0MINE0001').priceStanding).toMatchObject({ rank: 2, of: 3, converted: true });
    expect(notesOf(withRates, 'prices').some((n) => /exchange rate/.test(n))).toBe(false);
  });

  it('fewer than two prices: no standing, no bands, a note; a range-only page compares its low end', () => {
    const r = build({ members: [mine(read('B0MINE0001', { price: gbp(20) })), comp(read('B0COMPA001', {}))] });
    expect(r.products.every((p) => p.priceStanding === undefined)).toBe(true);
    expect(r.priceBands).toBeUndefined();
    expect(notesOf(r, 'prices')).toEqual([expect.stringMatching(/^amazon:B0COMPA001: no price on the page/), expect.stringMatching(/^Only 1 product\(s\) with a price/)]);
    const ranged = build({ members: [mine(read('B0MINE0001', { price: gbp(20) })), comp(read('B0COMPA001', { priceRange: { min: gbp(15), max: gbp(40) } }))] });
    expect(product(ranged, 'amazon:B0MINE0001').priceStanding).toMatchObject({ rank: 2, of: 2, cheapest: gbp(15) });
  });

  it('a search page gives the bands from its results, mine placed among them', () => {
    const results = [5, 12, 14, 18, 21, 35].map((amount, i) => ({ position: i + 1, id: `B0RES0000${i}`, title: `r${i}`, price: gbp(amount), sponsored: false }));
    const search: PageRead = { ...read('S', {}), pageKind: 'search', product: undefined, results };
    const r = build({ members: [mine(read('B0MINE0001', { price: gbp(20) })), comp(read('B0COMPA001', { price: gbp(10) }))], search });
    expect(r.priceBands).toMatchObject({ count: 6, min: 5, max: 35 });
    const band = r.priceBands!.bands[r.priceBands!.userBand!]!;
    expect(band.from <= 20 && 20 < band.to).toBe(true);
    expect(notesOf(r, 'prices')).toEqual([]);
  });
});

describe('buildReport: FABE gap, reviews', () => {
  const bullets = (...b: string[]) => ({ bullets: b });
  it('compares the user listing with competitors; without a user product there is no matrix and a note', () => {
    const members = [
      mine(read('B0MINE0001', bullets('Stretch fabric: fits chairs 40–50 cm wide, so it stays put'))),
      comp(read('B0COMPA001', bullets('Waterproof coating protects the seat from spills, so cleaning takes seconds'))),
    ];
    const r = build({ members });
    expect(r.fabeGap?.products.map((p) => [p.productId, p.mine])).toEqual([['B0MINE0001', true], ['B0COMPA001', false]]);
    // Only the competitor speaks of waterproofing: the theme the user's listing lacks.
    expect(r.fabeGap?.missingFromMine).toEqual(['waterproof']);
    const none = build({ members: members.map((m) => ({ ...m, role: 'competitor' as const })) });
    expect(none.fabeGap).toBeUndefined();
    expect(notesOf(none, 'fabe-gap')).toEqual(expect.arrayContaining([expect.stringMatching(/No product in the group is marked as yours/)]));
  });

  it('analyses the reviews of every read of a product, each review once; no reviews is a note', () => {
    const review = (id: string, body: string): Review => ({ id, rating: 5, body });
    const page = read('B0MINE0001', { price: gbp(20) });
    const withReviews = { ...page, reviews: [review('R1', 'Fits well'), review('R2', 'Looks great')] };
    const reviewPage: PageRead = { ...page, pageKind: 'reviews', reviews: [review('R2', 'Looks great'), review('R3', 'Soft fabric')] };
    const r = build({ members: [mine(withReviews), mine(reviewPage), comp(read('B0COMPA001', {}))] });
    expect(r.products).toHaveLength(2);
    expect(product(r, 'amazon:B0MINE0001').reviews?.reviewCount).toBe(3);
    expect(product(r, 'amazon:B0COMPA001').reviews).toBeUndefined();
    expect(notesOf(r, 'reviews')).toEqual([expect.stringMatching(/^amazon:B0COMPA001: no reviews on the page/)]);
  });
});

describe('buildReport: changes since and promotion history', () => {
  const coupon = { kind: 'coupon' as const, text: 'Save 10% with coupon' };
  const history = [
    read('B0MINE0001', { price: gbp(25) }, '2026-11-01T10:00:00.000Z'),
    read('B0MINE0001', { price: gbp(22), promotions: [coupon] }, '2026-11-10T10:00:00.000Z'),
  ];
  const latest = read('B0MINE0001', { price: gbp(20) }, '2026-11-20T10:00:00.000Z');

  it.each<[string, string, string | undefined, RegExp | undefined]>([
    // Newest snapshot at or before 5 Nov is 1 Nov: £25 → £20.
    ['a date between snapshots counts from the one before it', '2026-11-05T00:00:00Z', '2026-11-01T10:00:00.000Z', undefined],
    ['a date on a snapshot counts from that snapshot', '2026-11-10T10:00:00Z', '2026-11-10T10:00:00.000Z', undefined],
    ['a date before every snapshot counts from the oldest, with a note', '2026-10-01T00:00:00Z', '2026-11-01T10:00:00.000Z', /no snapshot at or before the chosen date; changes count from the first one after it \(2026-11-01 10:00 UTC\)$/],
    ['a date after the newest: nothing seen since', '2026-12-01T00:00:00Z', undefined, /no snapshot after the chosen date \(the newest is from 2026-11-20 10:00 UTC\)/],
  ])('%s', (_name, since, from, note) => {
    const r = build({ members: [mine(latest, history)], since });
    const changes = r.products[0]!.changes;
    expect(changes?.from).toBe(from);
    if (from) expect(changes?.to).toBe('2026-11-20T10:00:00.000Z');
    if (from === '2026-11-01T10:00:00.000Z') expect(changes?.changes.find((c) => c.field === 'price')).toMatchObject({ delta: -5, deltaPct: -20 });
    expect(notesOf(r, 'changes')).toEqual(note ? [expect.stringMatching(note)] : []);
    expect(r.since).toBe(new Date(since).toISOString());
  });

  it('no date: a note; no history at all (the command line): a different note, per product for promotions', () => {
    expect(notesOf(build({ members: [mine(latest, history)] }), 'changes')).toEqual(['No date was chosen, so the report shows no changes']);
    const cli = build({ members: [mine(latest), comp(read('B0COMPA001', {}))] });
    expect(notesOf(cli, 'changes')).toEqual([expect.stringMatching(/^No product has stored history/)]);
    expect(notesOf(cli, 'promotions')).toHaveLength(2);
    expect(cli.products.every((p) => p.promotionHistory === undefined && p.changes === undefined)).toBe(true);
    const since = build({ members: [mine(latest)], since: '2026-11-05' });
    expect(notesOf(since, 'changes')).toEqual([expect.stringMatching(/^amazon:B0MINE0001: no stored history/)]);
  });

  it('promotion history runs over the stored snapshots plus the read: the coupon seen on 10 Nov only', () => {
    const h = build({ members: [mine(latest, history)] }).products[0]!.promotionHistory!;
    expect([h.productKey, h.snapshots]).toEqual(['amazon:B0MINE0001', 3]);
    expect(h.spans).toEqual([expect.objectContaining({ text: coupon.text, firstSeen: '2026-11-10T10:00:00.000Z', goneBy: '2026-11-20T10:00:00.000Z' })]);
  });

  it("a stored state's last-seen time (an unchanged re-read on 15 Nov) is the coupon's last sighting, as in the Competitors tab", () => {
    const lastSeen = { '2026-11-10T10:00:00.000Z': Date.parse('2026-11-15T09:00:00.000Z') };
    const h = build({ members: [{ ...mine(latest, history), lastSeen }] }).products[0]!.promotionHistory!;
    expect(h.spans).toEqual([expect.objectContaining({ firstSeen: '2026-11-10T10:00:00.000Z', lastSeen: '2026-11-15T09:00:00.000Z', goneBy: '2026-11-20T10:00:00.000Z' })]);
  });
});
