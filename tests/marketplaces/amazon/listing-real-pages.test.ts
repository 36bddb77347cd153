import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/marketplaces/run-reader';
import { PageReadSchema } from '../../../lib/schema';
import { compareListing, listingExpectations, type ListingExpectation } from '../../support/listing-expected';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, savedPages, SKIP_REASON } from '../../support/shared-fixtures';

const FIXED_NOW = new Date('2026-11-26T00:00:00Z');
const PREFIX = 'amazon/product/';
/** Listing parts whose absence is the normal state of a page: never a missing-optional issue. */
const NEVER_MISSING = ['richContent', 'variations', 'badges', 'promotions', 'questionCount', 'delivery', 'media.videoCount'].map((f) => `product.${f}`);

/**
 * The listing parts (issue #10) of every real Amazon product page against our own answer
 * key (tests/fixtures/listing-expected/amazon/product), one test per page, plus a test
 * that keeps the key complete. Skips, saying why, when the shared pages are absent.
 */
if (!HAVE_SHARED_FIXTURES) {
  describe.skip(`listing parts: ${PREFIX}`, () => it('skipped', () => undefined));
  console.warn(`[skip] listing parts ${PREFIX}: ${SKIP_REASON}`);
} else {
  const wants = listingExpectations('amazon').filter((w) => w.file.startsWith(PREFIX));
  const urls = new Map(answerKeys('amazon').map((k) => [k.file, k.url]));

  describe(`listing parts: ${PREFIX}`, () => {
    it('has an expectation for every real product page', () => {
      const pages = savedPages('amazon').filter((p) => p.startsWith(PREFIX));
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.filter((p) => !wants.some((w) => w.file === p))).toEqual([]);
      expect(wants.filter((w) => !pages.includes(w.file)).map((w) => w.file)).toEqual([]);
    });

    it.each(wants.map((w) => [w.file, w] as [string, ListingExpectation]))('%s', (file, want) => {
      const url = urls.get(file);
      expect(url, `${file} has no URL in the shared answer key`).toBeTruthy();
      const { document, close } = loadSavedPage(file, url!);
      try {
        const read = readPage(document, url!, FIXED_NOW);
        expect(PageReadSchema.safeParse(read).error).toBeUndefined();
        expect(compareListing(read.product, want)).toEqual([]);
        expect(read.issues.filter((i) => NEVER_MISSING.includes(i.field) && i.severity === 'missing-optional')).toEqual([]);
        // An expected image count is read, so no missing-count issue may stand beside it.
        if (want.media?.imageCount !== undefined) expect(read.issues.map((i) => i.field)).not.toContain('product.media.imageCount');
      } finally {
        close();
      }
    });
  });
}
