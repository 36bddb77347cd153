import type { Shop } from '../../../schema';
import { absoluteUrl, textOf } from '../../shared/dom';
import { parseLocaleNumber, toAsciiDigits } from '../../shared/numbers';
import { directText, shown } from '../dom';
import { anchorName } from '../class-index';
import type { JdPage } from '../page';
import { stringField, type JsObject } from '../page-state';
import { SCORE_NAMES, SCORE_PART, SELF_BADGE, SHOP_NAME } from '../selectors/shop';

type Score = NonNullable<Shop['scores']>[number];

/**
 * The shop block: name, id and URL (`mall.jd.com/index-<shopId>.html`), 京东自营 and the
 * score lines where the page shows them. `pageConfig.product.shopId` fills a missing id;
 * `isSelf` / `isPop` (data names of J1) decide self-operation when no badge says it.
 */
export function readShop(page: JdPage): { shop: Shop; strategy: string } | undefined {
  const found = findName(page);
  if (!found) return undefined;
  const { el, selector } = found;
  const base = page.url;
  const config = page.config();
  const name = (el.getAttribute('title')?.trim() || textOf(el)).replace(/\s*(进店逛逛|关注店铺|联系客服)\s*$/, '');
  const link = el.closest('a[href]') ?? el.querySelector('a[href]');
  const href = absoluteUrl(link?.getAttribute('href'), base);
  // e.g. https://mall.jd.com/index-1000123456.html?from=pc (shop id 1000123456)
  const idFromLink = /\/index-(\d+)\.html/.exec(href ?? '')?.[1];
  const configId = stringField(config, 'shopId');
  const id = idFromLink ?? (configId && configId !== '0' ? configId : undefined);
  const root = shopRoot(el);
  const shop: Shop = { name };
  if (id) shop.id = id;
  // e.g. https://mall.jd.com/index-650000.html · https://suoyin.jd.com/ (a shop's own subdomain)
  if (href && /^https?:\/\/(mall\.jd\.com\/index-\d+\.html|[a-z0-9-]+\.jd\.com\/?(\?|$))/i.test(href)) shop.url = href;
  else if (id) shop.url = `https://mall.jd.com/index-${id}.html`;
  const self = selfOperated(root, name, config);
  if (self !== undefined) shop.selfOperated = self;
  const scores = readScores(page, root);
  if (scores.length) shop.scores = scores;
  return { shop, strategy: selector };
}

function findName(page: JdPage): { el: Element; selector: string } | undefined {
  for (const anchor of SHOP_NAME) {
    const els = page.index().query(anchor);
    for (const el of els) {
      // The innermost match: a `shop-name-wrap` around the name and its badge is not the name.
      if (els.some((other) => other !== el && el.contains(other)) || !shown(el) || !textOf(el)) continue;
      return { el, selector: anchorName(anchor) };
    }
  }
  return undefined;
}

/** The smallest ancestor that still reads as one shop box (≤ 600 characters of text). */
function shopRoot(el: Element): Element {
  let root = el;
  for (let up = 0; up < 6 && root.parentElement && textOf(root.parentElement).length <= 600; up++) root = root.parentElement;
  return root;
}

function selfOperated(root: Element, name: string, config: JsObject | undefined): boolean | undefined {
  if (/京东自营/.test(name)) return true;
  for (const badge of Array.from(root.querySelectorAll(SELF_BADGE)).slice(0, 200)) {
    if (/^(京东)?自营$/.test(textOf(badge)) && shown(badge, root)) return true;
  }
  if (config?.isSelf === true || config?.isPop === false) return true;
  if (config?.isSelf === false || config?.isPop === true) return false;
  return undefined;
}

/** `.score-part` lines, else innermost elements reading "商品评价 9.6 高" in the shop box. */
function readScores(page: JdPage, root: Element): Score[] {
  const parts = page.index().query(SCORE_PART);
  const lines = parts.length ? parts : Array.from(root.querySelectorAll('*')).filter((e) => SCORE_NAMES.test(textOf(e)) && !Array.from(e.children).some((c) => SCORE_NAMES.test(textOf(c))));
  const out: Score[] = [];
  for (const line of lines.slice(0, 10)) {
    const text = toAsciiDigits(textOf(line));
    const m = /^(\S+?)\s*[：:]?\s*(\d+(?:\.\d+)?)\s*分?\s*(高|中|低|持平|高于\S*|低于\S*)?/.exec(text);
    const score = m ? parseLocaleNumber(m[2]!, '.') : undefined;
    if (!m || score === undefined || score > 10) continue;
    // 2016–20 scores are out of 10 (9.62); a score ≤ 5 could be either scale, so none is claimed.
    const entry: Score = { name: m[1]!.replace(/[：:]$/, ''), score, ...(score > 5 ? { max: 10 } : {}) };
    const trend = m[3] ?? directText(line.querySelector('.score-trend') ?? line).match(/高|中|低/)?.[0];
    if (trend) entry.vsIndustry = trend;
    out.push(entry);
  }
  return out;
}
