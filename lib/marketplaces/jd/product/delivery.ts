import type { Delivery } from '../../../schema';
import { cnDelivery, questionCountIn } from '../../shared/cn-listing';
import { textOf } from '../../shared/dom';
import { shown } from '../dom';
import type { JdPage } from '../page';
import { DELIVERY, QUESTIONS } from '../selectors/listing';

/**
 * Delivery as the page words it: the stock prompt's promise (`11:00前完成下单，预计今日送达`),
 * 包邮 / 免运费 or a fee, and who ships (`由 京东 发货`, 京东物流 → marketplace; 商家发货 → seller).
 * Hidden service rows (`class="hide"` until a script fills them) say nothing.
 */
export function readDelivery(page: JdPage): Delivery | undefined {
  const lines = DELIVERY.flatMap((a) => page.index().query(a))
    .filter((el) => shown(el))
    .map((el) => textOf(el).replace(/^(有货|无货|现货|采购中)[，,]?\s*/, ''));
  return cnDelivery(lines);
}

/** 商品问答 / 问大家 count where a tab or header prints it. */
export function readQuestionCount(page: JdPage): number | undefined {
  for (const anchor of QUESTIONS) {
    for (const el of page.index().query(anchor)) {
      const n = shown(el) ? questionCountIn(textOf(el).slice(0, 200)) : undefined;
      if (n !== undefined) return n;
    }
  }
  return undefined;
}
