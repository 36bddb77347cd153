import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator, type LocaleMessage, type MessageKey } from '../../components/i18n';
import type { ReportRenderContext } from '../../lib/export/report';
import { AuditReportSchema, type AuditReport, type ListingScore, type ReportProduct } from '../../lib/schema';

/**
 * A hand-built AuditReport with every section filled, for the renderer tests. Page text is
 * hostile on purpose (markup, a style breaker, a formula, Markdown syntax) so escaping is
 * tested where it matters; every value a test checks is written here, not computed.
 */

export const HOSTILE = `<img src=x onerror=alert(1)></style><script>alert(2)</script> | *bold* [x](javascript:alert(3))`;
export const FORMULA = '=HYPERLINK("http://evil.example","click")';

const LOCALES = join(import.meta.dirname, '../../public/_locales');
export function renderContext(lang: 'en' | 'zh'): ReportRenderContext & { messages: Record<string, LocaleMessage> } {
  const messages = JSON.parse(readFileSync(join(LOCALES, lang === 'zh' ? 'zh_CN' : 'en', 'messages.json'), 'utf8')) as Record<string, LocaleMessage>;
  const t = createTranslator(messages);
  return { t: (k, s) => t(k as MessageKey, s), lang, locale: lang === 'zh' ? 'zh-CN' : 'en-GB', messages };
}

const bi = (en: string, zh: string) => ({ en, zh });

function listing(productId: string, title: boolean): ListingScore {
  return {
    marketplace: 'amazon',
    productId,
    total: 20,
    max: 30,
    percent: 67,
    sections: [
      { section: 'title', earned: 15, weight: 20 },
      { section: 'images', earned: 5, weight: 10 },
    ],
    checks: [
      { rule: 'listing.title.score', section: 'title', status: 'warn', message: bi('Title scored 75', '标题 75 分'), weight: 20, earned: 15 },
      {
        rule: 'listing.images.count', section: 'images', status: 'fail', message: bi('Only 2 images', '只有 2 张图片'),
        fix: { message: bi('Add 4 more images', '再补 4 张图片') }, value: '2 images', weight: 10, earned: 5,
      },
    ],
    ...(title
      ? {
          title: {
            marketplace: 'amazon', field: 'title', score: 75,
            checks: [
              { rule: 'amazon.length', status: 'pass', message: bi('Length fine', '长度合适'), weight: 10, earned: 10 },
              { rule: 'amazon.special-chars', status: 'fail', message: bi(`Remove ${HOSTILE}`, `删除 ${HOSTILE}`), fix: { message: bi('Drop the tag', '删掉标签') }, weight: 10, earned: 0 },
              { rule: 'amazon.caps', status: 'warn', message: bi('ALL CAPS word', '全大写单词'), weight: 5, earned: 2 },
            ],
            keywords: [
              { keyword: 'chair cover', present: true, spans: [], frontLoaded: true, stuffed: false },
              { keyword: 'slipcover', present: false, spans: [], frontLoaded: false, stuffed: false },
            ],
            stats: { chars: 60, utf8Bytes: 60, cnBytes: 60, words: 10 },
          },
        }
      : {}),
  } as ListingScore;
}

const standing = (productId: string, amount: number, rank: number, percentile: number, gapToMedianPct: number, gapToCheapestPct: number) => ({
  productId, price: { amount, currency: 'GBP' }, rank, of: 3, percentile,
  median: { amount: 20, currency: 'GBP' }, cheapest: { amount: 10, currency: 'GBP' },
  gapToMedianPct, gapToCheapestPct, excludedOtherCurrency: 0, converted: false,
});

