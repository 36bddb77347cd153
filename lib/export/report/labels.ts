import { formatDateTime, formatMoney, formatNumber } from '../../../components/format';
import type { MessageKey } from '../../../components/i18n';
import type { Bilingual, Money, ReportProduct, ReportSection } from '../../schema';
import type { ReportRenderContext } from './context';

/**
 * Labels and formatting shared by the three renderers: headings come from messages.json
 * (`report_*` keys through ctx.t), bilingual analysis messages are picked by ctx.lang, and
 * numbers, money and dates follow ctx.locale.
 */

/** messages.json key of each section's heading, in REPORT_SECTIONS order. */
export const SECTION_HEADING: Record<ReportSection, MessageKey> = {
  scores: 'report_sectionScores',
  'title-checks': 'report_sectionTitleChecks',
  'fabe-gap': 'report_sectionFabeGap',
  prices: 'report_sectionPrices',
  reviews: 'report_sectionReviews',
  promotions: 'report_sectionPromotions',
  changes: 'report_sectionChanges',
};

/** The listing score's sections by the Page tab's own labels (one name per section everywhere). */
export { SECTION_LABEL as LISTING_SECTION_LABEL } from '../../../components/listing/labels';

export const STATUS_LABEL: Record<string, string> = {
  pass: 'report_statusPass',
  warn: 'report_statusWarn',
  fail: 'report_statusFail',
  unknown: 'report_statusUnknown',
};

/** An empty cell or value: a dash, the same in every language (not a message to translate). */
export const NONE = '—';

/** The analysis' message in the report's language. */
export function pick(message: Bilingual, ctx: ReportRenderContext): string {
  return ctx.lang === 'zh' ? message.zh : message.en;
}

export const money = (m: Money, ctx: ReportRenderContext) => formatMoney(m, ctx.locale);
export const num = (n: number, ctx: ReportRenderContext, digits = 0) => formatNumber(n, ctx.locale, digits);
export const when = (iso: string, ctx: ReportRenderContext) => formatDateTime(iso, ctx.locale);

/** `+12.5 %` / `−3 %`: signed, so a gap reads as above or below at a glance. */
export function signedPct(n: number, ctx: ReportRenderContext): string {
  const body = formatNumber(Math.abs(n), ctx.locale, 1);
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${body} %`;
}

export function pct(n: number, ctx: ReportRenderContext): string {
  return `${formatNumber(n, ctx.locale, 1)} %`;
}

/** A product as a column or row header: its id, marked when it is the user's. */
export function productLabel(p: ReportProduct, ctx: ReportRenderContext): string {
  return p.role === 'mine' ? ctx.t('report_mineLabel', p.productId) : p.productId;
}

/** `Label: text` with the language's colon (Chinese uses the full-width one). */
export function labelled(label: string, text: string, ctx: ReportRenderContext): string {
  return `${label}${ctx.lang === 'zh' ? '：' : ': '}${text}`.trim();
}

/** Long page text (a changed bullet, a title) cut for a table cell; the full text is in the JSON. */
export function clip(text: string, max = 240): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
