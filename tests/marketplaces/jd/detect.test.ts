import { describe, expect, it } from 'vitest';
import { detectJdPage, jdBlockReason } from '../../../lib/marketplaces/jd/detect';
import { isJdHost, JD_MATCHES } from '../../../lib/marketplaces/jd/hosts';
import { jdAdapter } from '../../../lib/marketplaces/jd';
import { adapterFor } from '../../../lib/marketplaces/registry';
import { skuFromHref, skuFromItemUrl } from '../../../lib/marketplaces/jd/sku';
import { htmlDoc } from '../../support/html';

const EMPTY = htmlDoc('<html><head><title>京东</title></head><body></body></html>', 'https://www.jd.com/');

describe('detectJdPage by URL', () => {
  it.each([
    ['https://item.jd.com/100012043978.html', 'product'],
    ['http://item.jd.com/917461.html', 'product'],
    ['https://item.jd.com/100012043978.html?bbtf=1#crumb-wrap', 'product'],
    ['https://item.jd.hk/100045678901.html', 'product'],
    ['https://npcitem.jd.hk/1234567890.html', 'product'],
    ['https://item-yiyao.jd.com/100009876543.html', 'product'],
    ['https://search.jd.com/Search?keyword=%E8%80%B3%E6%9C%BA&enc=utf-8', 'search'],
    ['http://search.jd.com/search?keyword=%E6%83%85%E5%95%86&enc=utf-8&qrst=1', 'search'],
    ['https://search.jd.com/s_new.php?keyword=123&enc=utf-8&page=2&s=31', 'search'],
    ['https://list.jd.com/list.html?cat=670,671,672', 'search'],
    ['http://list.jd.com/670-671-672.html', 'search'],
    ['https://mall.jd.com/view_search-396211-17821117-99-1-20-1.html', 'search'],
    ['https://suoyin.jd.com/view_search-650000-0-99-1-24-1.html', 'search'],
    ['https://club.jd.com/comment/productPageComments.action?productId=100047982391&score=0&sortType=5&page=0&pageSize=10', 'reviews'],
    ['https://cfe.m.jd.com/privatedomain/risk_handler/03101900/?returnurl=https%3A%2F%2Fitem.jd.com%2F1.html&evtype=2', 'blocked'],
    ['https://passport.jd.com/new/login.aspx?ReturnUrl=https%3A%2F%2Fsearch.jd.com%2F&czLogin=1', 'blocked'],
    ['https://passport.jd.com/uc/login?ltype=logout', 'blocked'],
    ['https://mall.jd.com/index-1000004259.html', 'unsupported'],
    ['https://www.jd.com/', 'unsupported'],
    ['https://item.m.jd.com/product/100012043978.html', 'unsupported'],
    ['https://item.jd.com/12.html', 'unsupported'],
    ['https://search.jd.com/', 'unsupported'],
    ['https://cart.jd.com/cart_index', 'unsupported'],
  ] as const)('%s → %s', (href, kind) => {
    expect(detectJdPage(new URL(href), EMPTY)).toBe(kind);
  });
});

describe('detectJdPage by document', () => {
  const at = 'https://www.jd.com/saved-page';
  it.each([
    ['<div id="name"><h1>华为 P6</h1></div>', 'product'],
    ['<div class="sku-title"><span class="sku-title-name">X</span></div>', 'product'],
    ['<div class="itemInfo-wrap"><div class="sku-name">X</div></div>', 'product'],
    ['<div id="J_goodsList"><ul class="gl-warp"></ul></div>', 'search'],
    ['<ul class="gl-warp clearfix"><li class="gl-item" data-sku="11371342"></li></ul>', 'search'],
    ['<div class="plugin_goodsCardWrapper" data-sku="100123456789"></div>', 'search'],
    ['<div id="plist"><ul class="list-h"><li sku="1027344"></li></ul></div>', 'search'],
    ['<p>京东首页</p>', 'unsupported'],
  ] as const)('%s → %s', (html, kind) => {
    expect(detectJdPage(new URL(at), htmlDoc(html, at))).toBe(kind);
  });
});

