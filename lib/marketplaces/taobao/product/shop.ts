import type { Shop } from '../../../schema';
import { absoluteUrl, textOf } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { arr, at, obj, str } from '../data/values';
import { allIn, firstIn, headMeta } from '../dom/scoped';
import type { TaobaoPageContext } from '../page-context';
import { NAMES, TAOBAO_CLASSIC, TMALL_CLASSIC } from '../selectors/product';
import { shopScore, vsIndustryFromClass } from './shop-scores';

type Scores = NonNullable<Shop['scores']>;

/**
 * The shop: name and link from the page, id from the page-state data (or the page's
 * `microscope-data` meta), DSR scores (描述/服务/物流) with the page's comparison to the industry.
 */
export function shopStrategies(doc: Document, ctx: TaobaoPageContext): Strategy<Shop>[] {
  const id = () =>
    str(at(ctx.ice(), 'seller', 'shopId')) ??
    ctx.classic()?.shopId ??
    str(at(ctx.tshop(), 'rstShopId')) ??
    /shopId\s*=\s*(\d+)/i.exec(headMeta(doc, 'microscope-data') ?? '')?.[1];
  const finish = (shop: Shop | undefined): Shop | undefined => {
    if (!shop?.name) return undefined;
    const shopId = shop.id ?? id() ?? idFromShopUrl(shop.url);
    const out: Shop = { name: shop.name.slice(0, 200) };
    if (shopId && /^\d{1,20}$/.test(shopId)) out.id = shopId;
    if (shop.url) out.url = shop.url;
    if (selfOperated(shop.name, shop.url)) out.selfOperated = true;
    if (shop.scores?.length) out.scores = shop.scores.slice(0, 10);
    return out;
  };
  return [
    { name: 'ice-seller', read: () => finish(iceShop(ctx)) },
    { name: 'taobao-classic-shop-info', read: () => finish(taobaoClassicShop(doc, ctx)) },
    { name: 'tmall-classic-shop', read: () => finish(tmallClassicShop(doc, ctx)) },
    { name: 'shop-name', read: () => finish(modernDomShop(ctx)) },
  ];
}

// e.g. res.seller = { shopName, shopId, evaluates: [{ title: '宝贝描述', score: '4.8', levelText: '高' }] }
function iceShop(ctx: TaobaoPageContext): Shop | undefined {
  const res = ctx.ice();
  const seller = obj(res?.seller);
  const name = str(seller?.shopName) ?? str(at(res, 'componentsVO', 'storeCardVO', 'shopName'));
  if (!name) return undefined;
  const scores: Scores = arr(seller?.evaluates)
    .map((e) => obj(e))
    .map((e) => e && shopScore(str(e.title) ?? '', str(e.score) ?? '', str(e.levelText)))
    .filter((s): s is Scores[number] => !!s);
  const dom = modernDomShop(ctx);
  const url = str(seller?.shopUrl) ?? str(seller?.pcShopUrl);
  return {
    name,
    id: str(seller?.shopId),
    url: (url && absoluteUrl(url, ctx.url)) ?? dom?.url,
    scores: scores.length ? scores : dom?.scores,
  };
}

// e.g. <div id="J_ShopInfo"> … <div class="tb-shop-name"><a href="//xiaosediscount.taobao.com" title="小涩品牌折扣">
function taobaoClassicShop(doc: Document, ctx: TaobaoPageContext): Shop | undefined {
  const box = doc.getElementById(TAOBAO_CLASSIC.shopInfo);
  const link = box?.querySelector(TAOBAO_CLASSIC.shopLink);
  const name = link?.getAttribute('title')?.trim() || textOf(link ?? box?.querySelector(TAOBAO_CLASSIC.shopName)) || ctx.classic()?.shopName;
  if (!box || !name) return undefined;
  const scores: Scores = Array.from(box.querySelectorAll(TAOBAO_CLASSIC.shopScores))
    .map((dl) => {
      const dd = dl.querySelector('dd');
      return shopScore(textOf(dl.querySelector('dt')), textOf(dd), vsIndustryFromClass(dd?.getAttribute('class')));
    })
    .filter((s): s is Scores[number] => !!s);
  return { name, url: absoluteUrl(link?.getAttribute('href'), ctx.url), scores };
}

