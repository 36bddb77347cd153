import { describe, expect, it } from 'vitest';
import { promotionHistory, promotionHistoryOfRows } from '../../../lib/analyses/history/promotions';
import { PromotionHistorySchema, type Badge, type Money, type PageRead, type Promotion, type PromotionSpan } from '../../../lib/schema';
import { productRead } from './reads';

/**
 * 活动复盘 worked by hand: each case lists its snapshots (time, price, what was shown) and
 * the spans a person reading them would write down.
 */
const KEY = 'amazon:B0TEST0001';
const usd = (amount: number): Money => ({ amount, currency: 'USD' });
const cny = (amount: number): Money => ({ amount, currency: 'CNY' });
const at = (day: number, time = '10:00:00') => `2025-03-${String(day).padStart(2, '0')}T${time}.000Z`;
const snap = (readAt: string, price: Money | undefined, promotions: Promotion[] = [], badges: Badge[] = []): PageRead =>
  productRead(readAt, { ...(price ? { price } : {}), ...(promotions.length ? { promotions } : {}), ...(badges.length ? { badges } : {}) });

const COUPON: Promotion = { kind: 'coupon', text: 'Save $2.00 with coupon' };
const BEST: Badge = { kind: 'best-seller', text: '#1 Best Seller in Power Banks' };
const promo = (text: string, extra: Partial<PromotionSpan> = {}): PromotionSpan => ({ type: 'promotion', kind: 'coupon', text, firstSeen: '', lastSeen: '', ...extra });

/** The coupon shown in snapshots 2–4 of 6. */
const SIX = [
  snap(at(1), usd(20)),
  snap(at(2), usd(18), [COUPON]),
  snap(at(3), usd(17.5), [COUPON]),
  snap(at(4), usd(19), [COUPON]),
  snap(at(5), usd(20)),
  snap(at(6), usd(21)),
];
const COUPON_2_TO_4 = promo(COUPON.text, {
  notSeenAt: at(1), firstSeen: at(2), lastSeen: at(4), goneBy: at(5),
  priceBefore: usd(20), priceDuringMin: usd(17.5), priceDuringMax: usd(19), priceAfter: usd(20),
});

const DEAL = (extra: Partial<Promotion>): Promotion => ({ kind: 'deal', text: 'Lightning Deal', ...extra });
const DEAL_SPAN = (statedEnd: string): PromotionSpan => ({
  type: 'promotion', kind: 'deal', text: 'Lightning Deal',
  notSeenAt: at(1, '09:00:00'), firstSeen: at(1), lastSeen: at(1, '12:00:00'), goneBy: at(1, '16:00:00'), statedEnd,
  priceBefore: usd(30), priceDuringMin: usd(22.99), priceDuringMax: usd(24), priceAfter: usd(30),
});

const THRESHOLD: Promotion = { kind: 'threshold', text: '满199减20' };

