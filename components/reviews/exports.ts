import { csvDocument, type CsvCell } from '../../lib/export/csv';
import type { ReviewAnalysis, ReviewQuote } from '../../lib/schema';
import { inline } from '../fabe/exports';
import type { Translate } from '../i18n';

/**
 * The review analysis as CSV (for a spreadsheet) and Markdown (for a ticket or a chat).
 * Review text is untrusted in both: CSV cells go through the shared quoting and formula
 * neutralising (lib/export/csv.ts: a quote starting `=cmd|…` is shown as text), Markdown
 * gets every character that could start markup escaped (fabe/exports.ts `inline`).
 */

/** Stable English column names (scripts read them): one row per summary value, star, theme quote, return-reason quote. */
export const REVIEWS_CSV_COLUMNS = [
  'section', 'key', 'labelEn', 'labelZh', 'sentiment', 'mentions', 'sharePercent', 'impact', 'severity',
  'quote', 'reviewIndex', 'reviewId', 'rating', 'date',
] as const;

export interface ReviewsExportContext {
  productId?: string;
  title?: string;
}

const quoteCells = (q: ReviewQuote | undefined): CsvCell[] => [q?.text, q?.reviewIndex, q?.reviewId, q?.rating, q?.date];

export function reviewsCsv(a: ReviewAnalysis, ctx: ReviewsExportContext, options: { bom?: boolean } = {}): string {
  const records: CsvCell[][] = [[...REVIEWS_CSV_COLUMNS]];
  const summary = (key: string, value: CsvCell) => records.push(['summary', key, undefined, undefined, undefined, value]);
  if (ctx.productId) records.push(['summary', 'productId', ctx.productId]);
  summary('reviewCount', a.reviewCount);
  summary('smallSample', a.smallSample ? 'yes' : 'no');
  summary('belowThreshold', a.belowThreshold);
  records.push(['summary', 'languages', a.languages.join(' ')]);
  if (a.stars) {
    const s = a.stars;
    records.push(['stars', `source:${s.source}`, undefined, undefined, undefined, s.sampleSize]);
    s.shares.forEach((share, i) => records.push(['stars', `${i + 1}`, undefined, undefined, undefined, undefined, share]));
    records.push(['stars', 'low-1-2', undefined, undefined, undefined, undefined, s.lowShare]);
    records.push(['stars', 'polarised', s.polarised ? 'yes' : 'no']);
  }
  for (const t of a.themes) {
    const head: CsvCell[] = ['theme', t.aspect ?? t.phrase, t.label.en, t.label.zh, t.sentiment, t.mentions, t.share, undefined, undefined];
    if (t.quotes.length === 0) records.push(head);
    for (const q of t.quotes) records.push([...head, ...quoteCells(q)]);
  }
  for (const r of a.returnReasons) {
    const head: CsvCell[] = ['return-reason', r.reason, r.label.en, r.label.zh, undefined, r.mentions, r.share, r.impact, r.severity];
    if (r.quotes.length === 0) records.push(head);
    for (const q of r.quotes) records.push([...head, ...quoteCells(q)]);
  }
  // Every record as wide as the header: spreadsheets and scripts expect a rectangle.
  const width = REVIEWS_CSV_COLUMNS.length;
  return csvDocument(records.map((r) => [...r, ...Array<CsvCell>(Math.max(0, width - r.length)).fill(undefined)]), options);
}

/** `label` in the UI's language: Chinese for a zh UI, English otherwise. */
export const labelIn = (label: { en: string; zh: string }, locale: string) => (/^zh/i.test(locale) ? label.zh : label.en);

export function reviewsMarkdown(a: ReviewAnalysis, ctx: ReviewsExportContext, t: Translate, locale: string): string {
  const out: string[] = [`# ${inline(t('rvMdTitle', ctx.title ?? ctx.productId ?? ''))}`, ''];
  out.push(inline(t('rvSample', String(a.reviewCount))), '');
  if (a.smallSample) out.push(`> ${inline(t('rvSmallSampleNote', String(a.reviewCount)))}`, '');
  if (a.stars) {
    const s = a.stars;
    out.push(`## ${inline(t('rvStarsHeading'))}`, '');
    out.push(inline(t(s.source === 'page' ? 'rvStarsFromPage' : 'rvStarsFromReviews', String(s.sampleSize))), '');
    out.push('| ★ | % |', '| --- | --- |');
    for (let i = 4; i >= 0; i--) out.push(`| ${i + 1} | ${s.shares[i]} |`);
    out.push('', inline(t('rvLowShare', String(s.lowShare))));
    if (s.polarised) out.push('', `**${inline(t('rvPolarised'))}**`);
    out.push('');
  }
  out.push(`## ${inline(t(a.smallSample ? 'rvMentionsHeading' : 'rvThemesHeading'))}`, '');
  if (a.themes.length === 0) out.push(inline(t('rvNoThemes')), '');
  for (const th of a.themes) {
    out.push(`### ${inline(labelIn(th.label, locale))} · ${inline(t(SENTIMENT_LABEL[th.sentiment]))} · ${inline(t('rvMentionCount', [String(th.mentions), String(a.reviewCount)]))}`, '');
    for (const q of th.quotes) out.push(`> ${inline(q.text)} — ${inline(quoteMeta(q))}`, '');
  }
  if (a.returnReasons.length) {
    out.push(`## ${inline(t('rvReturnsHeading'))}`, '');
    out.push(`| ${inline(t('rvReturnReason'))} | ${inline(t('rvReturnMentions'))} | ${inline(t('rvReturnSeverity'))} |`, '| --- | --- | --- |');
    for (const r of a.returnReasons) out.push(`| ${inline(r.label.zh)} / ${inline(r.label.en)} | ${r.mentions} | ${r.severity} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const quoteMeta = (q: ReviewQuote) => [q.rating !== undefined ? `${q.rating}★` : undefined, q.date, q.reviewId].filter(Boolean).join(' · ');

export const SENTIMENT_LABEL = { positive: 'rvPositive', negative: 'rvNegative', neutral: 'rvNeutral' } as const satisfies Record<string, Parameters<Translate>[0]>;