const mine: ReportProduct = {
  key: 'amazon:B0MINE0001', role: 'mine', marketplace: 'amazon', productId: 'B0MINE0001',
  title: HOSTILE, url: 'https://www.amazon.co.uk/dp/B0MINE0001', readAt: '2026-11-20T10:00:00.000Z',
  price: { amount: 20, currency: 'GBP' }, rating: 4.4, reviewCount: 1234,
  listing: listing('B0MINE0001', true),
  badges: [{ kind: 'best-seller', text: '#1 Best Seller in Chair Covers' }],
  promotions: [{ kind: 'coupon', text: FORMULA }],
  priceStanding: standing('B0MINE0001', 20, 2, 66.67, 0, 100),
  reviews: {
    reviewCount: 10, languages: ['en'], smallSample: true, belowThreshold: 1,
    stars: { shares: [10, 10, 0, 20, 60], source: 'reviews', sampleSize: 10, lowShare: 20, polarised: false, smallSample: true },
    themes: [
      { aspect: 'comfort', label: bi('Comfort', '舒适度'), sentiment: 'positive', mentions: 3, share: 30, quotes: [{ text: 'So comfy <b>really</b>', reviewIndex: 0 }] },
      { aspect: 'size-fit', label: bi('Size / fit', '尺码/大小'), sentiment: 'negative', mentions: 2, share: 20, quotes: [] },
    ],
    returnReasons: [{ reason: 'size-fit', label: bi('Size / fit', '大小/尺寸不符'), mentions: 2, share: 20, impact: 3, severity: 0.6, quotes: [] }],
  },
  changes: {
    from: '2026-11-01T10:00:00.000Z', to: '2026-11-20T10:00:00.000Z',
    changes: [
      { field: 'price', kind: 'changed', before: { amount: 25, currency: 'GBP' }, after: { amount: 20, currency: 'GBP' }, delta: -5, deltaPct: -20 },
      { field: 'title', kind: 'changed', before: 'Old title', after: HOSTILE },
      { field: 'coupons', kind: 'added', after: FORMULA },
    ],
  },
  promotionHistory: {
    productKey: 'amazon:B0MINE0001', snapshots: 4, from: '2026-10-01T10:00:00.000Z', to: '2026-11-20T10:00:00.000Z',
    spans: [{
      type: 'promotion', kind: 'deal', text: 'Lightning Deal <i>', firstSeen: '2026-11-05T10:00:00.000Z', lastSeen: '2026-11-06T10:00:00.000Z',
      goneBy: '2026-11-10T10:00:00.000Z', priceBefore: { amount: 25, currency: 'GBP' }, priceDuringMin: { amount: 18, currency: 'GBP' },
      priceDuringMax: { amount: 18, currency: 'GBP' }, priceAfter: { amount: 20, currency: 'GBP' },
    }],
  },
};

const competitor = (productId: string, url: string, amount: number, rank: number, percentile: number, toMedian: number, toCheapest: number): ReportProduct => ({
  key: `amazon:${productId}`, role: 'competitor', marketplace: 'amazon', productId, title: `Competitor ${productId}`, url,
  readAt: '2026-11-20T10:05:00.000Z', price: { amount, currency: 'GBP' }, listing: listing(productId, false),
  priceStanding: standing(productId, amount, rank, percentile, toMedian, toCheapest),
});

export const SAMPLE_REPORT: AuditReport = AuditReportSchema.parse({
  version: 1,
  generatedAt: '2026-11-26T08:00:00.000Z',
  name: 'Chair covers Q4',
  since: '2026-11-01T00:00:00.000Z',
  keywords: ['chair cover', 'slipcover'],
  products: [
    mine,
    competitor('B0COMP0001', 'javascript:alert(1)', 10, 1, 33.33, -50, 0),
    competitor('B0COMP0002', 'https://evil.example/dp/B0COMP0002', 30, 3, 100, 50, 200),
  ],
  fabeGap: {
    themes: ['stretch', HOSTILE],
    products: [
      { productId: 'B0MINE0001', mine: true, claims: { stretch: ['F', 'A'], [HOSTILE]: [] } },
      { productId: 'B0COMP0001', mine: false, claims: { stretch: ['F'], [HOSTILE]: ['B', 'E'] } },
      { productId: 'B0COMP0002', mine: false, claims: { stretch: [], [HOSTILE]: ['F'] } },
    ],
    missingFromMine: [HOSTILE],
    onlyMine: [],
  },
  priceBands: {
    currency: 'GBP', width: 10, count: 3, min: 10, max: 30, quartiles: [15, 20, 25], userBand: 1, excludedOtherCurrency: 0, withoutPrice: 0,
    bands: [
      { from: 10, to: 20, count: 1, productIds: ['B0COMP0001'], kind: 'normal' },
      { from: 20, to: 30, count: 1, productIds: ['B0MINE0001'], kind: 'normal' },
      { from: 30, to: 40, count: 1, productIds: ['B0COMP0002'], kind: 'normal' },
    ],
  },
  notes: [
    { section: 'reviews', message: bi('amazon:B0COMP0001: no reviews on the page', 'amazon:B0COMP0001：页面上没有评价') },
    { section: 'changes', message: bi(`note with ${HOSTILE}`, `说明 ${HOSTILE}`) },
  ],
});
