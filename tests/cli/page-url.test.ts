import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtml, parseUntrustedHtml } from '../../lib/cli/load-page';
import { absoluteHttpUrl, discoverPageUrl, savedFromUrl, unwrapArchiveUrl, type FoundUrl } from '../../lib/cli/page-url';
import { rebuildAmazonUrl } from '../../lib/cli/rebuild-amazon-url';
import { detectAmazonPage } from '../../lib/marketplaces/amazon/detect';
import { adapterFor } from '../../lib/marketplaces/registry';
import { answerKeys, HAVE_SHARED_FIXTURES, readSavedBytes, SKIP_REASON, type AnswerKey } from '../support/shared-fixtures';

const open: (() => void)[] = [];
afterAll(() => open.forEach((close) => close()));

function parse(html: string): Document {
  const page = parseUntrustedHtml(html, 'about:blank');
  open.push(page.close);
  return page.document;
}

function discover(html: string, option?: string): FoundUrl | undefined {
  return discoverPageUrl(parse(html), html, option);
}

describe('discoverPageUrl on small pages', () => {
  const SAVED = '<!DOCTYPE html>\n<!-- saved from url=(0043)https://www.amazon.co.uk/dp/B000TEST01?th=1 -->\n';
  const CANONICAL = '<link rel="canonical" href="https://www.amazon.de/Thing/dp/B000TEST02">';
  const OG = '<meta property="og:url" content="https://www.amazon.fr/dp/B000TEST03">';
  it.each<[string, string, string | undefined, FoundUrl | undefined]>([
    ['--url beats everything', `${SAVED}<html><head>${CANONICAL}</head></html>`, 'https://www.amazon.com/dp/B000TEST00',
      { url: 'https://www.amazon.com/dp/B000TEST00', source: 'option' }],
    ['the saved-from mark beats the canonical link', `${SAVED}<html><head>${CANONICAL}${OG}</head></html>`, undefined,
      { url: 'https://www.amazon.co.uk/dp/B000TEST01?th=1', source: 'saved-from' }],
    ['the canonical link beats og:url', `<html><head>${OG}${CANONICAL}</head></html>`, undefined,
      { url: 'https://www.amazon.de/Thing/dp/B000TEST02', source: 'canonical' }],
    ['og:url alone', `<html><head>${OG}</head></html>`, undefined, { url: 'https://www.amazon.fr/dp/B000TEST03', source: 'og:url' }],
    ['a protocol-relative canonical link is https', '<link href="//item.taobao.com/item.html?id=538429031287" rel="canonical" />', undefined,
      { url: 'https://item.taobao.com/item.html?id=538429031287', source: 'canonical' }],
    ['rel holding several tokens, in capitals', '<link rel="Canonical alternate" href="https://www.amazon.it/dp/B000TEST04">', undefined,
      { url: 'https://www.amazon.it/dp/B000TEST04', source: 'canonical' }],
    ['entities in the canonical link are decoded', '<link rel="canonical" href="https://www.amazon.de/x/s?ie=UTF8&amp;page=1">', undefined,
      { url: 'https://www.amazon.de/x/s?ie=UTF8&page=1', source: 'canonical' }],
    ['a relative canonical link is no address (falls through to og:url)', `<link rel="canonical" href="/dp/B000TEST05">${OG}`, undefined,
      { url: 'https://www.amazon.fr/dp/B000TEST03', source: 'og:url' }],
    ['a javascript: canonical link is no address', '<link rel="canonical" href="javascript:alert(1)"><p>x</p>', undefined, undefined],
    ['a page with no clue at all', '<html><body><p>Hello</p></body></html>', undefined, undefined],
    ['an "about:internet" saved-from mark (IE) is no address', '<!-- saved from url=(0014)about:internet --><p>x</p>', undefined, undefined],
  ])('%s', (_name, html, option, expected) => {
    expect(discover(html, option)).toEqual(expected);
  });
});

