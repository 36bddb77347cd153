import { describe, expect, it } from 'vitest';
import { contentScriptPatterns, fixedTabIdFrom, readUrlMatcher } from '../../entrypoints/sidepanel/tab-site';
import { AMAZON_MATCHES } from '../../lib/marketplaces/amazon/hosts';

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
