import { REPORT_SECTIONS, type AuditReport, type ReportSection } from '../../schema';
import type { ReportRenderContext } from './context';
import { NONE, SECTION_HEADING, money, num, pick, when } from './labels';
import { productUrl } from './links';
import { fabeGapBlocks, scoreBlocks, titleCheckBlocks } from './sections-listing';
import { changeBlocks, promotionBlocks } from './sections-history';
import { priceBlocks, reviewBlocks } from './sections-market';

/**
 * The report as a renderer-neutral document: headings, paragraphs, lists and tables of
 * PLAIN TEXT. Markdown and HTML both render this one model, so the two can never disagree
 * about what a section holds, and escaping happens in exactly one place per renderer.
 */

/** A table cell: text, optionally a link (only ever a marketplace product URL, see links.ts). */
export type Cell = string | { text: string; href?: string };

export type Block =
  | { kind: 'subheading'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: Cell[][] };

export interface DocSection {
  id: ReportSection;
  heading: string;
  blocks: Block[];
  /** The report's notes on this section, in the report's language. */
  notes: string[];
}

export interface ReportDoc {
  title: string;
  /** Label → value lines under the title (generated, group, keywords, since). */
  meta: [string, string][];
  products: Block;
  sections: DocSection[];
  notesHeading: string;
}

/** A cell's text, for renderers that never link (Markdown). */
export const cellText = (c: Cell): string => (typeof c === 'string' ? c : c.text);

const BUILDERS: Record<ReportSection, (r: AuditReport, ctx: ReportRenderContext) => Block[]> = {
  scores: scoreBlocks,
  'title-checks': titleCheckBlocks,
  'fabe-gap': fabeGapBlocks,
  prices: priceBlocks,
  reviews: reviewBlocks,
  promotions: promotionBlocks,
  changes: changeBlocks,
};

/**
 * The report as headings, meta lines, the products table and one DocSection per entry of
 * REPORT_SECTIONS (in that order, every one present), labels in ctx's language.
 */
export function reportDoc(report: AuditReport, ctx: ReportRenderContext): ReportDoc {
  const { t } = ctx;
  const meta: [string, string][] = [
    [t('report_generated'), when(report.generatedAt, ctx)],
    [t('report_group'), report.name],
    [t('report_keywords'), report.keywords.length ? report.keywords.join(', ') : NONE],
    [t('report_since'), report.since ? when(report.since, ctx) : NONE],
  ];
  const products: Block = {
    kind: 'table',
    head: [t('report_colProduct'), t('report_colRole'), t('report_colTitle'), t('report_colPrice'), t('report_colRating'), t('report_colRatings'), t('report_colReadAt')],
    rows: report.products.map((p) => {
      const href = productUrl(p.url);
      const title = p.title ?? NONE;
      return [
        p.key,
        t(p.role === 'mine' ? 'report_roleMine' : 'report_roleCompetitor'),
        href ? { text: title, href } : title,
        p.price ? money(p.price, ctx) : NONE,
        p.rating !== undefined ? num(p.rating, ctx, 1) : NONE,
        p.reviewCount !== undefined ? num(p.reviewCount, ctx) : NONE,
        when(p.readAt, ctx),
      ];
    }),
  };
  const sections = REPORT_SECTIONS.map((id): DocSection => {
    const blocks = BUILDERS[id](report, ctx);
    const notes = report.notes.filter((n) => n.section === id).map((n) => pick(n.message, ctx));
    // Every section is printed, so an empty one says so rather than looking lost.
    if (blocks.length === 0 && notes.length === 0) blocks.push({ kind: 'para', text: t('report_sectionEmpty') });
    return { id, heading: t(SECTION_HEADING[id]), blocks, notes };
  });
  return { title: t('report_title', report.name), meta, products, sections, notesHeading: t('report_notes') };
}
