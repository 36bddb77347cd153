import type { Badge } from '../../../schema';
import { cnBadge, uniqueBadges } from '../../shared/cn-listing';
import { textOf } from '../../shared/dom';
import { shown } from '../dom';
import type { JdPage } from '../page';
import { BADGE_ITEM, BADGE_ROOTS } from '../selectors/listing';

const MAX_ITEMS_PER_ROOT = 200;

/**
 * Badges shown beside the title, the shop name and the price (京东自营, PLUS会员价, 百亿补贴,
 * 官方): each is a short element (or an icon's alt/title) whose whole text is a badge wording.
 * A self-operated shop that shows no badge has none here (`shop.selfOperated` keeps the fact).
 */
export function readBadges(page: JdPage): Badge[] | undefined {
  const found: (Badge | undefined)[] = [];
  const seen = new Set<Element>();
  for (const anchor of BADGE_ROOTS) {
    for (const root of page.index().query(anchor)) {
      if (seen.has(root) || !shown(root)) continue;
      seen.add(root);
      for (const el of Array.from(root.querySelectorAll(BADGE_ITEM)).slice(0, MAX_ITEMS_PER_ROOT)) {
        if (seen.has(el) || !shown(el, root)) continue;
        seen.add(el);
        const label = el.tagName === 'IMG' ? el.getAttribute('alt') ?? el.getAttribute('title') ?? '' : textOf(el);
        found.push(cnBadge(label));
      }
    }
  }
  return uniqueBadges(found);
}
