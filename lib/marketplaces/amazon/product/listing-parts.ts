import type { Product } from '../../../schema';
import type { FieldReader } from '../../shared/field-reader';
import type { MoneyContext } from '../../shared/money';
import { readBadges } from './badges';
import { readDelivery } from './delivery';
import { readMedia } from './media';
import { readPromotions } from './promotions';
import { readQuestionCount } from './questions';
import { readRichContent } from './rich-content';
import { readVariations } from './variations';

type ListingParts = Pick<Product, 'media' | 'richContent' | 'variations' | 'badges' | 'promotions' | 'questionCount' | 'delivery'>;

/**
 * The listing parts of issue #10 on an Amazon product page. Each part is absent when the
 * page does not show it; only a missing gallery is worth an issue (every product page has
 * one), badges, promotions, videos and Q&A are simply not there on most pages. One part
 * that throws must not take the others (or the product) down: it becomes an issue.
 */
export function readListingParts(doc: Document, mainImage: string | undefined, money: MoneyContext, r: FieldReader): ListingParts {
  const part = <T>(field: string, read: () => T | undefined): T | undefined => {
    try {
      return read();
    } catch (e) {
      r.issue(field, 'unparseable', `${field} could not be read: ${e instanceof Error ? e.message.slice(0, 200) : 'error'}`);
      return undefined;
    }
  };
  const parts: ListingParts = {
    media: part('product.media', () => readMedia(doc, mainImage, r)),
    richContent: part('product.richContent', () => readRichContent(doc)),
    variations: part('product.variations', () => readVariations(doc, r)),
    badges: part('product.badges', () => readBadges(doc)),
    promotions: part('product.promotions', () => readPromotions(doc, money, r)),
    questionCount: part('product.questionCount', () => readQuestionCount(doc, r)),
    delivery: part('product.delivery', () => readDelivery(doc, r)),
  };
  if (parts.media?.mainImage) r.provenance['product.media.mainImage'] = 'main-image';
  if (parts.richContent) r.provenance['product.richContent'] = parts.richContent.kinds.join('+');
  if (parts.badges) r.provenance['product.badges'] = parts.badges.map((b) => b.kind).join('+').slice(0, 100);
  return parts;
}
