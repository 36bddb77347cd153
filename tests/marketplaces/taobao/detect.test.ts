import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../lib/marketplaces/registry';
import { taobaoAdapter, tmallAdapter } from '../../../lib/marketplaces/taobao';
import { itemIdFromUrl } from '../../../lib/marketplaces/taobao/item-url';
import type { PageKind } from '../../../lib/schema';
import { htmlDoc } from '../../support/html';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const EMPTY = '<html><head><title>x</title></head><body><div>page</div></body></html>';

describe('detect over URL shapes', () => {
  it.each<[string, 'taobao' | 'tmall', PageKind]>([
    ['https://item.taobao.com/item.htm?id=538429031287', 'taobao', 'product'],
    ['https://item.taobao.com/item.html?id=538429031287', 'taobao', 'product'],
    ['https://item.taobao.com/item.htm?spm=a21n57.1.0.0&id=812345678901&ns=1&abbucket=9', 'taobao', 'product'],
    ['https://item.m.taobao.com/item.htm?id=812345678901', 'taobao', 'product'],
    ['https://world.taobao.com/item/538429031287.htm', 'taobao', 'product'],
    ['https://detail.tmall.com/item.htm?id=605258110430&skuId=4241372909671', 'tmall', 'product'],
    ['https://chaoshi.detail.tmall.com/item.htm?id=605258110430', 'tmall', 'product'],
    ['https://detail.tmall.hk/hk/item.htm?id=640011112222', 'tmall', 'product'],
    ['https://detail.m.tmall.com/item.htm?id=605258110430', 'tmall', 'product'],
    ['https://s.taobao.com/search?q=ipad&page=2&tab=all', 'taobao', 'search'],
    ['https://s.taobao.com/search?q=%E5%9B%9E%E5%8A%9B&initiative_id=staobaoz_20250428', 'taobao', 'search'],
    ['https://list.tmall.com/search_product.htm?q=%C3%AB%D2%C2', 'tmall', 'search'],
    ['https://shop119667895.taobao.com/search.htm?search=y', 'taobao', 'search'],
    ['https://qjy2.taobao.com/search.htm?mid=w-16561706669-0&orderType=hotsell_desc', 'taobao', 'search'],
    ['https://qjy2.taobao.com/category-1234567.htm', 'taobao', 'search'],
    ['https://qjy2.taobao.com/i/asynSearch.htm?mid=w-16561706669-0&wid=16561706669&path=/search.htm&search=y', 'taobao', 'search'],
    ['https://suning.tmall.com/search.htm?q=iphone', 'tmall', 'search'],
    ['https://login.taobao.com/member/login.jhtml?redirectURL=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1', 'taobao', 'blocked'],
    ['https://login.tmall.com/?redirectURL=https%3A%2F%2Fdetail.tmall.com%2Fitem.htm%3Fid%3D1', 'tmall', 'blocked'],
    ['https://item.taobao.com/_____tmd_____/punish?x5secdata=xm0', 'taobao', 'blocked'],
    ['https://detail.tmall.com/_____tmd_____/verify/?nc_token=1', 'tmall', 'blocked'],
    ['https://sec.taobao.com/query.htm?action=QueryAction&event_submit_do_login=ok', 'taobao', 'blocked'],
    ['https://www.taobao.com/', 'taobao', 'unsupported'],
    ['https://qjy2.taobao.com/', 'taobao', 'unsupported'],
    ['https://cart.taobao.com/cart.htm', 'taobao', 'unsupported'],
    ['https://www.tmall.com/', 'tmall', 'unsupported'],
  ])('%s → %s %s', (href, marketplace, kind) => {
    const url = new URL(href);
    const adapter = adapterFor(url);
    expect(adapter?.id).toBe(marketplace);
    expect(adapter!.detect(url, htmlDoc(EMPTY, href))).toBe(kind);
  });

  it.each([
    'https://www.amazon.com/dp/B000',
    'https://item.jd.com/100012043978.html',
    'https://taobao.com.evil.example/item.htm?id=1',
    'https://nottmall.com/item.htm?id=1',
  ])('leaves %s to others', (href) => {
    const url = new URL(href);
    expect(taobaoAdapter.owns(url) || tmallAdapter.owns(url)).toBe(false);
  });
});

