import type { Money, Promotion, PromotionKind } from '../../schema';
import { parseCoupons } from './coupons';
import { collapse } from './dom';
import { roundMinor } from './money';
import { toAsciiDigits } from './numbers';

/**
 * Promotions as Taobao, Tmall and JD word them (优惠券, 满减, 满件折, 赠品, 秒杀, 百亿补贴 …):
 * one line of page text → kind + text + the money it names. Amount parsing is shared with
 * `coupons` (shared/coupons.ts), so `满199减10` reads the same in both fields.
 */

/** Wordings per kind, checked in this order (a 秒杀 line naming a 券 is still a deal). */
const KIND_WORDS: ReadonlyArray<[PromotionKind, RegExp]> = [
  ['gift', /赠品|^赠|买.{0,6}[送赠]|满.{0,8}[送赠](?!.{0,4}(运费|积分))|加赠|送.{0,10}(礼包|好礼)/],
  ['deal', /秒杀|限时|抢购|闪购|聚划算|倒计时|距.{0,2}结束/],
  ['programme', /百亿补贴|官方补贴|政府补贴|国家补贴|PLUS|plus会员|会员价|天猫U先|88VIP/i],
  ['coupon', /券/],
  ['threshold', /满\s*\d+(\.\d+)?\s*(元|件)?\s*[,，]?\s*(可|立)?\s*(减|省|打|享|\d+(\.\d+)?\s*折|包邮|免运费|免邮)|每满|件起包邮|[多两]件.{0,4}(折|减|包邮)/],
  ['discount', /直降|立减|\d+(\.\d+)?\s*折|特价|降价|优惠价|尊享价|新品价|活动价/],
];

/** The kind a promotion line's wording names; `fallback` when none does. */
export function promotionKind(text: string, fallback: PromotionKind = 'other'): PromotionKind {
  const t = toAsciiDigits(text);
  for (const [kind, re] of KIND_WORDS) if (re.test(t)) return kind;
  return fallback;
}

export interface PromotionHints {
  /** The kind the page's own label says (`赠品`, `满减`, a coupon row); wording still wins for deals. */
  kind?: PromotionKind;
  /** The kind when neither a label nor the wording names one (a 淘宝价 row's type is a discount). */
  fallback?: PromotionKind;
  /** An absolute end the page embeds (ms since epoch, seconds, or a date text). */
  endsAt?: string | number;
  /** The page's own countdown / end wording (`距结束 01:22:33`). */
  endsText?: string;
}

/** One promotion from a line of page text, or undefined for an empty line. */
export function cnPromotion(rawText: string, hints: PromotionHints = {}): Promotion | undefined {
  const text = collapse(rawText).slice(0, 500);
  if (!text) return undefined;
  const worded = promotionKind(text, hints.kind ?? hints.fallback ?? 'other');
  // A label's kind wins unless the wording names a deal or a programme (a 秒杀 row labelled 促销).
  const kind = hints.kind && !(worded === 'deal' || worded === 'programme') ? hints.kind : worded;
  const out: Promotion = { kind, text };
  const coupon = parseCoupons(text)[0];
  if (coupon?.threshold) out.threshold = coupon.threshold;
  if (coupon?.discount) out.amountOff = coupon.discount;
  if (coupon?.percentOff !== undefined) out.percentOff = coupon.percentOff;
  if (!out.amountOff) {
    const off = amountOffWords(text);
    if (off) out.amountOff = off;
  }
  const endsAt = isoEnd(hints.endsAt);
  if (endsAt) out.endsAt = endsAt;
  const endsText = collapse(hints.endsText ?? '') || endingWords(text);
  if (endsText) {
    out.endsText = endsText.slice(0, 200);
    const seconds = countdownSeconds(endsText);
    if (seconds !== undefined) out.endsInSeconds = seconds;
  }
  return out;
}

/** `直降200元`, `淘金币可抵1.10元`, `可抵扣5元`: money off that the coupon grammar does not name. */
function amountOffWords(text: string): Money | undefined {
  const m = /(?:直降|立减|可抵扣?|抵|省)\s*[¥￥]?\s*(\d+(?:\.\d+)?)\s*元?/.exec(toAsciiDigits(text));
  const amount = m ? Number(m[1]) : NaN;
  return amount > 0 ? { amount: roundMinor(amount), currency: 'CNY' } : undefined;
}

/** The ending phrase inside a line (`距结束 2天 03:12:09`, `5月20日 23:59结束`). */
function endingWords(text: string): string | undefined {
  return /(距(?:离)?(?:活动)?结束[^，,；;]*|剩余\s*[\d天时分秒:：\s]+|\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2}\s*结束)/.exec(text)?.[1]?.trim();
}

/** `距结束 01:22:33` → 4953; `2天 03:00:00` → 183600; `1天3小时20分` → 98400. */
export function countdownSeconds(text: string): number | undefined {
  const t = toAsciiDigits(text).replace(/：/g, ':');
  const days = Number(/(\d+)\s*天/.exec(t)?.[1] ?? 0);
  const clock = /(\d{1,3}):(\d{2})(?::(\d{2}))?/.exec(t);
  let seconds: number | undefined;
  if (clock) seconds = Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
  else {
    const h = /(\d+)\s*(?:小时|时)/.exec(t);
    const m = /(\d+)\s*分/.exec(t);
    const s = /(\d+)\s*秒/.exec(t);
    if (h || m || s) seconds = Number(h?.[1] ?? 0) * 3600 + Number(m?.[1] ?? 0) * 60 + Number(s?.[1] ?? 0);
  }
  if (seconds === undefined && !/\d+\s*天/.test(t)) return undefined;
  const total = days * 86_400 + (seconds ?? 0);
  return total <= 400 * 86_400 ? total : undefined;
}

/** An embedded end as ISO: epoch ms or seconds, or `2026-05-20 23:59:59` read as China time (UTC+8). */
export function isoEnd(value: string | number | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : /^\d{10,13}$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isFinite(n)) {
    const ms = n < 1e12 ? n * 1000 : n;
    return ms > 1e12 && ms < 5e12 ? new Date(ms).toISOString() : undefined;
  }
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(String(value).trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const ms = Date.UTC(y!, mo! - 1, d!, h! - 8, mi!, s ?? 0);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** Drops repeats (same kind and text); undefined for none, so the field stays absent. */
export function uniquePromotions(list: readonly (Promotion | undefined)[], max = 50): Promotion[] | undefined {
  const seen = new Set<string>();
  const out: Promotion[] = [];
  for (const p of list) {
    if (!p || seen.has(`${p.kind}|${p.text}`)) continue;
    seen.add(`${p.kind}|${p.text}`);
    out.push(p);
  }
  return out.length ? out.slice(0, max) : undefined;
}

/**
 * A row that lists numbered offers (`1.单笔订单满50元减10元；…2.单笔订单满80元减20元；…`) as one line
 * per offer; any other text is one line. A decimal (`可抵1.10元`) is no list marker.
 */
export function splitNumberedOffers(raw: string): string[] {
  const text = collapse(raw);
  const marker = /(?:^|(?<=[！!；;。，,\s]))\d{1,2}[.、．](?=\D)/g;
  const starts = [...text.matchAll(marker)].map((m) => m.index);
  if (starts.length < 2 || starts[0] !== 0) return text ? [text] : [];
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).replace(/^\d{1,2}[.、．]\s*/, '').trim()).filter(Boolean);
}
