import type { AuditReport, Bilingual, FieldChange, Money, ReportProduct } from '../../schema';
import { csvDocument, type CsvCell } from '../csv';
import type { ReportRenderContext } from './context';
import { pick } from './labels';

/**
 * The report as ONE long-format table, so a spreadsheet can filter and pivot it: one row per
 * fact, stable English column names (scripts read them), values raw and locale-free
 * (`35.99 USD`, ISO times, plain numbers), bilingual messages in both languages and `detail`
 * in the report's language. Every cell goes through csvDocument (quoting, formula
 * neutralising), and the file starts with a BOM so Excel opens Chinese as UTF-8.
 */
export const REPORT_CSV_COLUMNS = ['section', 'productKey', 'role', 'item', 'status', 'value', 'detail', 'labelEn', 'labelZh'] as const;

type Row = [string, string, string, string, string, CsvCell, CsvCell, string, string];

const raw = (m: Money) => `${m.amount} ${m.currency}`;

/** A change's before/after, raw: money as `35.99 USD`, a list by its length, text as it is. */
function rawValue(v: unknown): CsvCell {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return `${v.length} items`;
  const o = v as { amount?: unknown; currency?: unknown; min?: Money; max?: Money; text?: unknown };
  if (typeof o.amount === 'number' && typeof o.currency === 'string') return raw(o as Money);
  if (o.min && o.max && typeof o.min.amount === 'number') return `${o.min.amount}-${o.max.amount} ${o.min.currency}`;
  if (typeof o.text === 'string') return o.text;
  return JSON.stringify(v);
}

function productRows(p: ReportProduct, ctx: ReportRenderContext): Row[] {
  const r = (section: string, item: string, status: string, value: CsvCell, detail?: CsvCell, label?: Bilingual): Row =>
    [section, p.key, p.role, item, status, value, detail, label?.en ?? '', label?.zh ?? ''];
  const out: Row[] = [
    r('products', 'title', '', p.title),
    r('products', 'url', '', p.url),
    r('products', 'readAt', '', p.readAt),
    ...(p.price ? [r('products', 'price', '', raw(p.price))] : []),
    ...(p.rating !== undefined ? [r('products', 'rating', '', p.rating)] : []),
    ...(p.reviewCount !== undefined ? [r('products', 'reviewCount', '', p.reviewCount)] : []),
  ];
  const l = p.listing;
  out.push(r('scores', 'total', '', l.percent, `${l.total}/${l.max}`));
  for (const s of l.sections) out.push(r('scores', `section:${s.section}`, '', s.earned, `${s.earned}/${s.weight}`));
  for (const c of l.checks) out.push(r('scores', c.rule, c.status, c.value, c.fix && pick(c.fix.message, ctx), c.message));
  if (l.title) {
    out.push(r('title-checks', 'score', '', l.title.score));
    for (const c of l.title.checks) out.push(r('title-checks', c.rule, c.status, `${c.earned}/${c.weight}`, c.fix && pick(c.fix.message, ctx), c.message));
    for (const k of l.title.keywords ?? []) out.push(r('title-checks', `keyword:${k.keyword}`, k.present ? 'present' : 'missing', k.frontLoaded ? 'front' : undefined, k.stuffed ? 'stuffed' : undefined));
  }
  const s = p.priceStanding;
  if (s) {
    out.push(
      r('prices', 'rank', '', s.rank, `of ${s.of}`),
      r('prices', 'percentile', '', s.percentile),
      r('prices', 'gapToMedianPct', '', s.gapToMedianPct, `median ${raw(s.median)}`),
      r('prices', 'gapToCheapestPct', '', s.gapToCheapestPct, `cheapest ${raw(s.cheapest)}`),
    );
  }
  const a = p.reviews;
  if (a) {
    out.push(r('reviews', 'reviewCount', a.smallSample ? 'small-sample' : '', a.reviewCount));
    if (a.stars) out.push(r('reviews', 'lowShare', '', a.stars.lowShare, `of ${a.stars.sampleSize} ratings`));
    for (const t of a.themes) out.push(r('reviews', t.aspect ?? `phrase:${t.phrase ?? ''}`, t.sentiment, t.mentions, `${t.share}%`, t.label));
    for (const x of a.returnReasons) out.push(r('reviews', `return:${x.reason}`, 'return-reason', x.mentions, `${x.share}%`, x.label));
  }
  for (const x of p.promotions ?? []) out.push(r('promotions', x.kind, 'now', x.text, x.endsText));
  for (const x of p.badges ?? []) out.push(r('promotions', x.kind, 'badge', x.text, x.category));
  for (const x of p.promotionHistory?.spans ?? []) {
    out.push(r('promotions', x.kind, x.goneBy ? 'ended' : 'still-shown', x.text, `${x.firstSeen}..${x.goneBy ?? x.lastSeen}`));
  }
  for (const c of p.changes?.changes ?? []) out.push(r('changes', c.field, c.kind, rawValue(c.after), changeDetail(c)));
  return out;
}

function changeDetail(c: FieldChange): CsvCell {
  const before = rawValue(c.before);
  const delta = c.delta !== undefined ? ` (delta ${c.delta}${c.deltaPct !== undefined ? `, ${c.deltaPct}%` : ''})` : '';
  return before === undefined && !delta ? undefined : `before: ${before ?? ''}${delta}`;
}

/** One long-format table (section, product, item, status, value, detail), UTF-8 with BOM. */
export function reportCsv(report: AuditReport, ctx: ReportRenderContext): string {
  const meta = (item: string, value: CsvCell): Row => ['report', '', '', item, '', value, undefined, '', ''];
  const rows: Row[] = [
    meta('name', report.name),
    meta('generatedAt', report.generatedAt),
    meta('since', report.since),
    meta('keywords', report.keywords.join(', ')),
    ...report.products.flatMap((p) => productRows(p, ctx)),
  ];
  const gap = report.fabeGap;
  for (const p of gap?.products ?? []) {
    const key = report.products.find((x) => x.productId === p.productId)?.key ?? p.productId;
    for (const theme of gap!.themes) {
      const status = gap!.missingFromMine.includes(theme) ? 'missing-from-mine' : gap!.onlyMine.includes(theme) ? 'only-mine' : '';
      rows.push(['fabe-gap', key, p.mine ? 'mine' : 'competitor', theme, status, (p.claims[theme] ?? []).join('+'), undefined, '', '']);
    }
  }
  const b = report.priceBands;
  b?.bands.forEach((band, i) => {
    rows.push(['prices', '', '', `band:${band.from}-${band.to} ${b.currency}`, band.kind, band.count, i === b.userBand ? 'your price' : band.overflow, '', '']);
  });
  for (const n of report.notes) rows.push([n.section, '', '', 'note', '', undefined, pick(n.message, ctx), n.message.en, n.message.zh]);
  return csvDocument([[...REPORT_CSV_COLUMNS], ...rows], { bom: true });
}
