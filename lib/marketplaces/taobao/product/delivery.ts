import type { Delivery } from '../../../schema';
import { cnDelivery, questionCountIn } from '../../shared/cn-listing';
import { textOf } from '../../shared/dom';
import { allIn } from '../dom/scoped';
import { hiddenAnyway } from '../dom/visibility';
import type { TaobaoPageContext } from '../page-context';
import { LISTING_CLASSIC, LISTING_NAMES } from '../selectors/listing';

/**
 * Delivery lines as shown: the fee (`快递 免运费` / `快递 ¥5.00`), the shipping promise
 * (`卖家承诺72小时内发货`, `48小时内发货`) and who ships (天猫直送 / 菜鸟 → marketplace).
 */
export function readDelivery(doc: Document, ctx: TaobaoPageContext): Delivery | undefined {
  const classic = LISTING_CLASSIC.delivery.map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => !!el);
  const modern = LISTING_NAMES.delivery.flatMap((n) => ctx.classes().all(n));
  const lines = [...classic, ...modern].filter((el) => !hiddenAnyway(el)).map((el) => textOf(el));
  return cnDelivery(lines);
}

/** 问大家 count where its tab or header prints one (the classic tab usually shows none). */
export function readQuestionCount(doc: Document, ctx: TaobaoPageContext): number | undefined {
  const els = [...allIn(doc, LISTING_CLASSIC.questions), ...LISTING_NAMES.questions.flatMap((n) => ctx.classes().all(n))];
  for (const el of els) {
    const n = questionCountIn(textOf(el).slice(0, 200));
    if (n !== undefined) return n;
  }
  return undefined;
}
