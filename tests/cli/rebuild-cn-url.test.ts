import { afterAll, describe, expect, it } from 'vitest';
import { parseUntrustedHtml } from '../../lib/cli/load-page';
import { rebuildJdUrl } from '../../lib/cli/rebuild-jd-url';
import { rebuildTaobaoUrl } from '../../lib/cli/rebuild-taobao-url';

/**
 * The JD and Taobao/Tmall URL rebuilders on small pages, one clue each: the shapes the real
 * saved pages have (page-url.test runs them on those) and the 2022+ layouts saved by tools.
 */
const open: (() => void)[] = [];
afterAll(() => open.forEach((close) => close()));
function parse(html: string): Document {
  const page = parseUntrustedHtml(html, 'about:blank');
  open.push(page.close);
  return page.document;
}

describe('rebuildJdUrl', () => {
  it.each<[string, string, string | undefined]>([
    ['an item page: pageConfig.product.skuid',
      '<title>【华为P6】华为 P6-C00【行情 报价 价格 评测】-京东</title><script>window.pageConfig = { compatible: true, product: { skuid: 917461, name: "x" } };</script>',
      'https://item.jd.com/917461.html'],
    ['a 2025 item page: quoted skuid, no JD title needed',
      '<title>Apple iPhone 16</title><script>window.pageConfig={"product":{"skuid":"100012345678","cat":[9987,653,655]}}</script>',
      'https://item.jd.com/100012345678.html'],
    ['an item page whose links name the item over http only (2013 capture)',
      '<title>x-京东</title><script>pageConfig = { product: { skuid: 987887 } }</script><a href="http://item.jd.com/987887.html#comment">评价</a>',
      'http://item.jd.com/987887.html'],
    ['a JD Worldwide item: the page links its own jd.hk item address',
      '<title>x-京东国际</title><script>pageConfig = { product: { skuid: 100009 } }</script><a href="//npcitem.jd.hk/100009.html">x</a>',
      'https://npcitem.jd.hk/100009.html'],
    ['the 商品编号 spec line when there is no page data',
      '<title>惠普 Envy dv4-京东商城</title><ul class="parameter2"><li>商品名称：惠普</li><li>商品编号：987887</li></ul>',
      'https://item.jd.com/987887.html'],
    ['a search: the crumb keyword, re-encoded as UTF-8',
      '<title>情商 - 商品搜索 - 京东</title><div class="crumbs-nav-item"><strong class="search-key">"情商"</strong></div>',
      'https://search.jd.com/Search?keyword=%E6%83%85%E5%95%86&enc=utf-8'],
    ['a search with curly quotes in the crumb', '<title>x - 商品搜索 - 京东</title><strong class="search-key">“车载 CD”</strong>',
      'https://search.jd.com/Search?keyword=%E8%BD%A6%E8%BD%BD+CD&enc=utf-8'],
    ['a search: the title when the crumb is gone', '<title>索尼耳机 - 商品搜索 - 京东</title><div id="J_goodsList"></div>',
      'https://search.jd.com/Search?keyword=%E7%B4%A2%E5%B0%BC%E8%80%B3%E6%9C%BA&enc=utf-8'],
    ['a category list: the last breadcrumb link',
      '<title>笔记本 【行情 价格 评价 正品行货】-京东</title><div class="breadcrumb"><a href="http://channel.jd.com/computer.html">电脑、办公</a><a href="http://list.jd.com/list.html?cat=670,671">电脑整机</a><a href="http://list.jd.com/list.html?cat=670,671,672">笔记本</a></div>',
      'http://list.jd.com/list.html?cat=670,671,672'],
    ['a protocol-relative breadcrumb link is https', '<title>x-京东</title><div class="breadcrumb"><a href="//list.jd.com/list.html?cat=9987,653,655">手机</a></div>',
      'https://list.jd.com/list.html?cat=9987,653,655'],
    ['a JD page it cannot place', '<title>京东(JD.COM)-正品低价、品质保障-京东</title><p>首页</p>', undefined],
    ['the bare goods-list fragment (no title, no page data)', '<ul class="gl-warp"><li class="gl-item" data-sku="11371342"><a href="//item.jd.com/11371342.html">123成人式</a></li></ul>', undefined],
    ['a page of another site that mentions 京东', '<title>比价：京东 vs 淘宝 | example.com</title><a href="https://item.jd.com/1.html">1</a>', undefined],
    ['a Taobao page', '<title>伊嘉 衬衫-淘宝网</title><script>var g_config = { itemId : \'538429031287\' };</script>', undefined],
  ])('%s', (_name, html, expected) => {
    expect(rebuildJdUrl(parse(html))).toBe(expected);
  });
});

