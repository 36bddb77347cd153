import { describe, expect, it } from 'vitest';
import { classicConfig } from '../../../lib/marketplaces/taobao/data/classic-config';
import { iceItemData } from '../../../lib/marketplaces/taobao/data/ice-context';
import { assignedObject, jsonAfter, literalString } from '../../../lib/marketplaces/taobao/data/script-json';
import { ClassIndex, fragmentName, hasFragment } from '../../../lib/marketplaces/taobao/dom/class-index';
import { htmlDoc } from '../../support/html';

const RES = '{"item":{"itemId":"1","title":"标题 {不是括号} \\"引号\\""}}';

describe('embedded page data (parsed, never executed)', () => {
  it.each([
    ['ICE Document form', `window.__ICE_APP_CONTEXT__={"loaderData":{"home":{"data":{"res":${RES}}}}}`],
    ['item-page wrapper', `!(function () {var a = window.__ICE_APP_CONTEXT__ || {};var b = {"loaderData":{"home":{"data":{"res":${RES}}}}};for (var k in a) {b[k] = a[k]}window.__ICE_APP_CONTEXT__=b;})();`],
    ['another route name', `window.__ICE_APP_CONTEXT__ = {"loaderData":{"item-detail":{"data":{"res":${RES}}}}};`],
  ])('reads the item data of the %s', (_name, script) => {
    expect(iceItemData([script])).toEqual({ item: { itemId: '1', title: '标题 {不是括号} "引号"' } });
  });

  it.each([
    ['a JavaScript literal', "window.__ICE_APP_CONTEXT__={loaderData:{home:{data:{res:{item:{title:'x'}}}}}}"],
    ['an unbalanced object', 'window.__ICE_APP_CONTEXT__={"loaderData":{"home":'],
    ['code that would run', 'window.__ICE_APP_CONTEXT__=(function(){return {"loaderData":{}}})()'],
    ['no loader data', 'window.__ICE_APP_CONTEXT__={}'],
  ])('reads nothing from %s', (_name, script) => {
    expect(iceItemData([script])).toBeUndefined();
  });

  it('finds a JSON object after a marker and an assigned object by its content', () => {
    expect(jsonAfter(['TShop.Setup(\n {"itemDO":{"itemId":"7"}} );'], 'TShop.Setup(')).toEqual({ itemDO: { itemId: '7' } });
    expect(jsonAfter(['g_page_config = compute({"a":1})'], 'g_page_config')).toBeUndefined();
    expect(assignedObject('var x = {"a":1}; var y = {"b":2};', (o) => 'b' in o)).toEqual({ b: 2 });
  });

  it('reads classic g_config literals without evaluating them', () => {
    const script = `var g_config = {
        itemId           : '538429031287',
        shopId           : '60551274',
        shopName         : '\\u5C0F\\u6DA9\\u54C1\\u724C',
        sellerId         : '375469017',
        idata: { item: { id: '538429031287', title : 'O\\'Neil 衬衫 \\u4F0A\\u5609', auctionImages : ["//img.alicdn.com/a.jpg"] } }
    };`;
    expect(classicConfig([script])).toEqual({
      itemId: '538429031287',
      shopId: '60551274',
      sellerId: '375469017',
      shopName: '小涩品牌',
      title: "O'Neil 衬衫 伊嘉",
      images: ['//img.alicdn.com/a.jpg'],
    });
    expect(literalString('{ a: "x\\"y" }', 'a')).toBe('x"y');
  });
});

describe('hashed class names', () => {
  it.each([
    ['ItemHeader--mainTitle--3CIjqW5', 'mainTitle'],
    ['mainTitle--R75fTcZL', 'mainTitle'],
    ['QJEEHAN8H5--purchasePanel--_37b78f2', 'purchasePanel'],
    ['Oo3vRXl7BS--tabTitleItem--_3629685', 'tabTitleItem'],
    ['f-els-2', undefined],
    ['next-pagination-item', undefined],
  ])('%s is named %s', (token, name) => {
    expect(fragmentName(token)).toBe(name);
  });

  it('matches a name in all three generations and never a longer name', () => {
    const doc = htmlDoc(`<body>
      <h1 class="ItemHeader--mainTitle--3CIjqW5 f-els-2">a</h1>
      <h1 class="mainTitle--R75fTcZL">b</h1>
      <h1 class="QJEEHAN8H5--mainTitle--_3c1b9e5">c</h1>
      <h2 class="QJEEHAN8H5--subMainTitle--_9">not me</h2>
      <div class="Comment--root--2hI1e0A"><span class="Comment--userName--x1">u</span></div>
    </body>`);
    const idx = new ClassIndex(doc.body);
    expect(idx.all('mainTitle').map((e) => e.textContent)).toEqual(['a', 'b', 'c']);
    // The 2022–23 component `Comment--…` gives one card, not one per part.
    expect(idx.roots('Comment').map((e) => e.getAttribute('class'))).toEqual(['Comment--root--2hI1e0A']);
    expect(hasFragment(doc.querySelector('h2')!, 'mainTitle')).toBe(false);
    expect(new ClassIndex().all('mainTitle')).toEqual([]);
  });
});
