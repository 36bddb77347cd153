import { describe, expect, it } from 'vitest';
import { competitorCandidates, minedTitles, TOP_SEARCH, TOP_SEEN } from '../../components/workbench/candidates';
import { keywordKey, decodeKeywordFile } from '../../components/workbench/keyword-text';
import { slotText, withSlotText } from '../../components/workbench/model';
import { blankDraft, draftFromProduct } from '../../entrypoints/sidepanel/draft-rows';
import { DraftRowSchema } from '../../lib/db';
import type { PageRead } from '../../lib/schema';
import { productRead, searchRead } from '../db/fixtures/sample-reads';

const search = (url: string, ids: string[], marketplace: PageRead['marketplace'] = 'amazon'): PageRead =>
  searchRead({
    url,
    marketplace,
    results: ids.map((id, i) => ({ position: i + 1, id, title: `Title ${id}`, sponsored: i === 0 })),
  });
const seen = (id: string, readAt: string, marketplace: PageRead['marketplace'] = 'amazon') =>
  productRead({ readAt, marketplace, url: `https://www.amazon.com/dp/${id}` }, { id, title: `Seen ${id}`, brand: 'Acme' });

describe('competitorCandidates', () => {
  it('takes the shown search’s top results first, then recently seen products, each product once', () => {
    const shown = search('https://www.amazon.com/s?k=a', ['A1', 'A2', 'A3']);
    const other = search('https://www.amazon.com/s?k=b', ['A2', 'B1']);
    const out = competitorCandidates({
      marketplace: 'amazon',
      shown,
      searches: [other, shown],
      seen: [seen('A1', '2026-11-02T00:00:00.000Z'), seen('C1', '2026-11-01T00:00:00.000Z')],
    });
    expect(out.map((c) => `${c.source}:${c.id}`)).toEqual(['search:A1', 'search:A2', 'search:A3', 'search:B1', 'seen:C1']);
    expect(out[0]).toMatchObject({ position: 1, sponsored: true });
    expect(out[4]).toMatchObject({ brand: 'Acme', readAt: Date.parse('2026-11-01T00:00:00.000Z') });
  });

  it('never lists the draft’s own product or the shown product (that one is "this page")', () => {
    const shown = seen('P1', '2026-11-03T00:00:00.000Z');
    const out = competitorCandidates({
      marketplace: 'amazon',
      ownProductId: 'OWN',
      shown,
      searches: [search('https://www.amazon.com/s?k=a', ['OWN', 'P1', 'X1'])],
      seen: [shown, seen('OWN', '2026-11-02T00:00:00.000Z')],
    });
    expect(out.map((c) => c.id)).toEqual(['X1']);
  });

  it(`keeps ${TOP_SEARCH} search results and ${TOP_SEEN} seen products, of the draft’s marketplace only`, () => {
    const ids = Array.from({ length: 30 }, (_, i) => `S${i}`);
    const out = competitorCandidates({
      marketplace: 'amazon',
      searches: [search('https://search.jd.com/Search?keyword=x', ['J1'], 'jd'), search('https://www.amazon.com/s?k=a', ids)],
      seen: [...Array.from({ length: 8 }, (_, i) => seen(`Z${i}`, '2026-11-01T00:00:00.000Z')), seen('J2', '2026-11-01T00:00:00.000Z', 'jd')],
    });
    expect(out.filter((c) => c.source === 'search').map((c) => c.id)).toEqual(ids.slice(0, TOP_SEARCH));
    expect(out.filter((c) => c.source === 'seen')).toHaveLength(TOP_SEEN);
    expect(out.some((c) => c.id.startsWith('J'))).toBe(false);
  });

  it('mines every search result and the seen products for suggestions, with positions', () => {
    const titles = minedTitles({ marketplace: 'amazon', searches: [search('https://www.amazon.com/s?k=a', ['A1', 'A2'])], seen: [seen('C1', '2026-11-01T00:00:00.000Z')] });
    expect(titles).toEqual([{ title: 'Title A1', position: 1 }, { title: 'Title A2', position: 2 }, { title: 'Seen C1' }]);
  });
});

describe('drafts from a product', () => {
  it('prefills an Amazon draft with the title, brand and five bullet slots, cut to what a draft holds', () => {
    const read = productRead({}, { title: 'T'.repeat(2500), brand: '  Anker  ', bullets: ['a', 'b'.repeat(3000), 'c', 'd', 'e', 'f'] });
    const d = draftFromProduct('d1', 'amazon', read.product!);
    expect(DraftRowSchema.safeParse(d).success).toBe(true);
    expect([d.title.length, d.name.length, d.brand, d.productId]).toEqual([2000, 80, 'Anker', 'B0BYNZ6B6Y']);
    expect(d.bullets.map((b) => b.length)).toEqual([1, 2000, 1, 1, 1]);
  });

  it('gives Chinese marketplaces no bullets and an empty draft a valid row', () => {
    const d = draftFromProduct('d2', 'jd', { id: '100012345678', title: '美的电热水壶', bullets: ['x'] });
    expect([d.bullets, d.brand]).toEqual([[], undefined]);
    expect(DraftRowSchema.safeParse(blankDraft('d3', 'taobao')).success).toBe(true);
    expect(blankDraft('d4', 'amazon').bullets).toEqual(['', '', '', '', '']);
  });

  it('reads and writes each slot, padding bullets as needed', () => {
    const d = withSlotText(blankDraft('d', 'jd'), 'bullet2', 'third');
    expect(d.bullets).toEqual(['', '', 'third']);
    expect(slotText(withSlotText(d, 'shortTitle', '短'), 'shortTitle')).toBe('短');
    expect(slotText(d, 'bullet7')).toBe('');
  });
});

describe('keyword text', () => {
  it.each([
    ['Garlic  Press', 'garlic press'],
    ['ＧＡＲＬＩＣ press', 'garlic press'],
    [' 压蒜器 ', '压蒜器'],
  ])('%j compares as %j', (input, key) => {
    expect(keywordKey(input)).toBe(key);
  });

  it('decodes a UTF-8 file (with or without BOM) and a GBK export', () => {
    const utf8 = new TextEncoder().encode('压蒜器,12000');
    expect(decodeKeywordFile(utf8)).toBe('压蒜器,12000');
    expect(decodeKeywordFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('压蒜器,12000');
    expect(decodeKeywordFile(new Uint8Array([0xd1, 0xb9, 0xcb, 0xe2, 0xc6, 0xf7]))).toBe('压蒜器');
  });
});
