import { BADGE_LABEL, PROMOTION_LABEL } from '../../../components/listing/labels';
import type { AuditReport, BadgeKind, FieldChange, Money, PromotionKind, PromotionSpan } from '../../schema';
import type { ReportRenderContext } from './context';
import { NONE, clip, labelled, money, num, productLabel, signedPct, when } from './labels';
import type { Block } from './model';

/** Promotions and badges shown now, then each tracked product's promotion history (活动复盘). */
export function promotionBlocks(report: AuditReport, ctx: ReportRenderContext): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [
    {
      kind: 'table',
      head: [t('report_colProduct'), t('report_promotionsNow'), t('report_badges')],
      rows: report.products.map((p) => [
        productLabel(p, ctx),
        p.promotions?.length ? p.promotions.map((x) => labelled(promotionLabel(x.kind, ctx), clip(x.text, 160), ctx)).join(' · ') : NONE,
        p.badges?.length ? p.badges.map((x) => labelled(badgeLabel(x.kind, ctx), clip(x.text, 160), ctx)).join(' · ') : NONE,
      ]),
    },
  ];
  for (const p of report.products) {
    const h = p.promotionHistory;
    if (!h) continue;
    blocks.push({ kind: 'subheading', text: `${productLabel(p, ctx)} — ${t('report_promotionHistory')}` });
    const span = h.from && h.to ? ` (${when(h.from, ctx)} – ${when(h.to, ctx)})` : '';
    blocks.push({ kind: 'para', text: `${t('report_snapshots', num(h.snapshots, ctx))}${span}` });
    if (h.spans.length === 0) {
      blocks.push({ kind: 'para', text: t('report_noPromotionSpans') });
      continue;
    }
    blocks.push({
      kind: 'table',
      head: [t('report_colKind'), t('report_colText'), t('report_colFirstSeen'), t('report_colLastSeen'), t('report_colGoneBy'), t('report_colPriceBefore'), t('report_colPriceDuring'), t('report_colPriceAfter')],
      rows: h.spans.map((s) => spanRow(s, ctx)),
    });
  }
  return blocks;
}

/** The kind in the report's language (the CSV keeps the stable ids for scripts). */
const promotionLabel = (kind: PromotionKind, ctx: ReportRenderContext) => ctx.t(PROMOTION_LABEL[kind]);
const badgeLabel = (kind: BadgeKind, ctx: ReportRenderContext) => ctx.t(BADGE_LABEL[kind]);

function spanRow(s: PromotionSpan, ctx: ReportRenderContext): string[] {
  const m = (x: Money | undefined) => (x ? money(x, ctx) : '');
  const during = s.priceDuringMin && s.priceDuringMax && s.priceDuringMin.amount !== s.priceDuringMax.amount
    ? `${m(s.priceDuringMin)} – ${m(s.priceDuringMax)}`
    : m(s.priceDuringMin);
  const kind = s.type === 'badge' ? badgeLabel(s.kind as BadgeKind, ctx) : promotionLabel(s.kind as PromotionKind, ctx);
  return [kind, clip(s.text, 160), when(s.firstSeen, ctx), when(s.lastSeen, ctx), s.goneBy ? when(s.goneBy, ctx) : ctx.t('report_stillShown'), m(s.priceBefore), during, m(s.priceAfter)];
}

const isMoney = (v: unknown): v is Money =>
  typeof v === 'object' && v !== null && typeof (v as Money).amount === 'number' && typeof (v as Money).currency === 'string';

/** A before/after value of a change as a cell: money in the locale, lists by their length, text cut. */
function shown(v: unknown, ctx: ReportRenderContext): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return clip(v, 200);
  if (typeof v === 'number') return num(v, ctx, 4);
  if (isMoney(v)) return money(v, ctx);
  if (Array.isArray(v)) return ctx.t('report_itemCount', num(v.length, ctx));
  const o = v as { min?: unknown; max?: unknown; text?: unknown };
  if (isMoney(o.min) && isMoney(o.max)) return `${money(o.min, ctx)} – ${money(o.max, ctx)}`;
  if (typeof o.text === 'string') return clip(o.text, 200);
  return clip(JSON.stringify(v), 200);
}

function deltaCell(c: FieldChange, ctx: ReportRenderContext): string {
  if (c.delta === undefined) return '';
  const sign = c.delta > 0 ? '+' : c.delta < 0 ? '−' : '';
  const d = `${sign}${num(Math.abs(c.delta), ctx, 2)}`;
  return c.deltaPct !== undefined ? `${d} (${signedPct(c.deltaPct, ctx)})` : d;
}

const KIND_LABEL = { added: 'report_changeAdded', removed: 'report_changeRemoved', changed: 'report_changeChanged' } as const;

/** Per product: every field that changed between the snapshot at the chosen date and the newest. */
export function changeBlocks(report: AuditReport, ctx: ReportRenderContext): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [];
  for (const p of report.products) {
    const d = p.changes;
    if (!d) continue;
    blocks.push({ kind: 'subheading', text: productLabel(p, ctx) });
    blocks.push({ kind: 'para', text: t('report_changesWindow', [when(d.from, ctx), when(d.to, ctx)]) });
    blocks.push(
      d.changes.length
        ? {
            kind: 'table',
            head: [t('report_colField'), t('report_colChange'), t('report_colBefore'), t('report_colAfter'), t('report_colDelta')],
            rows: d.changes.map((c) => [clip(c.field, 120), t(KIND_LABEL[c.kind]), shown(c.before, ctx), shown(c.after, ctx), deltaCell(c, ctx)]),
          }
        : { kind: 'para', text: t('report_noChanges') },
    );
  }
  return blocks;
}
