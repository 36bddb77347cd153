import { LISTING_SECTIONS, type AuditReport } from '../../schema';
import type { ReportRenderContext } from './context';
import { LISTING_SECTION_LABEL, NONE, STATUS_LABEL, clip, labelled, num, pick, productLabel } from './labels';
import type { Block, Cell } from './model';

/** Listing scores side by side: rows = the listing's sections and the total, columns = products. */
export function scoreBlocks(report: AuditReport, ctx: ReportRenderContext): Block[] {
  const { t } = ctx;
  const ps = report.products;
  const used = LISTING_SECTIONS.filter((s) => ps.some((p) => p.listing.sections.some((x) => x.section === s)));
  const rows: Cell[][] = used.map((s) => [
    t(LISTING_SECTION_LABEL[s]),
    ...ps.map((p) => {
      const x = p.listing.sections.find((y) => y.section === s);
      return x && x.weight > 0 ? `${num(x.earned, ctx, 1)} / ${num(x.weight, ctx, 1)}` : NONE;
    }),
  ]);
  rows.push([
    t('report_total'),
    ...ps.map((p) => (p.listing.percent !== undefined ? `${num(p.listing.total, ctx, 1)} / ${num(p.listing.max, ctx, 1)} (${num(p.listing.percent, ctx)} %)` : NONE)),
  ]);
  const blocks: Block[] = [{ kind: 'table', head: [t('report_colSection'), ...ps.map((p) => productLabel(p, ctx))], rows }];
  // The listing checks that cost points, so the table's gaps have their reasons beside them.
  for (const p of ps) {
    const failing = p.listing.checks.filter((c) => (c.status === 'fail' || c.status === 'warn') && c.section !== 'title');
    if (failing.length === 0) continue;
    blocks.push({ kind: 'subheading', text: productLabel(p, ctx) });
    blocks.push({ kind: 'list', items: failing.map((c) => checkLine(c.status, pick(c.message, ctx), c.fix && pick(c.fix.message, ctx), ctx)) });
  }
  return blocks;
}

function checkLine(status: string, message: string, fix: string | undefined, ctx: ReportRenderContext): string {
  const head = `[${ctx.t(STATUS_LABEL[status] ?? 'report_statusUnknown')}] ${message}`;
  return fix ? `${head} — ${labelled(ctx.t('report_fix'), fix, ctx)}` : head;
}

/** Per product: the title, its score, and the failing and warning title checks with their fixes. */
export function titleCheckBlocks(report: AuditReport, ctx: ReportRenderContext): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [];
  for (const p of report.products) {
    const score = p.listing.title;
    if (!score) continue;
    blocks.push({ kind: 'subheading', text: productLabel(p, ctx) });
    blocks.push({ kind: 'para', text: `${labelled(t('report_score'), `${num(score.score, ctx)} / 100`, ctx)} · ${clip(p.title ?? '', 300)}` });
    const open = [...score.checks.filter((c) => c.status === 'fail'), ...score.checks.filter((c) => c.status === 'warn')];
    blocks.push(
      open.length
        ? { kind: 'list', items: open.map((c) => checkLine(c.status, pick(c.message, ctx), c.fix && pick(c.fix.message, ctx), ctx)) }
        : { kind: 'para', text: t('report_allTitleChecksPass') },
    );
    const missing = (score.keywords ?? []).filter((k) => !k.present).map((k) => k.keyword);
    if (missing.length) blocks.push({ kind: 'para', text: t('report_keywordsMissing', missing.join(', ')) });
  }
  return blocks;
}

/** Themes × products with the parts claimed; then what competitors say that the user does not. */
export function fabeGapBlocks(report: AuditReport, ctx: ReportRenderContext): Block[] {
  const { t } = ctx;
  const gap = report.fabeGap;
  if (!gap) return [];
  const label = (productId: string, mine: boolean) => (mine ? t('report_mineLabel', productId) : productId);
  const blocks: Block[] = [];
  if (gap.themes.length) {
    blocks.push({
      kind: 'table',
      head: [t('report_colTheme'), ...gap.products.map((p) => label(p.productId, p.mine))],
      rows: gap.themes.map((theme) => [clip(theme, 120), ...gap.products.map((p) => (p.claims[theme]?.length ? p.claims[theme]!.join('+') : NONE))]),
    });
  }
  const themes = (list: readonly string[]) => (list.length ? list.map((x) => clip(x, 120)).join(', ') : NONE);
  blocks.push({ kind: 'para', text: labelled(t('report_missingFromMine'), themes(gap.missingFromMine), ctx) });
  blocks.push({ kind: 'para', text: labelled(t('report_onlyMine'), themes(gap.onlyMine), ctx) });
  return blocks;
}
