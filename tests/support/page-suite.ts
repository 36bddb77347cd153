import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/marketplaces/run-reader';
import { PageReadSchema } from '../../lib/schema';
import { compareWithKey } from './compare-key';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON, type AnswerKey } from './shared-fixtures';

/** Fields where we are sure the answer key is wrong, with the reason (kept in the test file). */
export type KeyDisagreements = Record<string, Record<string, string>>;

const FIXED_NOW = new Date('2026-11-26T00:00:00Z');

/**
 * Where a page with no address of its own (the key's url is null: the JD goods-list
 * fragment that search.jd.com's s_new.php returns) is read, as `audit --url` would.
 */
const NO_URL_FALLBACK: Record<string, string> = {
  amazon: 'https://www.amazon.com/s',
  jd: 'https://search.jd.com/s_new.php',
  taobao: 'https://s.taobao.com/search',
  tmall: 'https://list.tmall.com/search_product.htm',
};

/**
 * One test per real saved page whose path starts with `prefix`: read it as the content
 * script would at the key's URL, validate against the schema, compare with the key.
 */
export function describeRealPages(prefix: string, disagreements: KeyDisagreements = {}): void {
  if (!HAVE_SHARED_FIXTURES) {
    describe.skip(`real pages ${prefix}`, () => it('skipped', () => undefined));
    console.warn(`[skip] ${prefix}: ${SKIP_REASON}`);
    return;
  }
  const keys = answerKeys(prefix.split('/')[0]!).filter((k) => k.file.startsWith(prefix));
  describe(`real pages: ${prefix}`, () => {
    it('has pages to test', () => expect(keys.length).toBeGreaterThan(0));
    it.each(keys.map((k) => [k.file, k] as [string, AnswerKey]))('%s', (file, key) => {
      const url = key.url ?? NO_URL_FALLBACK[key.marketplace]!;
      const { document, close } = loadSavedPage(file, url);
      try {
        const read = readPage(document, url, FIXED_NOW);
        expect(PageReadSchema.safeParse(read).success).toBe(true);
        const skip = new Set(Object.keys(disagreements[file] ?? {}));
        expect(compareWithKey(read, key, skip)).toEqual([]);
      } finally {
        close();
      }
    });
  });
}