describe('savedFromUrl / unwrapArchiveUrl', () => {
  it.each([
    ['<!-- saved from url=(0065)https://www.amazon.com/Some-Product/dp/B0DR8G428S/ref=sr_1_1?th=1 -->',
      'https://www.amazon.com/Some-Product/dp/B0DR8G428S/ref=sr_1_1?th=1'],
    ['<!DOCTYPE html>\r\n<!-- saved from url=(0076)https://web.archive.org/web/20210630171617/https://www.amazon.de/s?k=monitor -->',
      'https://www.amazon.de/s?k=monitor'],
    ['<html><!--saved from url=(0022)http://www.amazon.in/--><body>', 'http://www.amazon.in/'],
  ])('reads %j', (html, expected) => {
    expect(savedFromUrl(html)).toBe(expected);
  });

  it('ignores a saved-from mark buried deep in the page (quoted in page text)', () => {
    expect(savedFromUrl(`${'x'.repeat(20_000)}<!-- saved from url=(0023)https://www.amazon.com/ -->`)).toBeUndefined();
  });

  it.each([
    ['https://web.archive.org/web/20210630171617id_/https://www.amazon.de/s?k=monitor', 'https://www.amazon.de/s?k=monitor'],
    ['http://web.archive.org/web/2021/http://www.amazon.com/dp/B000000001', 'http://www.amazon.com/dp/B000000001'],
    ['https://www.amazon.com/dp/B000000001', 'https://www.amazon.com/dp/B000000001'],
  ])('unwraps %s', (url, expected) => {
    expect(unwrapArchiveUrl(url)).toBe(expected);
  });

  it.each<[string | undefined, string | undefined]>([
    ['https://www.amazon.com/dp/X', 'https://www.amazon.com/dp/X'],
    ['  //detail.tmall.com/item.htm?id=1 ', 'https://detail.tmall.com/item.htm?id=1'],
    ['/dp/X', undefined],
    ['ftp://www.amazon.com/', undefined],
    ['https://', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('absoluteHttpUrl(%j) → %j', (raw, expected) => {
    expect(absoluteHttpUrl(raw)).toBe(expected);
  });
});

describe('rebuildAmazonUrl on small pages', () => {
  const US_LINKS = '<a href="https://www.amazon.com/gp/cart">cart</a><a href="https://www.amazon.com/gp/help">help</a>';
  it.each<[string, string, string | undefined]>([
    ['a captcha: the requested path from the hidden amzn-r field',
      `${US_LINKS}<form action="/errors/validateCaptcha"><input type=hidden name="amzn-r" value="&#047;dp&#047;0001982389"></form>`,
      'https://www.amazon.com/dp/0001982389'],
    ['a product: input#ASIN of a page with a product title',
      `${US_LINKS}<span id="productTitle">Thing</span><input type="hidden" id="ASIN" value="B0DR8G428S">`,
      'https://www.amazon.com/dp/B0DR8G428S'],
    ['a hidden ASIN without product markup is no product',
      `${US_LINKS}<input type="hidden" id="ASIN" value="B0DR8G428S">`, 'https://www.amazon.com/'],
    ['a search: the keyword in the search box',
      `${US_LINKS}<input id="twotabsearchtextbox" value="portable charger"><div data-component-type="s-search-result"></div>`,
      'https://www.amazon.com/s?k=portable+charger'],
    ['a search: the keyword from the title when the box is empty',
      `<title>Amazon.co.jp : 千恋＊万花</title>${US_LINKS}<div data-component-type="s-search-result"></div>`,
      'https://www.amazon.com/s?k=%E5%8D%83%E6%81%8B%EF%BC%8A%E4%B8%87%E8%8A%B1'],
    ['a seller storefront: me= and marketplaceID from its own links',
      `<title>Amazon.com</title>${US_LINKS}<a href="/s?i=merchant-items&amp;me=A2DP2EEPU3VU45&amp;page=2&amp;marketplaceID=ATVPDKIKX0DER">2</a><div data-component-type="s-search-result"></div>`,
      'https://www.amazon.com/s?me=A2DP2EEPU3VU45&marketplaceID=ATVPDKIKX0DER'],
    ['ue_mid names the store even when the footer links other stores more often',
      `<script>var ue_mid = 'A1PA6795UKMFR9';</script>${US_LINKS}<a href="https://www.amazon.de/gp/help">de</a>`,
      'https://www.amazon.de/'],
    ['ue_mid without any link to that store', `<script>ue_mid='A1VC38T7YXB528'</script><p>x</p>`, 'https://www.amazon.co.jp/'],
    ['http when the page links its store only over http',
      '<a href="http://www.amazon.com/review/RWUN3MGC1ZIPB/ref=cm_cr_rdp_perm?ie=UTF8">permalink</a><a href="http://www.amazon.com/x/product-reviews/0596516495/ref=cm_cr_pr">all</a>',
      'http://www.amazon.com/review/RWUN3MGC1ZIPB'],
    ['non-store Amazon hosts (jobs, aboutamazon) do not count', '<a href="https://www.amazon.jobs/">jobs</a><a href="https://www.aboutamazon.com/">about</a>', undefined],
    ['a page with no Amazon link at all', '<p>Just text</p>', undefined],
  ])('%s', (_name, html, expected) => {
    expect(rebuildAmazonUrl(parse(html))).toBe(expected);
  });
});

/** Real pages: the key's notes say where its URL came from ("URL: canonical link…"). */
const urlOrigin = (k: AnswerKey) => /^URL: ([^.;(]+)/.exec(k.notes)?.[1]?.trim() ?? '';
const keys = HAVE_SHARED_FIXTURES ? ['amazon', 'jd', 'taobao', 'tmall'].flatMap(answerKeys) : [];
if (!HAVE_SHARED_FIXTURES) console.warn(`[skip] URL discovery on real pages: ${SKIP_REASON}`);

/** Parses a real page (≈1 MB), hands its discovered URL and document to `use`, then frees it. */
function withSaved<T>(file: string, use: (found: FoundUrl | undefined, doc: Document) => T): T {
  const { text } = decodeHtml(readSavedBytes(file));
  const page = parseUntrustedHtml(text, 'about:blank');
  try {
    return use(discoverPageUrl(page.document, text), page.document);
  } finally {
    page.close();
  }
}

describe.skipIf(!HAVE_SHARED_FIXTURES)('discoverPageUrl on real saved pages', () => {
  const named = keys.filter((k) => /^(canonical link|og:url)/.test(urlOrigin(k)));
  it('has pages whose key took the URL from the page itself', () => expect(named.length).toBeGreaterThan(40));
  it.each(named.map((k) => [k.file, k] as const))('%s: the key\'s canonical / og:url address', (file, key) => {
    const found = withSaved(file, (f) => f);
    expect(found).toEqual({ url: key.url, source: urlOrigin(key).startsWith('og:url') ? 'og:url' : 'canonical' });
  });

  // The key rebuilt these from the page's own data; ours must arrive at the same address.
  const rebuilt = keys.filter((k) => /^(rebuilt|no canonical)/.test(urlOrigin(k)));
  it('has Amazon pages whose key URL was rebuilt', () => expect(rebuilt.filter((k) => k.marketplace === 'amazon').length).toBeGreaterThanOrEqual(8));
  it('has Taobao and JD pages whose key URL was rebuilt', () => {
    expect(rebuilt.filter((k) => k.marketplace === 'jd').map((k) => k.file)).toEqual([
      'jd/other/list-notebooks-category.html',
      'jd/search/keyword-123-yaohuiwu.html',
      'jd/search/sony-earphones-imf0206.html',
    ]);
    expect(rebuilt.filter((k) => k.marketplace === 'taobao').map((k) => k.file)).toEqual([
      'taobao/other/shop-search-119667895.html',
      'taobao/search/huili-mens-shoes-imf0206.html',
      'taobao/search/ipad-py3webspider.html',
    ]);
  });
  it.each(rebuilt.map((k) => [k.file, k] as const))('%s: rebuilt as the key rebuilt it', (file, key) => {
    expect(withSaved(file, (f) => f)).toEqual({ url: key.url, source: 'rebuilt' });
  });

  // Wayback captures: the key has the archived request URL (tracking parameters and all),
  // which the page does not hold. A rebuilt URL must still name the same store and kind.
  const wayback = keys.filter((k) => k.marketplace === 'amazon' && /^original URL of the Wayback/.test(urlOrigin(k)));
  it('has Amazon Wayback captures', () => expect(wayback.length).toBeGreaterThanOrEqual(10));
  it.each(wayback.map((k) => [k.file, k] as const))('%s: same store and page kind as the original URL', (file, key) => {
    withSaved(file, (found, doc) => {
      expect(found?.source).toBe('rebuilt');
      const got = new URL(found!.url);
      const want = new URL(key.url!);
      expect(got.hostname).toBe(want.hostname);
      expect(detectAmazonPage(got, doc)).toBe(detectAmazonPage(want, doc));
      expect(got.searchParams.get('k')).toBe(want.searchParams.get('k'));
    });
  });

  // JD's Wayback captures: the original URL's filters (ev=, stop=, cid3=) are not in the page;
  // the rebuilt search must still be the same keyword on the same host and page kind. The 2013
  // capture's keyword is GBK-encoded in the original URL (keyword=%B4%B4%D0%C2 = 创新).
  const jdWayback = keys.filter((k) => k.marketplace === 'jd' && /^original URL of the Wayback/.test(urlOrigin(k)));
  it('has JD Wayback captures', () => expect(jdWayback.length).toBeGreaterThanOrEqual(6));
  it.each(jdWayback.map((k) => [k.file, k] as const))('%s: same host, keyword and page kind as the original URL', (file, key) => {
    withSaved(file, (found, doc) => {
      expect(found?.source).toBe('rebuilt');
      const got = new URL(found!.url);
      const want = new URL(key.url!);
      expect(got.hostname).toBe(want.hostname);
      expect(queryText(got, 'keyword')).toBe(queryText(want, 'keyword'));
      expect(queryText(got, 'keyword')).toMatch(/[\u4e00-\u9fff]/);
      const adapter = adapterFor(got)!;
      expect(adapter.id).toBe('jd');
      expect(adapter.detect(got, doc)).toBe(adapter.detect(want, doc));
    });
  });

  it('finds no address for the bare JD goods-list fragment (the key has none either)', () => {
    expect(withSaved('jd/other/search-goodslist-fragment-yaohuiwu.html', (f) => f)).toBeUndefined();
  });

  // Item pages all carry a canonical link; saved by tools they often do not. Without it the
  // address is rebuilt from the page's data (JD pageConfig sku, Taobao/Tmall g_config itemId)
  // and must lead to the same item on the same site.
  const items = keys.filter((k) => k.marketplace !== 'amazon' && k.pageKind === 'product');
  it('has Taobao, Tmall and JD item pages', () => expect(items.length).toBe(8));
  it.each(items.map((k) => [k.file, k] as const))('%s without its canonical link: rebuilt to the same item', (file, key) => {
    const { text } = decodeHtml(readSavedBytes(file));
    const page = parseUntrustedHtml(text, 'about:blank');
    try {
      for (const link of page.document.querySelectorAll('link[rel="canonical"], meta[property="og:url"]')) link.remove();
      const found = discoverPageUrl(page.document, text);
      expect(found?.source).toBe('rebuilt');
      const got = new URL(found!.url);
      const want = new URL(key.url!);
      expect(got.hostname).toBe(want.hostname);
      if (key.marketplace === 'jd') expect(got.pathname).toBe(`/${key.product!.id}.html`);
      else expect([got.pathname, got.searchParams.get('id')]).toEqual(['/item.htm', key.product!.id]);
      const adapter = adapterFor(got)!;
      expect(adapter.id).toBe(key.marketplace);
      expect(adapter.detect(got, page.document)).toBe(adapter.detect(want, page.document));
    } finally {
      page.close();
    }
  });
});

/** A query value as text: percent-decoded as UTF-8, else as GBK (2013 JD links). */
function queryText(url: URL, name: string): string | undefined {
  const raw = new RegExp(`[?&]${name}=([^&#]*)`).exec(url.search)?.[1];
  if (raw === undefined) return undefined;
  const bytes = Uint8Array.from(raw.replace(/\+/g, ' ').match(/%[0-9A-Fa-f]{2}|[^%]/g) ?? [], (c) => (c.length === 3 ? parseInt(c.slice(1), 16) : c.charCodeAt(0)));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
