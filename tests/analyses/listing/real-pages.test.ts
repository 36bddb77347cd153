import { describe, expect, it } from 'vitest';
import { canScoreListing, scoreListing } from '../../../lib/analyses/listing';
import { readPage } from '../../../lib/marketplaces/run-reader';
import { ListingScoreSchema, type ListingScore } from '../../../lib/schema';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON, type AnswerKey } from '../../support/shared-fixtures';

/**
 * Every real saved product and review page (../shared/fixtures): read it, score it, and
 * check the score is valid, its total the visible sum of its checks, and never above 100.
 * Where the independent answer key records a rating, a ratings count or a bullet count,
 * the band the score puts it in is worked out from the key's value, not from our reader.
 */

const FIXED_NOW = new Date('2026-11-26T00:00:00Z');
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function scorable(): [string, AnswerKey][] {
  return (['amazon', 'taobao', 'tmall', 'jd'] as const)
    .flatMap((m) => answerKeys(m))
    .filter((k) => (k.pageKind === 'product' || k.pageKind === 'reviews') && k.url && k.product)
    .map((k) => [k.file, k]);
}

/** Bands of norms.ts applied to the key's own values. */
const ratingBand = (r: number) => (r >= 4.3 ? 'pass' : r >= 4 ? 'warn' : 'fail');
const countBand = (n: number) => (n >= 100 ? 'pass' : n >= 10 ? 'warn' : 'fail');
const bulletBand = (n: number) => (n >= 5 ? 'pass' : n >= 3 ? 'warn' : 'fail');

describe.runIf(HAVE_SHARED_FIXTURES)('listing score over the real saved pages', () => {
  const pages = scorable();

  it('has product pages of all four marketplaces and review pages', () => {
    expect(new Set(pages.map(([, k]) => k.marketplace))).toEqual(new Set(['amazon', 'taobao', 'tmall', 'jd']));
    expect(pages.some(([, k]) => k.pageKind === 'reviews')).toBe(true);
  });

  it.each(pages)('%s', (file, key) => {
    const { document, close } = loadSavedPage(file, key.url!);
    let s: ListingScore;
    try {
      const read = readPage(document, key.url!, FIXED_NOW);
      expect(canScoreListing(read)).toBe(true);
      s = scoreListing(read);
    } finally {
      close();
    }
    expect(ListingScoreSchema.safeParse(s).success).toBe(true);
    expect(s.total).toBeCloseTo(sum(s.checks.map((c) => c.earned)), 9);
    expect(s.max).toBeCloseTo(sum(s.checks.map((c) => c.weight)), 9);
    expect(s.max).toBeLessThanOrEqual(100);
    expect(s.percent).toBe(s.max > 0 ? Math.round((s.total / s.max) * 100) : undefined);
    for (const c of s.checks) {
      expect(c.message.zh.length * c.message.en.length).toBeGreaterThan(0);
      expect(c.source?.length ?? 0).toBeGreaterThan(0);
      if (c.status === 'unknown') expect([c.weight, c.earned]).toEqual([0, 0]);
      if (c.status === 'warn' || c.status === 'fail') expect(c.fix).toBeDefined();
    }

    const status = (rule: string) => s.checks.find((c) => c.rule === rule)?.status;
    const p = key.product!;
    if (p.title) expect(status('listing.title.score')).not.toBe('unknown');
    if (p.rating !== null && key.marketplace !== 'taobao' && key.marketplace !== 'tmall') {
      expect(status('listing.reviews.rating')).toBe(p.reviewCount === 0 ? 'unknown' : ratingBand(p.rating));
    }
    if (p.reviewCount !== null) expect(status('listing.reviews.count')).toBe(countBand(p.reviewCount));
    if (key.marketplace === 'amazon' && key.pageKind === 'product' && p.bulletsCount > 0) expect(status('listing.bullets.count')).toBe(bulletBand(p.bulletsCount));
    if (key.marketplace !== 'amazon') expect(s.checks.some((c) => c.section === 'bullets')).toBe(false);
    if (key.pageKind === 'reviews') {
      expect(s.checks.filter((c) => c.status !== 'unknown').every((c) => c.section === 'title' || c.section === 'reviews')).toBe(true);
    }
  });
});

describe.skipIf(HAVE_SHARED_FIXTURES)('listing score over the real saved pages', () => {
  it('is skipped', () => console.log(`[listing real pages] skipped: ${SKIP_REASON}`));
});
