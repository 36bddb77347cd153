import type { Badge } from '../../../schema';
import { isHidden, textOf, textWithout } from '../../shared/dom';
import {
  AC_BADGE_MARK, AC_KEYWORD, AMAZONS_CHOICE, CLIMATE_PLEDGE, NEW_RELEASE_BADGE, RANK_BADGE, RANK_BADGE_CATEGORY, SMALL_BUSINESS,
} from '../selectors/listing';

/** Popover bodies and screen-reader copies that repeat or explain a badge. */
const BADGE_EXCLUDE = '.a-popover-preload, .a-popover-content, .aok-offscreen, .a-offscreen, script, style';

/** "#1 Best Seller in Dog Chew Toys", "Nr. 1 Bestseller in …", "n°1 des ventes dans …". */
const BEST_SELLER = /best\s*-?\s*seller|bestseller|meilleures? ventes|m[aá]s vendido|più venduto/i;
const NEW_RELEASE = /new release|neuerscheinung|nouveaut[ée]|novedad/i;

/**
 * The displayed product's own badges, in page order: Amazon's Choice (with its keyword),
 * the rank badge (Best Seller with its category, or another chart badge), New Release,
 * Climate Pledge Friendly and Small Business. Absent when none is shown — the usual case.
 * Prime is a property of the offer, read with delivery, not a badge here.
 */
export function readBadges(doc: Document): Badge[] | undefined {
  const out: Badge[] = [];
  const visible = (id: string) => {
    const el = doc.getElementById(id);
    return el && !isHidden(el) && textWithout(el, BADGE_EXCLUDE) ? el : undefined;
  };

  // The badge's own markup must be there: the container is present (empty, or holding a
  // book's format links) on most pages, so its text alone is no badge.
  const ac = visible(AMAZONS_CHOICE);
  if (ac?.querySelector(AC_BADGE_MARK)) {
    const keyword = textOf(ac.querySelector(AC_KEYWORD));
    out.push({ kind: 'amazons-choice', text: textWithout(ac, BADGE_EXCLUDE).slice(0, 2000), ...(keyword ? { category: keyword } : {}) });
  }
  const rank = visible(RANK_BADGE);
  if (rank) {
    const text = textWithout(rank, BADGE_EXCLUDE);
    // "#1 Best Seller in Dog Chew Toys": the category is the link after "in".
    const category = textOf(rank.querySelector(RANK_BADGE_CATEGORY)).replace(/^(?:in|en|dans|nella?)\s+/i, '');
    const best = BEST_SELLER.test(text);
    out.push({
      kind: best ? 'best-seller' : NEW_RELEASE.test(text) ? 'new-release' : 'other',
      text: text.slice(0, 2000),
      ...(best && category && !BEST_SELLER.test(category) ? { category } : {}),
    });
  }
  const fresh = visible(NEW_RELEASE_BADGE);
  if (fresh) out.push({ kind: 'new-release', text: textWithout(fresh, BADGE_EXCLUDE).slice(0, 2000) });
  const climate = CLIMATE_PLEDGE.map(visible).find(Boolean);
  if (climate) out.push({ kind: 'climate-pledge', text: textWithout(climate, BADGE_EXCLUDE).slice(0, 2000) });
  const small = visible(SMALL_BUSINESS);
  if (small) out.push({ kind: 'small-business', text: textWithout(small, BADGE_EXCLUDE).slice(0, 2000) });
  return out.length ? out : undefined;
}