describe('rebuildTaobaoUrl', () => {
  it.each<[string, string, string | undefined]>([
    ['a Taobao item page: g_config.itemId',
      "<title>伊嘉**2016秋季新款女装-淘宝网</title><script>var g_config = {\n  startTime : +new Date,\n  itemId           : '538429031287',\n  shopId : '60551274'\n};</script>",
      'https://item.taobao.com/item.htm?id=538429031287'],
    ['a Tmall item page: g_config={itemId:"…"}',
      '<title>【官网价直降】Apple/苹果 iPhone 11-tmall.com天猫</title><script>(function(w){w.g_config={itemId:"605258110430",sellerId:"2616970884",shopId:"128573071"}})(window)</script>',
      'https://detail.tmall.com/item.htm?id=605258110430'],
    ['the cart form\'s hidden item_id when there is no g_config',
      '<title>莫代尔Y字长吊带-淘宝网</title><form><input type="hidden" name="item_id" value="38078522001" /></form>',
      'https://item.taobao.com/item.htm?id=38078522001'],
    ['a 2025 ICE page: the item id in the app data',
      '<title>轻薄羽绒服女短款-淘宝网</title><script>window.__ICE_APP_CONTEXT__={"loaderData":{"home":{"data":{"res":{"item":{"title":"轻薄羽绒服","itemId":"812345678901","images":[]},"seller":{"shopName":"某某旗舰店"}}}}}}</script>',
      'https://item.taobao.com/item.htm?id=812345678901'],
    ['a 2025 Tmall ICE page with a numeric item id',
      '<title>华为Mate 70 Pro-天猫Tmall.com</title><script>window.__ICE_APP_CONTEXT__ = {"loaderData":{"home":{"data":{"res":{"item":{"itemId":790123456789}}}}}};</script>',
      'https://detail.tmall.com/item.htm?id=790123456789'],
    ['a search: g_page_config\'s query (escapes decoded)',
      '<title>回力男鞋_淘宝搜索</title><script>g_page_config = {"pageName":"mainsrp","mods":{"header":{"status":"show","data":{"q":"\\u56de\\u529b\\u7537\\u978b","tabParams":{}}}}};</script>',
      'https://s.taobao.com/search?q=%E5%9B%9E%E5%8A%9B%E7%94%B7%E9%9E%8B'],
    ['a search: the filled-in box', '<title>ipad_淘宝搜索</title><input name="q" value="ipad mini">',
      'https://s.taobao.com/search?q=ipad+mini'],
    ['a search: the title alone', '<title>连衣裙_淘宝搜索</title><div id="mainsrp-itemlist"></div>',
      'https://s.taobao.com/search?q=%E8%BF%9E%E8%A1%A3%E8%A3%99'],
    ['an in-shop search: the shop domain its links point to',
      '<title>店内搜索页-千江月韩范学生装-淘宝网</title><meta name="microscope-data" content="pageId=1471734635;shopId=119667895"><a href="//qjy2.taobao.com/search.htm?search=y">全部</a><a href="//qjy2.taobao.com/search.htm?search=y&orderType=hotsell_desc">销量</a><a href="//other.taobao.com/search.htm">x</a>',
      'https://qjy2.taobao.com/search.htm?search=y'],
    ['an in-shop search without the shop page marker is no shop page', '<title>x-淘宝网</title><a href="//qjy2.taobao.com/search.htm">全部</a>', undefined],
    ['a page with no Taobao/Tmall title', "<title>Example</title><script>var g_config = { itemId : '538429031287' };</script>", undefined],
    ['a JD page', '<title>x-京东</title><script>pageConfig = { product: { skuid: 917461 } }</script>', undefined],
  ])('%s', (_name, html, expected) => {
    expect(rebuildTaobaoUrl(parse(html))).toBe(expected);
  });
});
