// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contentReader } from '../../lib/content/content-reader';
import { amazonAdapter } from '../../lib/marketplaces/amazon';
import { jdAdapter } from '../../lib/marketplaces/jd';
import { taobaoAdapter, tmallAdapter } from '../../lib/marketplaces/taobao';
import type { MarketplaceAdapter } from '../../lib/marketplaces/types';

const NOW = new Date('2026-11-26T08:00:00Z');
const doc = () => document.implementation.createHTMLDocument('page');

/** A hand-made adapter whose behaviour the test controls (the real ones are tested elsewhere). */
function fakeAdapter(overrides: Partial<MarketplaceAdapter> = {}): MarketplaceAdapter {
  return {
    id: 'jd',
    matches: ['https://*.jd.com/*'],
    owns: (url) => url.hostname.endsWith('.jd.com'),
    detect: (url) => (url.pathname.endsWith('.html') ? 'product' : 'search'),
    read: (_doc, url, kind) => ({ marketplace: 'jd', pageKind: kind, url: url.href, locale: 'zh-CN', product: kind === 'product' ? { id: '917461' } : undefined, issues: [] }),
    lateParts: (kind) => (kind === 'product' ? ['.product-price--value'] : []),
    ...overrides,
  };
}

describe('contentReader', () => {
  it('reads with the adapter that owns the address, stamped and validated', () => {
    const reader = contentReader([fakeAdapter()], () => NOW);
    expect(reader.read(doc(), 'https://item.jd.com/917461.html')).toMatchObject({
      version: 1,
      marketplace: 'jd',
      pageKind: 'product',
      url: 'https://item.jd.com/917461.html',
      readAt: '2026-11-26T08:00:00.000Z',
      product: { id: '917461' },
    });
  });

  it('reads nothing where none of its adapters owns the address', () => {
    const reader = contentReader([fakeAdapter()]);
    expect(reader.read(doc(), 'https://www.amazon.com/dp/B0BYNZ6B6Y')).toBeUndefined();
    expect(reader.read(doc(), 'not a url')).toBeUndefined();
    expect(reader.lateParts(doc(), 'https://www.amazon.com/dp/B0BYNZ6B6Y')).toEqual([]);
  });

  it('names the late parts of the page kind the adapter detects', () => {
    const reader = contentReader([fakeAdapter()]);
    expect(reader.lateParts(doc(), 'https://item.jd.com/917461.html')).toEqual(['.product-price--value']);
    expect(reader.lateParts(doc(), 'https://search.jd.com/Search?keyword=123')).toEqual([]);
    expect(contentReader([fakeAdapter({ lateParts: undefined })]).lateParts(doc(), 'https://item.jd.com/1.html')).toEqual([]);
  });

  it('turns a reader that throws into a read with the failure as an issue', () => {
    const reader = contentReader([fakeAdapter({ read: () => { throw new Error('layout changed'); } })], () => NOW);
    const read = reader.read(doc(), 'https://item.jd.com/917461.html');
    expect(read).toMatchObject({ marketplace: 'jd', pageKind: 'unsupported' });
    expect(read?.issues).toEqual([expect.objectContaining({ field: 'page', severity: 'unparseable', message: expect.stringContaining('layout changed') })]);
  });

  // What each content script bundles (entrypoints/*.content.ts): only its own marketplaces.
  it.each<[string, MarketplaceAdapter[], string, string | undefined]>([
    ['taobao.content', [taobaoAdapter, tmallAdapter], 'https://item.taobao.com/item.htm?id=538429031287', 'taobao'],
    ['taobao.content', [taobaoAdapter, tmallAdapter], 'https://detail.tmall.com/item.htm?id=605258110430', 'tmall'],
    ['taobao.content', [taobaoAdapter, tmallAdapter], 'https://detail.tmall.hk/hk/item.htm?id=1', 'tmall'],
    ['taobao.content', [taobaoAdapter, tmallAdapter], 'https://item.jd.com/917461.html', undefined],
    ['jd.content', [jdAdapter], 'https://item.jd.com/917461.html', 'jd'],
    ['jd.content', [jdAdapter], 'https://npcitem.jd.hk/100012.html', 'jd'],
    ['jd.content', [jdAdapter], 'https://www.amazon.com/dp/B0BYNZ6B6Y', undefined],
    ['amazon.content', [amazonAdapter], 'https://www.amazon.co.jp/dp/B0BYNZ6B6Y', 'amazon'],
    ['amazon.content', [amazonAdapter], 'https://item.taobao.com/item.htm?id=1', undefined],
  ])('%s reads %s as %s', (_script, adapters, href, marketplace) => {
    expect(contentReader(adapters, () => NOW).read(doc(), href)?.marketplace).toBe(marketplace);
  });
});
