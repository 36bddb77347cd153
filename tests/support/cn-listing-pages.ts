import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/marketplaces/run-reader';
import { PageReadSchema, type PageRead } from '../../lib/schema';
import { compareListing, listingExpectations, type ListingExpectation } from './listing-expected';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, savedPages, SKIP_REASON } from './shared-fixtures';

const FIXED_NOW = new Date('2026-11-26T00:00:00Z');
const LISTING_FIELDS = ['media', 'richContent', 'variations', 'badges', 'promotions', 'questionCount', 'delivery'].map((f) => `product.${f}`);

/**
 * One test per real saved product page of a Chinese marketplace with a listing expectation
 * (tests/fixtures/listing-expected/<marketplace>/product/…): read it at the shared key's URL
 * and list every compareListing mismatch; plus a test that fails when a real product page
 * has no expectation. Skips, saying why, when the shared fixtures are absent.
 */
export function describeListingPages(marketplace: 'jd' | 'taobao' | 'tmall', extra?: (file: string, read: PageRead) => void): void {
  const prefix = `${marketplace}/product/`;
  if (!HAVE_SHARED_FIXTURES) {
    describe.skip(`listing parts: ${prefix}`, () => it('skipped', () => undefined));
    console.warn(`[skip] listing parts ${prefix}: ${SKIP_REASON}`);
    return;
  }
  const wants = listingExpectations(marketplace);
  const urls = new Map(answerKeys(marketplace).map((k) => [k.file, k.url]));
  describe(`listing parts: ${prefix}`, () => {
    it('has an expectation for every real product page', () => {
      const pages = savedPages(marketplace).filter((p) => p.startsWith(prefix));
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.filter((p) => !wants.some((w) => w.file === p))).toEqual([]);
    });
    it.each(wants.map((w) => [w.file, w] as [string, ListingExpectation]))('%s', (file, want) => {
      const url = urls.get(file);
      expect(url, `${file} has no URL in the shared answer key`).toBeTruthy();
      const { document, close } = loadSavedPage(file, url!);
      try {
        const read = readPage(document, url!, FIXED_NOW);
        expect(PageReadSchema.safeParse(read).success).toBe(true);
        expect(compareListing(read.product, want)).toEqual([]);
        // Absence is normal for listing parts: never a missing-optional issue.
        expect(read.issues.filter((i) => LISTING_FIELDS.includes(i.field))).toEqual([]);
        extra?.(file, read);
      } finally {
        close();
      }
    });
  });
}
