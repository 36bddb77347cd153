import type { Money, Promotion, PromotionKind } from '../../../schema';
import { collapse } from '../../shared/dom';
import { parseMoney, type MoneyContext } from '../../shared/money';
import { singlePercent } from '../../shared/promotion-text';

/**
 * Wording rules shared by the Amazon promotion readers: which kind a promotion line is,
 * its visible text, and the saving it names. Wordings are the ones the saved pages print
 * (en, de, fr, es) plus their usual translations.
 */

const COUPON = /coupon|voucher|gutschein|bon de r[ée]duction|cup[oó]n|buono sconto/i;
/** "Buy 2, save 10%", "on any 2 or more", "purchase of 4pcs", "when you purchase 4 or more", "3 CDs für 25 EUR". */
const THRESHOLD =
  /\b(?:buy|kaufen?|achetez|compra)\s+\d|\bon any\s+\d|\bwhen you (?:buy|purchase)\s+\d|\d+\s+(?:or more|ou plus|oder mehr|o m[aá]s)\b|\bpurchase of\s+\d|\b\d+\s+\S+\s+(?:für|for|pour|por)\s+\d/i;
const SUBSCRIBE = /subscribe\s*&\s*save|spar-abo|prévoir et économiser|suscr[ií]bete y ahorra/i;
const PROGRAMME = /if you qualify|prime (?:members|exclusive)|business price|mitglieder/i;
/** Credit-card sign-up and store adverts share the promotions list but promote no saving on this product. */
export const NOT_A_PROMOTION =
  /statement credit|gift card when approved|credit card|mastercard|kreditkarte|carte de cr[ée]dit|\bAPR\b/i;
const CURRENCY = /[$£€¥₹]|د\.إ|\b(?:EUR|AED|USD|GBP|CAD|CDN|SAR)\b/;
const SAVE_MONEY = /(?:save|spare|sparen|[ée]conomisez|ahorra|risparmia|apply|coupon)\D{0,12}?([$£€¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|EUR|AED|USD|GBP)|(?:EUR|AED|USD|GBP|CDN\$)\s?\d[\d.,]*)/i;

/** The kind of a promotion line; `hint` is what the block it came from already says. */
export function promotionKind(text: string, hint?: PromotionKind): PromotionKind {
  if (COUPON.test(text)) return 'coupon';
  if (SUBSCRIBE.test(text)) return 'subscribe-save';
  if (THRESHOLD.test(text)) return 'threshold';
  if (hint) return hint;
  return PROGRAMME.test(text) ? 'programme' : 'other';
}

/** Builds a promotion from its wording: percentOff when it names one percentage, amountOff when it names money saved (both for "You Save: $6.79 (15%)"). */
export function promotionFrom(kind: PromotionKind, raw: string, money: MoneyContext): Promotion | undefined {
  const text = collapse(raw).replace(/\s*\|\s*$/, '').slice(0, 2000);
  if (!text) return undefined;
  const p: Promotion = { kind, text };
  const percent = singlePercent(text);
  if (percent !== undefined) p.percentOff = percent;
  const amount = savedAmount(text, money);
  if (amount) p.amountOff = amount;
  return p;
}

function savedAmount(text: string, money: MoneyContext): Money | undefined {
  const m = SAVE_MONEY.exec(text);
  if (!m?.[1] || !CURRENCY.test(m[1])) return undefined;
  const amount = parseMoney(m[1], money);
  return amount && amount.amount > 0 ? amount : undefined;
}

/** Keeps the first of promotions whose wording repeats (a coupon restated in the promotions list). */
export function dedupe(list: Promotion[]): Promotion[] {
  const out: Promotion[] = [];
  for (const p of list) {
    const key = p.text.toLowerCase();
    const same = out.find(
      (q) => q.text.toLowerCase().includes(key) || key.includes(q.text.toLowerCase())
        || (q.kind === p.kind && p.kind === 'coupon' && q.percentOff !== undefined && q.percentOff === p.percentOff),
    );
    if (!same) out.push(p);
  }
  return out;
}
