import { describe, expect, it } from 'vitest';
import { readJsLiteral } from '../../../lib/marketplaces/jd/js-literal';
import { inlineScripts, objectWithKey, pageConfigProduct } from '../../../lib/marketplaces/jd/page-state';
import { htmlDoc } from '../../support/html';

/** Every literal below starts at offset 0. */
const literal = (src: string) => readJsLiteral(src, 0);

describe('readJsLiteral', () => {
  it.each([
    ['JSON', '{"a": 1, "b": [true, null, "x"]}', { a: 1, b: [true, null, 'x'] }],
    ['unquoted keys, single quotes, trailing commas', "{ skuid: 917461, name: 'P6', cat: [9987,653,655,], }", { skuid: 917461, name: 'P6', cat: [9987, 653, 655] }],
    ['\\u escapes (2013 names)', "{ name: '\\u534e\\u4e3a\\u0020P6' }", { name: '华为 P6' }],
    ['\\x and line-continuation escapes', "{ a: '\\x41\\\nB', b: \"it\\'s\" }", { a: 'AB', b: "it's" }],
    ['comments', '{ a: 1, // one\n /* two */ b: 2 }', { a: 1, b: 2 }],
    ['numbers', '{ a: -1.5, b: 1e3, c: 0x1F, d: .5 }', { a: -1.5, b: 1000, c: 31, d: 0.5 }],
    ['nested objects', '{ product: { skuid: 1, shop: { id: "9" } } }', { product: { skuid: 1, shop: { id: '9' } } }],
    ['quoted and numeric keys', "{ '颜色': '白', 1: 'x' }", { 颜色: '白', 1: 'x' }],
  ])('reads %s', (_label, src, want) => {
    expect(literal(src)).toEqual(want);
  });

  it.each([
    ['a call', '{ a: f(1, 2), b: 2 }', { b: 2 }],
    ['a logical expression', '{ a: window.x && window.y, b: 2 }', { b: 2 }],
    ['string concatenation', "{ a: 'x' + y, b: 2 }", { b: 2 }],
    ['a function', '{ a: function () { return { c: 1 }; }, b: 2 }', { b: 2 }],
    ['an arrow', '{ a: () => [1, 2], b: 2 }', { b: 2 }],
    ['a method and a spread', '{ m() { return 1 }, ...rest, b: 2 }', { b: 2 }],
    ['a regex-free ternary', '{ a: x ? "1" : "2", b: 2 }', { b: 2 }],
    ['a new expression', '{ a: new Date(), b: 2 }', { b: 2 }],
    ['an identifier that starts like a literal', '{ a: trueish, b: nullable.x, c: true }', { c: true }],
  ])('skips %s and keeps the other keys', (_label, src, want) => {
    expect(literal(src)).toEqual(want);
  });

  it('never sets a prototype from page data', () => {
    const v = literal('{ "__proto__": { polluted: true }, constructor: 1, ok: 1 }') as Record<string, unknown>;
    expect(v).toEqual({ ok: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['an unterminated object', '{ a: 1, b: 2'],
    ['an unterminated string', "{ a: 'x }"],
    ['nesting deeper than the bound', `${'['.repeat(40)}${']'.repeat(40)}`],
    ['text that is no literal', 'var x = 1;'],
  ])('gives undefined for %s', (_label, src) => {
    expect(readJsLiteral(src, 0)).toBeUndefined();
  });

  it('stops at the length bound instead of reading a huge script', () => {
    const big = `{ a: "${'x'.repeat(2000)}" }`;
    expect(readJsLiteral(big, 0, 100)).toBeUndefined();
    expect(readJsLiteral(big, 0)).toEqual({ a: 'x'.repeat(2000) });
  });
});

describe('pageConfigProduct', () => {
  it.each([
    ['window.pageConfig (2013–26)', "window.pageConfig = { compatible: true, product: { skuid: 917461, name: '\\u534e\\u4e3a', shopId:'0' } };"],
    ['var pageConfig (2016–20)', "var pageConfig = {\n product: { skuid: 917461, name: '华为', shopId: '0', twoColumn: a && b }\n};"],
  ])('reads %s', (_label, script) => {
    const doc = htmlDoc(`<script>${script}</script><script>pageConfig.product.cat=[1];</script>`, 'https://item.jd.com/917461.html');
    expect(pageConfigProduct(inlineScripts(doc))).toMatchObject({ skuid: 917461, shopId: '0' });
  });

  it('skips external scripts, later assignments and configs without a product', () => {
    const doc = htmlDoc(
      '<script src="//misc.360buyimg.com/x.js">pageConfig = { product: { skuid: 1 } }</script>'
      + '<script>pageConfig.product.skuid = 2; var pageConfig = { navId: "x" };</script>',
      'https://item.jd.com/1.html',
    );
    expect(pageConfigProduct(inlineScripts(doc))).toBeUndefined();
  });
});

describe('objectWithKey', () => {
  it('finds an embedded productPageComments response, inside a JSONP call', () => {
    const script = 'var t = 1; fetchJSON_comment98({"comments":[],"productCommentSummary":{"averageScore":5}});';
    expect(objectWithKey([script], 'productCommentSummary')).toEqual({ comments: [], productCommentSummary: { averageScore: 5 } });
  });

  it('is undefined when the key is only mentioned', () => {
    expect(objectWithKey(['// productCommentSummary comes later'], 'productCommentSummary')).toBeUndefined();
  });
});
