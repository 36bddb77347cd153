import type { Promotion, PromotionKind } from '../../../schema';
import { cnPromotion, isoEnd, uniquePromotions, type PromotionHints } from '../../shared/cn-promotions';
import { collapse, textOf } from '../../shared/dom';
import { ownText, shown } from '../dom';
import type { JdPage } from '../page';
import { DEAL, GIFTS, PROMO_BLOCKS, PROMO_LABEL, PROMO_LINE } from '../selectors/listing';

const MAX_LINES = 50;

/** The kind a line's own label names (赠品 → gift, 满减 → threshold, 秒杀 → deal …). */
const LABEL_KINDS: ReadonlyArray<[RegExp, PromotionKind]> = [
  [/赠品|赠|送/, 'gift'],
  [/满减|满额减|每满减|多买优惠|满件折|满折/, 'threshold'],
  [/券/, 'coupon'],
  [/秒杀|限时|闪购/, 'deal'],
  [/直降|单品/, 'discount'],
  [/PLUS|百亿补贴|会员/i, 'programme'],
];

/**
 * Every promotion line shown: 促销 rows (label + text), 领券 chips, the 赠品 row and the 秒杀
 * banner with its countdown (`data-end-time` → endsAt; `距结束 01:22:33` → endsInSeconds).
 * Hidden rows (`class="hide"` without an inline display) are skipped.
 */
export function readPromotions(page: JdPage, unparseable: (message: string) => void = () => undefined): Promotion[] | undefined {
  const idx = page.index();
  const out: (Promotion | undefined)[] = [];
  const visited = new Set<Element>();
  for (const { anchor, coupons } of PROMO_BLOCKS) {
    for (const block of idx.query(anchor)) {
      // A hashed `_couponItem_` inside a `_coupon_` block is one of its lines, not a block.
      if (visited.has(block) || !shown(block) || [...visited].some((v) => v.contains(block))) continue;
      visited.add(block);
      const lines = linesOf(block);
      if (!lines.length && textOf(block)) unparseable(`A promotion block is shown but no promotion line was found in it: "${textOf(block).slice(0, 60)}"`);
      // The label stays in the text: `加价购 满1499.00另加79.00元` says what the numbers are for.
      out.push(...lines.map(({ text, label }) => cnPromotion(label ? `${label} ${text}` : text, { kind: labelKind(label) ?? (coupons ? 'coupon' : undefined) })));
      if (out.length >= MAX_LINES) break;
    }
  }
  const gifts = idx.query(GIFTS)[0];
  // The 赠品 row lists the gift a 赠品 promotion line already announces; alone it is the promotion.
  if (gifts && shown(gifts) && textOf(gifts) && !out.some((p) => p?.kind === 'gift')) {
    out.push(cnPromotion(`赠品：${textOf(gifts)}`, { kind: 'gift' }));
  }
  for (const anchor of DEAL) {
    const banner = idx.query(anchor).find((el) => shown(el) && textOf(el));
    if (banner) out.unshift(deal(banner, unparseable));
  }
  return uniquePromotions(out);
}

/** A row's own title (领券 / 促销 / 优惠), not a promotion's label. */
const ROW_TITLE = /^(领\s*券|促\s*销|优\s*惠)[：:]?$/;

/**
 * Lines of a block: explicit line elements; else the children in order, where a label
 * (`em.hl_red_bg`, a hashed `_promoTag_`) opens a line that the next text completes, any other
 * element is a line of its own, and `<br>` ends a line (2013–20 `label + text` pairs).
 */
function linesOf(block: Element): { text: string; label?: string }[] {
  const items = Array.from(block.querySelectorAll(PROMO_LINE)).filter((el) => shown(el, block) && !el.querySelector(PROMO_LINE));
  if (items.length) {
    return items.slice(0, MAX_LINES).map((el) => {
      const label = el.querySelector(PROMO_LABEL);
      return { text: label ? ownText(el, PROMO_LABEL) : textOf(el), label: textOf(label) || undefined };
    }).filter((l) => l.text);
  }
  // e.g. <em class="hl_red_bg">赠品</em><em class="hl_red">赠下方1件热销商品</em><br><em class="hl_red_bg">加价购</em>…
  const lines: { text: string; label?: string }[] = [];
  let last: { text: string; label?: string } | undefined;
  for (let n = block.firstChild; n && lines.length < MAX_LINES; n = n.nextSibling) {
    const el = n.nodeType === 1 ? (n as Element) : undefined;
    if (el?.tagName === 'BR') { last = undefined; continue; }
    if (el && !shown(el, block)) continue;
    // A 详情 link is navigation, not part of the promotion.
    if (el?.tagName === 'A' && /详情/.test(textOf(el))) continue;
    const text = el ? textOf(el) : collapse(n.nodeValue ?? '');
    if (!text) continue;
    if (el?.matches(PROMO_LABEL)) {
      if (ROW_TITLE.test(text)) continue;
      lines.push((last = { text: '', label: text }));
    } else if (last && (!last.text || !el)) {
      last.text = collapse(`${last.text} ${text}`);
    } else {
      lines.push((last = { text }));
    }
  }
  return lines.filter((l) => l.text);
}

function labelKind(label: string | undefined): PromotionKind | undefined {
  if (!label) return undefined;
  return LABEL_KINDS.find(([re]) => re.test(label))?.[1];
}

// e.g. <div id="banner-miaosha" data-end-time="1714550399000"><span>京东秒杀</span><span class="J-count">距结束 01:22:33</span></div>
function deal(banner: Element, unparseable: (message: string) => void): Promotion | undefined {
  const countdown = banner.querySelector('.J-count, [class*="count"], [class*="time"]');
  const hints: PromotionHints = {
    kind: 'deal',
    endsAt: banner.getAttribute('data-end-time') ?? banner.getAttribute('data-endtime') ?? undefined,
    endsText: textOf(countdown) || undefined,
  };
  if (hints.endsAt !== undefined && !isoEnd(hints.endsAt)) unparseable(`The deal's end time "${String(hints.endsAt).slice(0, 40)}" is not a date`);
  const text = countdown ? ownText(banner, '.J-count, [class*="count"], [class*="time"]') : textOf(banner);
  return cnPromotion(text || textOf(banner), hints);
}
