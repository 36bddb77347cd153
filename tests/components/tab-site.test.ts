import { describe, expect, it } from 'vitest';
import { contentScriptPatterns, fixedTabIdFrom, readUrlMatcher } from '../../entrypoints/sidepanel/tab-site';
import { AMAZON_MATCHES } from '../../lib/marketplaces/amazon/hosts';
import { JD_MATCHES } from '../../lib/marketplaces/jd/hosts';
import { TAOBAO_MATCHES, TMALL_MATCHES } from '../../lib/marketplaces/taobao/hosts';

describe('readUrlMatcher', () => {
  const isRead = readUrlMatcher(AMAZON_MATCHES);
  it.each([
    ['https://www.amazon.com/dp/B0BYNZ6B6Y', true],
    ['https://www.amazon.co.jp/s?k=%E5%85%85%E9%9B%BB%E5%99%A8', true],
    ['http://www.amazon.com/dp/B0BYNZ6B6Y', false],
    ['https://sellercentral.amazon.com/home', false],
    ['https://www.amazon.com.evil.example/dp/B0', false],
    ['https://www.taobao.com/', false],
    ['chrome://extensions/', false],
    ['about:blank', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isRead(url)).toBe(expected);
  });
});

describe('readUrlMatcher over every content script (Amazon, Taobao, Tmall, JD)', () => {
  const isRead = readUrlMatcher([...AMAZON_MATCHES, ...TAOBAO_MATCHES, ...TMALL_MATCHES, ...JD_MATCHES]);
  it.each([
    ['https://item.taobao.com/item.htm?id=538429031287', true],
    ['https://s.taobao.com/search?q=ipad', true],
    ['https://qjy2.taobao.com/search.htm?search=y', true],
    ['https://login.taobao.com/member/login.jhtml?redirectURL=x', true],
    ['https://detail.tmall.com/item.htm?id=605258110430&skuId=1', true],
    ['https://detail.tmall.hk/hk/item.htm?id=1', true],
    ['https://item.jd.com/917461.html', true],
    ['https://search.jd.com/Search?keyword=123&enc=utf-8', true],
    ['https://npcitem.jd.hk/100012.html', true],
    ['https://cfe.m.jd.com/privatedomain/risk_handler/03101900/', true],
    ['https://www.amazon.de/dp/B07H57DNVV', true],
    ['http://item.jd.com/917461.html', false],
    ['https://item.taobao.com.evil.example/item.htm?id=1', false],
    ['https://nottaobao.com/', false],
    ['https://www.jd.com.cn/', false],
    ['https://www.1688.com/', false],
  ])('%s → %s', (url, expected) => {
    expect(isRead(url)).toBe(expected);
  });
});

describe('contentScriptPatterns', () => {
  it('collects matches of every content script', () => {
    expect(contentScriptPatterns({ content_scripts: [{ matches: ['https://a/*'] }, { matches: ['https://b/*'] }, {}] })).toEqual(['https://a/*', 'https://b/*']);
    expect(contentScriptPatterns({})).toEqual([]);
  });
});

describe('fixedTabIdFrom', () => {
  it.each([
    ['', undefined],
    ['?tabId=42', 42],
    ['?tabId=0', 0],
    ['?tabId=-1', 'invalid'],
    ['?tabId=4x', 'invalid'],
    ['?tabId=', 'invalid'],
  ])('%s → %s', (search, expected) => {
    expect(fixedTabIdFrom(search)).toBe(expected);
  });
});
