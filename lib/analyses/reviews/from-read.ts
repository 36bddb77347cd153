import type { PageRead } from '../../schema';
import type { ReviewInput } from './analyse';

/**
 * What analyseReviews gets from one page read: the page's reviews, and from its product
 * box the star histogram with the rating count behind it, the review tags (JD/Taobao
 * 评价标签), the title (so the product's own name is not taken for a theme) and the
 * page's locale. One place for the panel, the audit command and the tests, so they
 * analyse a page the same way.
 */
export function reviewInputOf(read: PageRead): ReviewInput {
  const p = read.product;
  const h = p?.starHistogram;
  return {
    reviews: read.reviews ?? [],
    ...(h && h.length === 5 ? { histogram: h as [number, number, number, number, number] } : {}),
    ...(p?.reviewCount !== undefined ? { ratingCount: p.reviewCount } : {}),
    ...(p?.reviewTags?.length ? { reviewTags: p.reviewTags } : {}),
    ...(p?.title ? { title: p.title } : {}),
    locale: read.locale,
  };
}
