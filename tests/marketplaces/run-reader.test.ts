import { describe, expect, it } from 'vitest';
import { readPage, readWith, UnknownMarketplaceError, validate } from '../../lib/marketplaces/run-reader';
import type { AdapterRead, MarketplaceAdapter } from '../../lib/marketplaces/types';
import { PageReadSchema } from '../../lib/schema';
import { htmlDoc } from '../support/html';

const NOW = new Date('2026-11-26T10:00:00Z');
const URL_ = new URL('https://www.amazon.com/dp/B000000001');

function fakeAdapter(read: () => AdapterRead): MarketplaceAdapter {
  return { id: 'amazon', matches: [], owns: () => true, detect: () => 'product', read };
}

const base: AdapterRead = {
  marketplace: 'amazon',
  pageKind: 'product',
  url: URL_.href,
  locale: 'en-US',
  issues: [],
};

describe('readWith', () => {
  it('stamps version and readAt and validates', () => {
    const read = readWith(fakeAdapter(() => ({ ...base, product: { id: 'B000000001', title: 'T' } })), htmlDoc(''), URL_, NOW);
    expect(read.readAt).toBe('2026-11-26T10:00:00.000Z');
    expect(read.version).toBe(1);
    expect(read.product?.title).toBe('T');
  });

  it('turns a reader crash into an issue on a valid read', () => {
    const read = readWith(fakeAdapter(() => { throw new Error('boom'); }), htmlDoc(''), URL_, NOW);
    expect(read.pageKind).toBe('unsupported');
    expect(read.issues[0]).toMatchObject({ field: 'page', severity: 'unparseable' });
    expect(read.issues[0]!.message).toContain('boom');
  });

  it.each([
    ['a rating above 5', { rating: 6 }, 'product.rating'],
    ['a negative price', { price: { amount: -1, currency: 'USD' } }, 'product.price'],
    ['a lowercase currency', { listPrice: { amount: 1, currency: 'usd' } }, 'product.listPrice'],
    ['a 30 000-character title', { title: 'x'.repeat(30_000) }, 'product.title'],
  ])('drops %s and reports it', (_label, extra, field) => {
    const read = readWith(
      fakeAdapter(() => ({ ...base, product: { id: 'B000000001', title: 'ok', ...extra } })),
      htmlDoc(''), URL_, NOW,
    );
    expect(read.issues.map((i) => i.field)).toContain(field);
    expect(read.product?.id).toBe('B000000001');
    expect(PageReadSchema.safeParse(read).success).toBe(true);
  });

  it('drops only the invalid search results, keeping the others in order', () => {
    const results = [1, 2, 3, 4].map((position) => ({ position, id: `B00000000${position}`, title: `t${position}`, sponsored: false }));
    (results[1] as { id: string }).id = '';
    (results[3] as { position: number }).position = -4;
    const read = readWith(fakeAdapter(() => ({ ...base, pageKind: 'search', results })), htmlDoc(''), URL_, NOW);
    expect(read.results?.map((r) => r.position)).toEqual([1, 3]);
    expect(read.issues.map((i) => i.field)).toEqual(['results.1.id', 'results.3.position']);
  });

  it('falls back to "und" for a nonsense locale and truncates a huge URL', () => {
    const read = readWith(fakeAdapter(() => ({ ...base, locale: '<script>', url: `https://www.amazon.com/${'a'.repeat(5000)}` })), htmlDoc(''), URL_, NOW);
    expect(read.locale).toBe('und');
    expect(read.url.length).toBe(4000);
  });
});

describe('validate', () => {
  it('throws when the top level itself is invalid (programming error, not page data)', () => {
    expect(() => validate({ marketplace: 'ebay' })).toThrow();
  });
});

describe('readPage', () => {
  it('refuses a URL no adapter owns', () => {
    expect(() => readPage(htmlDoc(''), 'https://www.example.com/')).toThrow(UnknownMarketplaceError);
  });

  it('reads a captcha page as blocked with no product', () => {
    const doc = htmlDoc('<title>Robot Check</title><form action="/errors/validateCaptcha"></form>');
    const read = readPage(doc, 'https://www.amazon.com/dp/0001982389', NOW);
    expect(read).toMatchObject({ marketplace: 'amazon', pageKind: 'blocked', blockedReason: 'captcha' });
    expect(read.product).toBeUndefined();
  });
});
