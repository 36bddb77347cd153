import type { AuditReport, ReviewAnalysis, ReviewTheme } from '../../schema';
import type { ReportRenderContext } from './context';
import { NONE, clip, labelled, money, num, pct, pick, productLabel, signedPct } from './labels';
import type { Block } from './model';

const TOP_THEMES = 3;

/** Price position of each product in the group, then the price bands. */
export function priceBlocks(report: AuditReport, ctx: ReportRenderContext): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [
    {
      kind: 'table',
      head: [t('report_colProduct'), t('report_colPrice'), t('report_colRank'), t('report_colPercentile'), t('report_colVsMedian'), t('report_colVsCheapest')],
      rows: report.products.map((p) => {
        const s = p.priceStanding;
        const price = s?.price ?? p.price;
        if (!s) return [productLabel(p, ctx), price ? money(price, ctx) : NONE, NONE, NONE, NONE, NONE];
        return [
          productLabel(p, ctx),
          money(s.price, ctx),
          t('report_rankOf', [num(s.rank, ctx), num(s.of, ctx)]),
          pct(s.percentile, ctx),
          `${signedPct(s.gapToMedianPct, ctx)} (${money(s.median, ctx)})`,
          `${signedPct(s.gapToCheapestPct, ctx)} (${money(s.cheapest, ctx)})`,
        ];
      }),
    },
  ];
  const b = report.priceBands;
  if (!b) return blocks;
  const m = (amount: number) => money({ amount, currency: b.currency }, ctx);
  blocks.push({ kind: 'subheading', text: t('report_bands', b.currency) });
  blocks.push({
    kind: 'table',
    head: [t('report_colBand'), t('report_colCount'), t('report_colKind'), t('report_colYours')],
    rows: b.bands.map((band, i) => [
      `${m(band.from)} – ${m(band.to)}`,
      num(band.count, ctx),
      t(band.kind === 'crowded' ? 'report_bandCrowded' : band.kind === 'empty' ? 'report_bandEmpty' : 'report_bandNormal'),
      i === b.userBand ? t('report_yourBand') : '',
    ]),
  });
  blocks.push({ kind: 'para', text: t('report_quartiles', [m(b.quartiles[0]), m(b.quartiles[1]), m(b.quartiles[2]), num(b.count, ctx)]) });
  return blocks;
}

/**
 * "3 of 10 reviews" when the sample is small (a share of 10 reviews reads as more than it
 * is), "120 reviews (30 %)" otherwise.
 */
function mentions(theme: { mentions: number; share: number }, a: ReviewAnalysis, ctx: ReportRenderContext): string {
  return a.smallSample
    ? ctx.t('report_mentionsOf', [num(theme.mentions, ctx), num(a.reviewCount, ctx)])
    : ctx.t('report_mentionsShare', [num(theme.mentions, ctx), pct(theme.share, ctx)]);
}

function themeLine(theme: ReviewTheme, a: ReviewAnalysis, ctx: ReportRenderContext): string {
  const quote = theme.quotes[0]?.text;
  return `${pick(theme.label, ctx)} — ${mentions(theme, a, ctx)}${quote ? ` — “${clip(quote, 160)}”` : ''}`;
}

/** Per product: star summary, top praised and complained-about themes, top return reasons. */
export function reviewBlocks(report: AuditReport, ctx: ReportRenderContext): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [];
  for (const p of report.products) {
    const a = p.reviews;
    if (!a) continue;
    blocks.push({ kind: 'subheading', text: productLabel(p, ctx) });
    const facts = [t('report_reviewsAnalysed', num(a.reviewCount, ctx))];
    if (a.stars) facts.push(t('report_lowShare', [pct(a.stars.lowShare, ctx), num(a.stars.sampleSize, ctx)]));
    if (a.smallSample) facts.push(t('report_smallSample'));
    blocks.push({ kind: 'para', text: facts.join(' · ') });
    const side = (sentiment: 'positive' | 'negative') => a.themes.filter((x) => x.sentiment === sentiment).sort((x, y) => y.mentions - x.mentions).slice(0, TOP_THEMES);
    for (const [key, themes] of [['report_praised', side('positive')], ['report_complaints', side('negative')]] as const) {
      blocks.push({ kind: 'para', text: labelled(t(key), '', ctx) });
      blocks.push(themes.length ? { kind: 'list', items: themes.map((x) => themeLine(x, a, ctx)) } : { kind: 'para', text: t('report_noThemes') });
    }
    const reasons = [...a.returnReasons].sort((x, y) => y.severity - x.severity).slice(0, TOP_THEMES);
    if (reasons.length) {
      blocks.push({ kind: 'para', text: labelled(t('report_returnReasons'), '', ctx) });
      blocks.push({ kind: 'list', items: reasons.map((r) => `${pick(r.label, ctx)} — ${mentions(r, a, ctx)}`) });
    }
  }
  return blocks;
}
