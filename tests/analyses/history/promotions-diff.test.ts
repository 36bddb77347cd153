import { describe, expect, it } from 'vitest';
import { diffReads } from '../../../lib/analyses/history/diff-reads';
import { sinceLastVisit } from '../../../lib/analyses/history/since-last-visit';
import { normalisePromoText, promoKey, promoKeySet } from '../../../lib/analyses/history/promotion-key';
import type { FieldChange, Product } from '../../../lib/schema';
import { productRead } from './reads';

/** Promotions and badges in the "what changed" diff: one line per item that started or ended. */
const COUPON = { kind: 'coupon', text: '满199减20' } as const;
const DEAL = { kind: 'deal', text: '限时秒杀', endsInSeconds: 7_200, endsText: '距结束 02:00:00' } as const;
const GIFT = { kind: 'gift', text: '赠品：保温杯套' } as const;
const SELF = { kind: 'jd-self-operated', text: '京东自营' } as const;
const PLUS = { kind: 'jd-plus', text: 'PLUS会员专享' } as const;

const diff = (a: Partial<Product>, b: Partial<Product>) =>
  diffReads(productRead('2025-03-01T10:00:00.000Z', a, 'jd'), productRead('2025-03-02T10:00:00.000Z', b, 'jd')).changes;

describe('diffReads: promotions and badges', () => {
  it.each<[string, Partial<Product>, Partial<Product>, FieldChange[]]>([
    [
      'a coupon ended, a gift started, the deal only ticked down; one badge swapped for another',
      { promotions: [COUPON, DEAL], badges: [SELF] },
      { promotions: [{ ...DEAL, endsInSeconds: 60, endsText: '距结束 00:01:00' }, GIFT], badges: [PLUS] },
      [
        { field: 'promotions', kind: 'removed', before: '满199减20' },
        { field: 'promotions', kind: 'added', after: '赠品：保温杯套' },
        { field: 'badges', kind: 'removed', before: '京东自营' },
        { field: 'badges', kind: 'added', after: 'PLUS会员专享' },
      ],
    ],
    ['every promotion ended', { promotions: [COUPON, DEAL] }, {}, [
      { field: 'promotions', kind: 'removed', before: '满199减20' },
      { field: 'promotions', kind: 'removed', before: '限时秒杀' },
    ]],
    ['the first badge appeared', {}, { badges: [SELF] }, [{ field: 'badges', kind: 'added', after: '京东自营' }]],
    ['the same promotions in another order, spaced differently', { promotions: [COUPON, DEAL] }, { promotions: [DEAL, { ...COUPON, text: ' 满199减20 ' }] }, []],
    ['the same words as another kind', { promotions: [COUPON] }, { promotions: [{ ...COUPON, kind: 'threshold' }] }, [
      { field: 'promotions', kind: 'removed', before: '满199减20' },
      { field: 'promotions', kind: 'added', after: '满199减20' },
    ]],
  ])('%s', (_name, a, b, expected) => {
    expect(diff(a, b)).toEqual(expected);
  });

  it('lists them after coupons and before the rating', () => {
    const changes = diff({ coupons: [{ text: '满199减20' }], promotions: [COUPON], rating: 4.8 }, { badges: [SELF], rating: 4.7 });
    expect(changes.map((c) => `${c.field}:${c.kind}`)).toEqual(['coupons:removed', 'promotions:removed', 'badges:added', 'rating:changed']);
  });
});

describe('sinceLastVisit: promotions and badges', () => {
  it('ranks them after the prices and before availability', () => {
    const before = productRead('2025-03-01T10:00:00.000Z', { price: { amount: 99, currency: 'CNY' }, availability: '有货' }, 'jd');
    const after = productRead('2025-03-02T10:00:00.000Z', { price: { amount: 89, currency: 'CNY' }, availability: '仅剩3件', promotions: [COUPON], badges: [SELF] }, 'jd');
    expect(sinceLastVisit(before, after).lines.map((l) => `${l.group}:${l.field}:${l.kind}`)).toEqual([
      'price:price:changed',
      'promotions:promotions:added',
      'badges:badges:added',
      'availability:availability:changed',
    ]);
  });
});

describe('promotion identity', () => {
  it.each([
    ['  Save 5%\n with   coupon ', 'save 5% with coupon'],
    ['￥２０优惠券', '¥20优惠券'],
    ['满199减20', '满199减20'],
  ])('normalises %j to %j', (text, want) => {
    expect(normalisePromoText(text)).toBe(want);
  });

  it('keys by kind and normalised text, as a sorted set that is absent when empty', () => {
    expect(promoKey(COUPON)).toBe('coupon|满199减20');
    expect(promoKeySet([DEAL, COUPON, { ...COUPON, text: '满199减20 ' }])).toEqual(['coupon|满199减20', 'deal|限时秒杀']);
    expect(promoKeySet([])).toBeUndefined();
    expect(promoKeySet(undefined)).toBeUndefined();
  });
});