describe('detect from the document when the URL says nothing', () => {
  const at = 'https://item.taobao.com/some/odd/path';
  it.each<[string, string, PageKind]>([
    ['a classic item page', '<div id="J_Title"><h3 class="tb-main-title">x</h3></div>', 'product'],
    ['a classic Tmall item page', '<div id="J_DetailMeta"><div class="tb-detail-hd"><h1>x</h1></div></div>', 'product'],
    ['a 2025 item page', '<h1 class="QJEEHAN8H5--mainTitle--_3c1b9e5">x</h1>', 'product'],
    ['result cards', '<a id="item_id_812345678901" class="doubleCardWrapperAdapt--mEcC7olq" href="#">x</a>', 'search'],
    ['a shop grid', '<div class="shop-hesper-bd"><dl class="item" data-id="1"></dl></div>', 'search'],
    ['classic search JSON', '<script>g_page_config = {"mods":{"itemlist":{"data":{"auctions":[]}}}};</script>', 'search'],
    ['nothing we read', '<p>活动页</p>', 'unsupported'],
  ])('%s', (_name, body, kind) => {
    expect(taobaoAdapter.detect(new URL(at), htmlDoc(`<html><body>${body}</body></html>`, at))).toBe(kind);
  });
});

describe('walls', () => {
  const page = (dir: string, file: string) => readFileSync(join(FIXTURES, dir, file), 'utf8');
  it.each([
    ['taobao/other', 'punish.html', 'https://item.taobao.com/_____tmd_____/punish?x5secdata=xm0', 'captcha'],
    ['taobao/other', 'punish.html', 'https://item.taobao.com/item.htm?id=812345678901', 'captcha'],
    ['taobao/product', 'item-2025-baxia-overlay.html', 'https://item.taobao.com/item.htm?id=812345678901', 'captcha'],
    ['taobao/search', 'baxia-overlay.html', 'https://s.taobao.com/search?q=x', 'captcha'],
    ['taobao/other', 'login-page.html', 'https://login.taobao.com/member/login.jhtml?redirectURL=x', 'login'],
    ['taobao/other', 'login-page.html', 'https://item.taobao.com/item.htm?id=812345678901', 'login'],
    ['taobao/other', 'login-iframe-wall.html', 'https://item.taobao.com/item.htm?id=812345678901', 'login'],
  ])('%s/%s at %s is blocked (%s)', (dir, file, href, reason) => {
    const url = new URL(href);
    const adapter = adapterFor(url)!;
    const doc = htmlDoc(page(dir, file), href);
    expect(adapter.detect(url, doc)).toBe('blocked');
    const read = adapter.read(doc, url, 'blocked');
    expect(read.blockedReason).toBe(reason);
    expect(read.product).toBeUndefined();
  });

  it.each([
    ['a solved (hidden) slider', '<div id="baxia-dialog" style="display:none"><span id="nc_1_n1z"></span></div><h1 class="x--mainTitle--y">t</h1>'],
    ['a closed login popup', '<div class="sufei-dialog" style="display: none;"><iframe src="https://login.taobao.com/member/login.jhtml?style=mini"></iframe></div><div id="J_Title">t</div>'],
    ['a footer that mentions 安全验证', '<div id="J_Title">t</div><p>请注意账户安全验证</p>'],
  ])('does not block %s', (_name, body) => {
    const href = 'https://item.taobao.com/item.htm?id=812345678901';
    expect(taobaoAdapter.detect(new URL(href), htmlDoc(`<html><head><title>宝贝-淘宝网</title></head><body>${body}</body></html>`, href))).toBe('product');
  });
});

describe('itemIdFromUrl', () => {
  it.each([
    ['https://item.taobao.com/item.htm?id=538429031287', '538429031287'],
    ['https://detail.tmall.com/item.htm?spm=a&id=605258110430&skuId=4241372909671', '605258110430'],
    ['https://world.taobao.com/item/538429031287.htm', '538429031287'],
    ['https://item.taobao.com/item.htm?id=abc', undefined],
  ])('%s → %s', (href, id) => {
    expect(itemIdFromUrl(new URL(href))).toBe(id);
  });
});

describe('lateParts', () => {
  it('names the price, review and result-card parts that render after load', () => {
    expect(taobaoAdapter.lateParts!('product')).toEqual(expect.arrayContaining(['[class*="highlightPrice--"]', '#J_PromoPriceNum', 'li.J_KgRate_ReviewItem', '[class*="Comment--"]']));
    expect(tmallAdapter.lateParts!('search')).toEqual(expect.arrayContaining(['a[id^="item_id_"]', '#J_ItemList .product']));
    expect(taobaoAdapter.lateParts!('blocked')).toEqual([]);
  });

  it('uses selectors happy-dom (and so the content script) can parse', () => {
    const doc = htmlDoc(EMPTY);
    for (const kind of ['product', 'search'] as const) {
      for (const sel of taobaoAdapter.lateParts!(kind)) expect(() => doc.querySelectorAll(sel)).not.toThrow();
    }
  });
});
