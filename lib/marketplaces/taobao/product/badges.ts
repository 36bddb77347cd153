import type { Badge } from '../../../schema';
import { cnBadge, uniqueBadges } from '../../shared/cn-listing';
import { textOf } from '../../shared/dom';
import { allIn } from '../dom/scoped';
import { hiddenAnyway } from '../dom/visibility';
import type { TaobaoPageContext } from '../page-context';
import { LISTING_CLASSIC, LISTING_NAMES } from '../selectors/listing';

/**
 * Badges the page shows: Taobao's shop icons (金牌卖家 in `title`), Tmall's flagship mark
 * (`.flagship-icon`, worded 品牌直销), today's title / shop / price tags (百亿补贴, 天猫旗舰店,
 * 官方) as text or as an icon's alt. A shop name alone is not a badge.
 */
export function readBadges(doc: Document, ctx: TaobaoPageContext): Badge[] | undefined {
  const found: (Badge | undefined)[] = [];
  for (const el of allIn(doc, LISTING_CLASSIC.shopIcons)) {
    if (!hiddenAnyway(el)) found.push(cnBadge(el.getAttribute('title') ?? textOf(el)));
  }
  for (const el of allIn(doc, LISTING_CLASSIC.tmallShopIcons)) {
    // e.g. <span class="flagship-icon"><span class="flagship-icon-font">品牌直销</span></span>
    if (!hiddenAnyway(el) && textOf(el)) found.push({ kind: 'tmall-flagship', text: textOf(el).slice(0, 40) });
  }
  for (const el of LISTING_NAMES.badges.flatMap((n) => ctx.classes().all(n))) {
    if (hiddenAnyway(el)) continue;
    const img = el.tagName === 'IMG' ? el : el.querySelector('img');
    found.push(cnBadge(textOf(el) || img?.getAttribute('alt') || img?.getAttribute('title') || ''));
  }
  return uniqueBadges(found);
}