describe('jdBlockReason', () => {
  it.each([
    ['the 京东验证 title at an item address', 'https://item.jd.com/100012043978.html', '<title>京东验证</title><p>验证一下，购物无忧</p>', 'risk-check'],
    ['the risk texts on an unknown page', 'https://www.jd.com/x', '<p>验证一下，购物无忧</p><div class="verifyBtn">快速验证</div>', 'risk-check'],
    ['the rate-limit notice', 'https://www.jd.com/x', '<p>您的访问频繁，暂时无法搜索，可点此反馈</p>', 'risk-check'],
    ['the passport title', 'https://www.jd.com/x', '<title>京东-欢迎登录</title>', 'login'],
    ['the passport form', 'https://www.jd.com/x', '<form id="formlogin"><input id="loginname"><input id="nloginpwd" type="password"></form>', 'login'],
    ['a visible login frame', 'https://www.jd.com/x', '<iframe src="https://passport.jd.com/common/loginPage"></iframe>', 'login'],
    ['a slider on an unknown page', 'https://www.jd.com/x', '<div class="JDJRV-bigimg"><img></div><div class="JDJRV-slide-btn"></div>', 'captcha'],
  ] as const)('%s', (_label, href, html, reason) => {
    expect(jdBlockReason(new URL(href), htmlDoc(html, href))).toBe(reason);
  });

  it.each([
    ['every header says 你好，请登录', 'https://www.jd.com/x', '<a class="link-login">你好，请登录</a><div id="J_goodsList"></div>'],
    ['a hidden login frame', 'https://www.jd.com/x', '<div style="display:none"><iframe src="https://passport.jd.com/common/loginPage"></iframe></div>'],
    ['a hidden slider', 'https://www.jd.com/x', '<div class="JDJRV-bigimg hide"></div>'],
    ['a normal item page', 'https://item.jd.com/917461.html', '<title>【华为P6】…-京东</title><div id="name"><h1>华为 P6</h1></div>'],
  ] as const)('is undefined for %s', (_label, href, html) => {
    expect(jdBlockReason(new URL(href), htmlDoc(html, href))).toBeUndefined();
  });
});

describe('hosts and SKUs', () => {
  it.each([
    ['item.jd.com', true], ['search.jd.com', true], ['jd.com', true], ['npcitem.jd.hk', true], ['cfe.m.jd.com', true],
    ['jd.com.evil.example', false], ['notjd.com', false], ['item.jd.co', false],
  ] as const)('isJdHost(%s) is %s', (host, want) => {
    expect(isJdHost(host)).toBe(want);
  });

  it('owns every JD host and matches them in the manifest', () => {
    expect(adapterFor(new URL('https://item.jd.hk/100045678901.html'))).toBe(jdAdapter);
    expect(adapterFor(new URL('https://passport.jd.com/new/login.aspx'))).toBe(jdAdapter);
    expect(JD_MATCHES).toEqual(['https://*.jd.com/*', 'https://*.jd.hk/*']);
  });

  it.each([
    ['https://item.jd.com/100012043978.html', '100012043978'],
    ['https://www.jd.com/100012043978.html', undefined],
    ['https://item.jd.com/product/100012043978.html', undefined],
  ] as const)('skuFromItemUrl(%s) = %s', (href, want) => {
    expect(skuFromItemUrl(new URL(href))).toBe(want);
  });

  it.each([
    ['//item.jd.com/11609949.html#comment', '11609949'],
    ['http://item.jd.com/135642.html', '135642'],
    ['https://npcitem.jd.hk/1234567890.html', '1234567890'],
    ['//mall.jd.com/index-1000123456.html', undefined],
    [null, undefined],
  ] as const)('skuFromHref(%s) = %s', (href, want) => {
    expect(skuFromHref(href)).toBe(want);
  });
});