type Case = [name: string, reads: PageRead[], spans: PromotionSpan[], snapshots: number, from?: string, to?: string];
const CASES: Case[] = [
  ['a coupon seen in snapshots 2–4 of 6', SIX, [COUPON_2_TO_4], 6, at(1), at(6)],
  ['the same, given newest first', SIX.toReversed(), [COUPON_2_TO_4], 6, at(1), at(6)],
  [
    // 10:00 + 5 h 12 min 33 s was the first statement; the latest sighting (12:00 + 3:02:33) wins.
    'a deal with a countdown: the stated end is the latest sighting’s readAt + endsInSeconds',
    [snap(at(1, '09:00:00'), usd(30)), snap(at(1), usd(24), [DEAL({ endsInSeconds: 18_753 })]), snap(at(1, '12:00:00'), usd(22.99), [DEAL({ endsInSeconds: 10_953 })]), snap(at(1, '16:00:00'), usd(30))],
    [DEAL_SPAN('2025-03-01T15:02:33.000Z')],
    4, at(1, '09:00:00'), at(1, '16:00:00'),
  ],
  [
    'a deal whose page states an absolute end: endsAt wins over the countdown',
    [snap(at(1, '09:00:00'), usd(30)), snap(at(1), usd(24), [DEAL({ endsInSeconds: 18_753 })]), snap(at(1, '12:00:00'), usd(22.99), [DEAL({ endsAt: '2025-03-01T15:00:00.000Z', endsInSeconds: 99 })]), snap(at(1, '16:00:00'), usd(30))],
    [DEAL_SPAN('2025-03-01T15:00:00.000Z')],
    4, at(1, '09:00:00'), at(1, '16:00:00'),
  ],
  [
    'a badge that never ends: no lower bound, no end, no price after',
    [snap(at(1), usd(10), [], [BEST]), snap(at(2), usd(12), [], [BEST]), snap(at(3), usd(11), [], [BEST])],
    [{ type: 'badge', kind: 'best-seller', text: BEST.text, firstSeen: at(1), lastSeen: at(3), priceDuringMin: usd(10), priceDuringMax: usd(12) }],
    3, at(1), at(3),
  ],
  [
    'a promotion that ends and comes back is two spans, newest first',
    [snap(at(1), usd(20), [COUPON]), snap(at(2), usd(22)), snap(at(3), usd(19), [COUPON])],
    [
      promo(COUPON.text, { notSeenAt: at(2), firstSeen: at(3), lastSeen: at(3), priceBefore: usd(22), priceDuringMin: usd(19), priceDuringMax: usd(19) }),
      promo(COUPON.text, { firstSeen: at(1), lastSeen: at(1), goneBy: at(2), priceDuringMin: usd(20), priceDuringMax: usd(20), priceAfter: usd(22) }),
    ],
    3, at(1), at(3),
  ],
  [
    // The first priced sighting is in CNY: the USD price while shown is left out, not converted.
    'mixed currencies: the price during stays in the first sighting’s currency',
    [snap(at(1), cny(99)), snap(at(2), undefined, [THRESHOLD]), snap(at(3), cny(89), [THRESHOLD]), snap(at(4), usd(12.5), [THRESHOLD]), snap(at(5), cny(79), [THRESHOLD]), snap(at(6), usd(13.9))],
    [{ ...promo(THRESHOLD.text), kind: 'threshold', notSeenAt: at(1), firstSeen: at(2), lastSeen: at(5), goneBy: at(6), priceBefore: cny(99), priceDuringMin: cny(79), priceDuringMax: cny(89), priceAfter: usd(13.9) }],
    6, at(1), at(6),
  ],
  ['no snapshots', [], [], 0],
  [
    'one snapshot: a coupon and a badge, promotion first, seen once',
    [snap(at(1), usd(20), [COUPON], [BEST])],
    [
      promo(COUPON.text, { firstSeen: at(1), lastSeen: at(1), priceDuringMin: usd(20), priceDuringMax: usd(20) }),
      { type: 'badge', kind: 'best-seller', text: BEST.text, firstSeen: at(1), lastSeen: at(1), priceDuringMin: usd(20), priceDuringMax: usd(20) },
    ],
    1, at(1), at(1),
  ],
  [
    'spacing and capitals do not split a promotion; the newest wording is shown',
    [snap(at(1), usd(20), [{ kind: 'coupon', text: 'save  $2.00 with COUPON' }]), snap(at(2), usd(20), [COUPON])],
    [promo(COUPON.text, { firstSeen: at(1), lastSeen: at(2), priceDuringMin: usd(20), priceDuringMax: usd(20) })],
    2, at(1), at(2),
  ],
  [
    'the same words as another kind are another promotion',
    [snap(at(1), usd(20), [COUPON]), snap(at(2), usd(20), [{ ...COUPON, kind: 'discount' }])],
    [
      promo(COUPON.text, { kind: 'discount', notSeenAt: at(1), firstSeen: at(2), lastSeen: at(2), priceBefore: usd(20), priceDuringMin: usd(20), priceDuringMax: usd(20) }),
      promo(COUPON.text, { firstSeen: at(1), lastSeen: at(1), goneBy: at(2), priceDuringMin: usd(20), priceDuringMax: usd(20), priceAfter: usd(20) }),
    ],
    2, at(1), at(2),
  ],
  [
    'a read of another product is not part of the history',
    [snap(at(1), usd(20)), productRead(at(2), { id: 'B0OTHER001', price: usd(5), promotions: [COUPON] }), snap(at(3), usd(20))],
    [],
    2, at(1), at(3),
  ],
];

describe('promotionHistory', () => {
  it.each(CASES)('%s', (_name, reads, spans, snapshots, from, to) => {
    const history = promotionHistory(KEY, reads);
    expect(history).toEqual({ productKey: KEY, snapshots, ...(from ? { from } : {}), ...(to ? { to } : {}), spans });
    expect(PromotionHistorySchema.parse(history)).toEqual(history);
  });

  it('takes the last time each state was seen from the stored rows', () => {
    // Snapshot 4's state was seen again that evening; snapshot 6's the next morning.
    const lastSeen = [undefined, undefined, undefined, Date.parse(at(4, '22:00:00')), undefined, Date.parse(at(7, '08:00:00'))];
    const history = promotionHistory(KEY, SIX, { lastSeenMs: lastSeen });
    expect(history.spans).toEqual([{ ...COUPON_2_TO_4, lastSeen: at(4, '22:00:00') }]);
    expect(history.to).toBe(at(7, '08:00:00'));
    const rows = SIX.map((read, i) => ({ read, ...(lastSeen[i] ? { lastSeenMs: lastSeen[i] } : {}) }));
    expect(promotionHistoryOfRows(KEY, rows)).toEqual(history);
  });

  it('ignores a last-seen time that reaches the next snapshot (a late, older read)', () => {
    const lastSeen = [undefined, undefined, undefined, Date.parse(at(5, '12:00:00'))];
    expect(promotionHistory(KEY, SIX, { lastSeenMs: lastSeen }).spans).toEqual([COUPON_2_TO_4]);
  });

  it('makes reads at the same instant one snapshot, the later in the input winning', () => {
    const reads = [snap(at(1), usd(20)), snap(at(2), usd(18), [COUPON]), snap(at(2), usd(18)), snap(at(3), usd(18), [COUPON])];
    expect(promotionHistory(KEY, reads)).toMatchObject({
      snapshots: 3,
      spans: [promo(COUPON.text, { notSeenAt: at(2), firstSeen: at(3), lastSeen: at(3), priceBefore: usd(18), priceDuringMin: usd(18), priceDuringMax: usd(18) })],
    });
  });
});