// e.g. <a class="slogo-shopname" href="//suning.tmall.com"><strong>苏宁易购官方旗舰店</strong></a>
//      <div class="shopdsr-item"><div class="shopdsr-title">描 述</div><div class="shopdsr-score shopdsr-score-down-ctrl">
function tmallClassicShop(doc: Document, ctx: TaobaoPageContext): Shop | undefined {
  const link = firstIn(doc, TMALL_CLASSIC.shopName);
  const name = textOf(link);
  if (!link || !name) return undefined;
  const scores: Scores = allIn(doc, TMALL_CLASSIC.shopScores)
    .map((item) => {
      const score = item.querySelector('.shopdsr-score');
      return shopScore(
        textOf(item.querySelector('.shopdsr-title')),
        textOf(item.querySelector('.shopdsr-score-con') ?? score),
        vsIndustryFromClass(score?.getAttribute('class')),
      );
    })
    .filter((s): s is Scores[number] => !!s);
  return { name, url: absoluteUrl(link.closest('a')?.getAttribute('href'), ctx.url), scores };
}

// e.g. <a class="QJEEHAN8H5--detailWrap--…" href="//shop123.taobao.com"><span class="QJEEHAN8H5--shopName--…" title="…">
function modernDomShop(ctx: TaobaoPageContext): Shop | undefined {
  const el = ctx.classes().first(NAMES.shopName);
  const name = el?.getAttribute('title')?.trim() || textOf(el);
  if (!el || !name) return undefined;
  const scores: Scores = NAMES.shopScores
    .flatMap((n) => ctx.classes().all(n))
    .map((item) => scoreFromText(textOf(item)))
    .filter((s): s is Scores[number] => !!s);
  const href = el.closest('a')?.getAttribute('href') ?? el.querySelector('a')?.getAttribute('href');
  return { name, url: absoluteUrl(href, ctx.url), scores };
}

/**
 * `宝贝描述 4.8 高` · `好评率 98.6%` · `服务 4.9分 低于同行` → a score. Only a percentage or a DSR-style
 * x.y score counts: `发货速度 48小时内` or `服务满意度 高` carry no score.
 */
function scoreFromText(text: string): Scores[number] | undefined {
  const m = /^(\D+?)\s*(\d+(?:\.\d+)?)\s*(%|分)?\s*(.*)$/.exec(text);
  if (!m) return undefined;
  const [, name, num, unit, rest] = m;
  if (unit !== '%' && !(unit === '分' || /^[0-5]\.\d{1,2}$/.test(num!))) return undefined;
  if (unit !== '%' && rest && !/^(高|低|平|持平|.*同行.*)$/.test(rest)) return undefined;
  return shopScore(name!, num! + (unit === '%' ? '%' : ''), rest || undefined);
}

/** e.g. https://shop105999888.taobao.com/ — the shop's numeric host names its id. */
function idFromShopUrl(url: string | undefined): string | undefined {
  return /^https?:\/\/shop(\d{3,20})\.taobao\.com/i.exec(url ?? '')?.[1];
}

/**
 * Stores Tmall itself runs (天猫超市, 天猫国际直营/自营). A brand's own "XX自营旗舰店" is a third-party
 * shop, so the name must start with the marketplace's store name.
 */
function selfOperated(name: string, url: string | undefined): boolean {
  return /^(天猫超市|猫超|天猫国际(官方)?(直营|自营)|天猫国际进口超市)/.test(name) || /\/\/chaoshi\.tmall\.(com|hk)/.test(url ?? '');
}
