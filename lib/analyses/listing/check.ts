import type { Bilingual, Issue, ListingCheck, Marketplace, PageRead, Product } from '../../schema';
import type { TitleConfig } from '../title/limits';
import { sectionOf, type ListingRuleId, type WeightTable } from './weights';

/** How one listing check is built: weight from the marketplace's table, earned from the status. */

export const msg = (zh: string, en: string): Bilingual => ({ zh, en });

/** What every rule reads, prepared once per scoreListing call. */
export interface RuleEnv {
  read: PageRead;
  product: Product;
  marketplace: Marketplace;
  weights: WeightTable;
  keywords: readonly string[];
  config?: TitleConfig;
  /** A review page: only the product box (title, rating, count) is on it. */
  boxOnly: boolean;
}

export interface CheckExtra {
  value?: string;
  fix?: Bilingual;
  source?: string;
}

/** Messages are bounded by the schema (2,000 characters): long page text is cut with an ellipsis. */
const MAX_MESSAGE = 2000;
const clip = (s: string) => (s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE - 1)}…` : s);
const bounded = (m: Bilingual): Bilingual => ({ zh: clip(m.zh), en: clip(m.en) });

/** Rounded to cents of a point, so sums stay exact enough to show. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * A judged check: a pass earns the rule's weight, a warn half, a fail none (the title
 * scorer's convention). `earned` overrides that for rules that grade on a scale (title).
 */
export function judged(env: RuleEnv, rule: ListingRuleId, status: 'pass' | 'warn' | 'fail', message: Bilingual, extra: CheckExtra & { earned?: number } = {}): ListingCheck {
  const weight = env.weights[rule] ?? 0;
  const earned = extra.earned ?? (status === 'pass' ? weight : status === 'warn' ? weight / 2 : 0);
  const out: ListingCheck = { rule, section: sectionOf(rule), status, message: bounded(message), weight, earned: round2(Math.min(weight, Math.max(0, earned))) };
  if (extra.value) out.value = extra.value.slice(0, 300);
  if (extra.fix && status !== 'pass') out.fix = { message: bounded(extra.fix) };
  if (extra.source) out.source = extra.source.slice(0, 500);
  return out;
}

/** A check the read cannot judge: weight 0, so it neither costs nor earns; the message says what is missing. */
export function unknown(rule: ListingRuleId, message: Bilingual, extra: CheckExtra & { source: string }): ListingCheck {
  const out: ListingCheck = { rule, section: sectionOf(rule), status: 'unknown', message: bounded(message), weight: 0, earned: 0 };
  if (extra.value) out.value = extra.value.slice(0, 300);
  if (extra.source) out.source = extra.source.slice(0, 500);
  return out;
}

/**
 * The issue the reader raised for a product field (`rating` → `product.rating`, or a
 * member such as `product.media.videoCount`): the reader could not read it, which is not
 * the same as the page not showing it.
 */
export function unreadIssue(read: PageRead, field: string | readonly string[]): Issue | undefined {
  const names = (typeof field === 'string' ? [field] : field).map((f) => `product.${f}`);
  return read.issues.find((i) => names.some((name) => i.field === name || i.field.startsWith(`${name}.`)));
}

/**
 * Why a part is missing, for an unknown check's message: the reader's issue, a review page
 * that shows only the product box, or the page simply not showing it.
 */
export function missingWhy(env: RuleEnv, field: string | readonly string[], what: Bilingual): Bilingual {
  const issue = unreadIssue(env.read, field);
  if (issue) return msg(`未评分：读取器没能读到${what.zh}（${issue.message}）。`, `Not judged: the reader could not read ${what.en} (${issue.message}).`);
  if (env.boxOnly) return msg(`未评分：评论页只显示商品概要，没有${what.zh}。`, `Not judged: a review page shows only the product box, not ${what.en}.`);
  return msg(`未评分：页面没有显示${what.zh}。`, `Not judged: the page does not show ${what.en}.`);
}

/** Whether a part is absent for a reason that is not the seller's doing (reader issue or review page). */
export const cannotJudge = (env: RuleEnv, field: string | readonly string[]): boolean => env.boxOnly || unreadIssue(env.read, field) !== undefined;

/** `1,234` / `1,234` in both languages (numbers are shown, not localised, so tests can read them). */
export const num = (n: number): string => n.toLocaleString('en-US');

/** Bullet numbers as people count them (1-based), e.g. "2, 5". */
export const numbers = (idx: readonly number[]): string => idx.map((i) => i + 1).join(', ');

/** "1 image", "7 images", "1,234 ratings": values read the same in every UI language. */
export const plural = (n: number, word: string): string => `${num(n)} ${word}${n === 1 ? '' : 's'}`;
