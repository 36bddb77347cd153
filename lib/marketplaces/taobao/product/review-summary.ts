import type { ReviewTag } from '../../../schema';
import { textOf } from '../../shared/dom';
import type { FieldReader, Strategy } from '../../shared/field-reader';
import { parseCount, toAsciiDigits } from '../../shared/numbers';
import { allIn, firstIn } from '../dom/scoped';
import type { TaobaoPageContext } from '../page-context';
import { parseReviewTag, uniqueTags } from '../parse/review-tags';
import { NAMES, NEGATIVE_TAG, TAOBAO_CLASSIC, TMALL_CLASSIC } from '../selectors/product';
import { REVIEW_NAMES } from '../selectors/reviews';

/**
 * The review count shown on the item page: classic `累计评论 45` / `累计评价 38287`; today's
 * `用户评价·500+`. A rounded count (500+, 1万+) is not an exact count: it is left out and the
 * reader says why, so the panel never shows a made-up number.
 */
export function readReviewCount(doc: Document, ctx: TaobaoPageContext, r: FieldReader): number | undefined {
  const strategies: Strategy<string>[] = [
    { name: 'taobao-rate-counter', read: () => textOf(doc.getElementById(TAOBAO_CLASSIC.reviewCount)) || undefined },
    { name: 'tmall-item-rates', read: () => textOf(firstIn(doc, TMALL_CLASSIC.reviewCount)) || undefined },
    {
      // e.g. <div class="…--tabTitleItem--…">用户评价<span>500+</span></div>
      name: 'review-tab-title',
      read: () => {
        for (const name of REVIEW_NAMES.summary) {
          for (const el of ctx.classes().all(name)) {
            const m = /(?:用户评价|累计评价|宝贝评价|评价)\s*[·:：(（]?\s*([\d.,]+\s*[万千]?\+?)/.exec(toAsciiDigits(textOf(el)));
            if (m) return m[1];
          }
        }
        return undefined;
      },
    },
  ];
  const shown = r.pick('product.reviewCount', null, strategies);
  if (shown === undefined) {
    r.issue('product.reviewCount', 'missing-optional', 'product.reviewCount not found on the page', strategies.map((s) => s.name));
    return undefined;
  }
  if (/[+万千]/.test(shown) || !/^\d[\d,]*$/.test(shown.trim())) {
    delete r.provenance['product.reviewCount'];
    r.issue('product.reviewCount', 'missing-optional', `Only a rounded review count is shown ("${shown}"), not an exact one`);
    return undefined;
  }
  return parseCount(shown);
}

/** Review tags with counts: classic 大家印象 chips, today's 大家都在说 `tagItem` chips. */
export function reviewTagStrategies(doc: Document, ctx: TaobaoPageContext): Strategy<ReviewTag[]>[] {
  const list = (tags: Array<ReviewTag | undefined>) => {
    const out = uniqueTags(tags);
    return out.length ? out : undefined;
  };
  return [
    {
      // e.g. <ul class="kg-rate-wd-impression"><li><a data-act="impress" data-neg="-1">做工差 (36)</a>
      name: 'classic-impressions',
      read: () =>
        list(
          allIn(doc, TAOBAO_CLASSIC.impressionTags).map((el) => parseReviewTag(textOf(el), el.matches(NEGATIVE_TAG) || !!el.closest(NEGATIVE_TAG))),
        ),
    },
    {
      // e.g. <span class="…--tagItem--…">质量很好(128)</span>; a grey chip is a critical tag
      name: 'tag-items',
      read: () =>
        list(
          NAMES.reviewTag
            .flatMap((n) => ctx.classes().all(n))
            .map((el) => parseReviewTag(textOf(el), /gray|grey|negative|bad/i.test(el.getAttribute('class') ?? ''))),
        ),
    },
  ];
}
