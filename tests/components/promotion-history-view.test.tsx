// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { storePageRead, trackProduct } from '../../lib/db';
import { amazonRead, at, T0 } from '../db/history-fixture';
import { openTestDb } from '../db/helpers';
import { datasets, mountHistory, type MountedHistory } from './history-harness';
import { i18nFor } from './render';

/**
 * 活动复盘 in the Competitors view, over snapshots written by the real capture path: a
 * competitor's coupon starts on visit 1, is seen unchanged on visit 2 (no new snapshot, its
 * last-seen time moves) and is gone on visit 3.
 */
let mounted: MountedHistory | undefined;
afterEach(() => {
  mounted?.cleanup();
  mounted = undefined;
  document.body.replaceChildren();
});

const COUPON = { kind: 'coupon', text: 'Save 15% with coupon' } as const;
const words = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  for (const time of Array.from(copy.querySelectorAll('time'))) time.replaceWith(`[${time.getAttribute('datetime')}]`);
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
};

async function competitorWithCoupon(withPromotions: boolean) {
  const db = openTestDb();
  await storePageRead(db, 1, amazonRead('B0COMP0001', 0, 30));
  await trackProduct(db, { productKey: 'amazon:B0COMP0001', role: 'competitor', groupName: 'Chargers' }, { now: T0, newId: () => 'g1' });
  const promo = withPromotions ? { promotions: [COUPON] } : {};
  await storePageRead(db, 2, amazonRead('B0COMP0001', 1, 25, promo));
  await storePageRead(db, 3, amazonRead('B0COMP0001', 2, 25, promo));
  await storePageRead(db, 4, amazonRead('B0COMP0001', 3, 30));
  return db;
}

describe('Competitors view: promotion history', () => {
  it('shows the coupon from the stored snapshots, its end bounded by the unchanged re-read', async () => {
    const db = await competitorWithCoupon(true);
    expect((await db.snapshots.toArray()).map((s) => [s.readAt, new Date(s.lastSeenMs).toISOString()])).toEqual([
      [at(0), at(0)],
      [at(1), at(2)],
      [at(3), at(3)],
    ]);
    mounted = mountHistory({ db, view: 'history', i18n: i18nFor('en') });
    const view = mounted.history();
    await expect.poll(() => view.querySelectorAll('[data-testid="promo-span"]').length).toBe(1);
    expect(words(view.querySelector('[data-testid="product-promotions"] h3')!)).toBe('Promotion history');
    expect(datasets(view, '[data-testid="promo-span"]')).toEqual([
      { testid: 'promo-span', type: 'promotion', kind: 'coupon', firstSeen: at(1), goneBy: at(3), priceBefore: '30 USD' },
    ]);
    expect(words(view.querySelector('[data-testid="promo-started"]')!)).toBe(`between [${at(0)}] and [${at(1)}]`);
    expect(words(view.querySelector('[data-testid="promo-ended"]')!)).toBe(`between [${at(2)}] and [${at(3)}]`);
    expect(words(view.querySelector('[data-testid="promo-during"]')!)).toBe('$25.00');
  });

  it('says none were seen, in Chinese, when the snapshots show no promotion', async () => {
    const db = await competitorWithCoupon(false);
    mounted = mountHistory({ db, view: 'history', i18n: i18nFor('zh_CN') });
    const view = mounted.history();
    // Without the coupon the price still changed twice: three snapshots.
    await expect.poll(() => view.querySelector('[data-testid="promo-empty"]')?.textContent).toBe('还没有看到促销活动或标识（已查看 3 个快照）。');
    expect(words(view.querySelector('[data-testid="product-promotions"] h3')!)).toBe('活动复盘');
  });
});
