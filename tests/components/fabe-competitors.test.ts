import { describe, expect, it } from 'vitest';
import { MAX_COMPETITORS, pickCompetitors, pickSearch, primaryLanguage, searchIds } from '../../components/fabe/competitors';
import type { PageRead } from '../../lib/schema';
import { productRead, searchRead } from '../db/fixtures/sample-reads';

const product = (id: string, overrides: Partial<PageRead> = {}) => productRead({ url: `https://www.amazon.com/dp/${id}`, ...overrides }, { id, title: `P ${id}` });
const search = (url: string, ids: string[]) =>
  searchRead({ url, results: ids.map((id, i) => ({ position: ids.length - i, id, title: id, sponsored: false })) });

describe('pickSearch', () => {
  it('takes the newest open search that lists the product, else the newest', () => {
    const a = search('https://www.amazon.com/s?k=a', ['B0A', 'B0B']);
    const b = search('https://www.amazon.com/s?k=b', ['B0MINE', 'B0C']);
    const c = search('https://www.amazon.com/s?k=c', ['B0MINE']);
    expect(pickSearch([a, b, c], 'B0MINE')?.url).toBe('https://www.amazon.com/s?k=b');
    expect(pickSearch([a, b], 'B0OTHER')?.url).toBe('https://www.amazon.com/s?k=a');
    expect(pickSearch([], 'B0MINE')).toBeUndefined();
  });
});

describe('searchIds', () => {
  it('gives the results in position order without the product itself', () => {
    // Listed in reverse position order above: B0C is position 1.
    expect(searchIds(search('https://www.amazon.com/s?k=b', ['B0A', 'B0MINE', 'B0C']), 'B0MINE')).toEqual(['B0C', 'B0A']);
    expect(searchIds(undefined, 'B0MINE')).toEqual([]);
  });
});

describe('pickCompetitors', () => {
  const mine = product('B0MINE');
  it('puts the opened search results first (with their position), then recent products, each once', () => {
    const s = searchRead({ url: 'https://www.amazon.com/s?k=x', results: [
      { position: 1, id: 'B0S1', title: 's1', sponsored: false },
      { position: 2, id: 'B0MINE', title: 'mine', sponsored: false },
      { position: 3, id: 'B0S2', title: 's2', sponsored: false },
      { position: 4, id: 'B0S3', title: 's3 (never opened)', sponsored: false },
    ] });
    const { picks, searchUnread } = pickCompetitors(mine, { search: s, fromSearch: [product('B0S1'), product('B0S2')], recent: [product('B0S2'), product('B0MINE'), product('B0R1')] });
    expect(picks.map((p) => [p.read.product?.id, p.source, p.position])).toEqual([
      ['B0S1', 'search', 1],
      ['B0S2', 'search', 3],
      ['B0R1', 'recent', undefined],
    ]);
    expect(searchUnread).toBe(1);
  });

  it('leaves out other languages, other marketplaces and reads without a product', () => {
    const german = product('B0DE', { locale: 'de-DE', url: 'https://www.amazon.de/dp/B0DE' });
    const british = product('B0UK', { locale: 'en-GB', url: 'https://www.amazon.co.uk/dp/B0UK' });
    const jd = { ...product('100012345678'), marketplace: 'jd' as const };
    const { picks } = pickCompetitors(mine, { fromSearch: [], recent: [german, british, jd, searchRead()] });
    expect(picks.map((p) => p.read.product?.id)).toEqual(['B0UK']);
  });

  it('stops at the limit', () => {
    const recent = Array.from({ length: MAX_COMPETITORS + 3 }, (_, i) => product(`B0R${i}`));
    expect(pickCompetitors(mine, { fromSearch: [], recent }).picks).toHaveLength(MAX_COMPETITORS);
  });

  it.each([['en-US', 'en'], ['zh-CN', 'zh'], ['zh_TW', 'zh'], ['DE', 'de']])('primaryLanguage(%j) = %j', (locale, lang) => {
    expect(primaryLanguage(locale)).toBe(lang);
  });
});
