import type { Bilingual, ReportSection } from '../../schema';

/**
 * The report's notes: why a section is empty or partial, in both languages. Products are
 * named by their key (`amazon:B0…`), never by page text, so a note never carries a hostile
 * title; renderers escape notes anyway.
 */

export interface ReportNote {
  section: ReportSection;
  message: Bilingual;
}

/** Bilingual texts are bounded at 2,000 characters; an error message is cut well before. */
export function oneLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).replace(/\s+/g, ' ').slice(0, 300);
}

/** The analyses a note can name as failed. */
export const ANALYSIS = {
  listing: { en: 'listing score', zh: '详情评分' },
  reviews: { en: 'review analysis', zh: '评价分析' },
  promotions: { en: 'promotion history', zh: '活动复盘' },
  fabe: { en: 'FABE analysis', zh: 'FABE 分析' },
  gap: { en: 'gap matrix', zh: '差距矩阵' },
} as const satisfies Record<string, Bilingual>;

export const NOTES = {
  moreNotes: (n: number): Bilingual => ({
    en: `${n} more notes left out (a report holds 200)`,
    zh: `另有 ${n} 条说明未列出（报告最多 200 条）`,
  }),
  noProduct: (file: string): Bilingual => ({
    en: `${file}: no product on this page, left out of the report`,
    zh: `${file}：页面上没有商品，未纳入报告`,
  }),
  noMine: (): Bilingual => ({
    en: "No product in the group is marked as yours, so there is no gap matrix (it compares your listing with competitors')",
    zh: '分组中没有标记为自家的商品，因此没有差距矩阵（它比较的是自家与竞品的卖点）',
  }),
  noCompetitors: (): Bilingual => ({
    en: 'No competitor in the group, so there is nothing to compare your listing with',
    zh: '分组中没有竞品，无从比较',
  }),
  failed: (what: Bilingual, key: string, err: unknown): Bilingual => ({
    en: `${key}: the ${what.en} failed: ${oneLine(err)}`,
    zh: `${key}：${what.zh}失败：${oneLine(err)}`,
  }),
  notJudged: (key: string): Bilingual => ({
    en: `${key}: no part of the listing could be judged from this page`,
    zh: `${key}：从该页面无法评判任何一项`,
  }),
  noTitle: (key: string): Bilingual => ({
    en: `${key}: no title was read, so there are no title checks`,
    zh: `${key}：未读取到标题，没有标题检查`,
  }),
  noFabe: (key: string): Bilingual => ({
    en: `${key}: no selling points could be read from this listing`,
    zh: `${key}：未能从该商品读取到卖点`,
  }),
  noPrice: (key: string): Bilingual => ({
    en: `${key}: no price on the page, left out of the price comparison`,
    zh: `${key}：页面上没有价格，未参与价格比较`,
  }),
  rangeOnly: (key: string): Bilingual => ({
    en: `${key}: the page shows a price range only; its lowest price is compared`,
    zh: `${key}：页面只显示价格区间，按最低价比较`,
  }),
  fewPrices: (n: number): Bilingual => ({
    en: `Only ${n} product(s) with a price: a price position needs at least 2`,
    zh: `只有 ${n} 个商品有价格，价格位置至少需要 2 个`,
  }),
  mixedCurrencies: (currencies: readonly string[]): Bilingual => ({
    en: `Prices are in ${currencies.join(', ')} and no exchange rate was given: each price is compared only with prices in its own currency`,
    zh: `价格涉及 ${currencies.join('、')} 多种币种且未提供汇率：每个价格只与同币种价格比较`,
  }),
  aloneInCurrency: (key: string): Bilingual => ({
    en: `${key}: no other price in the same currency, so no price position`,
    zh: `${key}：没有同币种的其他价格，无法给出价格位置`,
  }),
  bandsFromGroup: (): Bilingual => ({
    en: "No search page was given: the price bands are the group's own prices (a handful of products, not the market)",
    zh: '未提供搜索页：价格带按分组内商品的价格计算（商品很少，不代表整个市场）',
  }),
  searchNotSearch: (kind: string): Bilingual => ({
    en: `The page given for price bands is a ${kind} page, not a search page`,
    zh: `用于价格带的页面是${kind}页面，不是搜索页`,
  }),
  searchNoPrices: (): Bilingual => ({
    en: 'The search page has no priced results, so there are no price bands',
    zh: '搜索页没有带价格的结果，无法计算价格带',
  }),
  noReviews: (key: string): Bilingual => ({
    en: `${key}: no reviews on the page, so no review themes (save the product's review page to add them)`,
    zh: `${key}：页面上没有评价，无法分析评价主题（可保存该商品的评价页后再生成）`,
  }),
  noHistoryPromotions: (key: string): Bilingual => ({
    en: `${key}: no stored history, so only the promotions shown now (promotion history needs a tracked product)`,
    zh: `${key}：没有历史快照，只列出当前的活动（活动复盘需要跟踪该商品）`,
  }),
  noSince: (): Bilingual => ({
    en: 'No date was chosen, so the report shows no changes',
    zh: '未选择日期，报告不显示变化',
  }),
  noHistoryAtAll: (): Bilingual => ({
    en: 'No product has stored history (saved pages have none), so the report shows no changes over time',
    zh: '没有任何商品有历史快照（保存的网页没有历史），报告不显示随时间的变化',
  }),
  noHistory: (key: string): Bilingual => ({
    en: `${key}: no stored history (saved pages have none), so no changes since the chosen date`,
    zh: `${key}：没有历史快照（保存的网页没有历史），无法给出所选日期以来的变化`,
  }),
  oneSnapshot: (key: string): Bilingual => ({
    en: `${key}: only one snapshot, nothing to compare it with`,
    zh: `${key}：只有一个快照，无从比较`,
  }),
  nothingSince: (key: string, at: string): Bilingual => ({
    en: `${key}: no snapshot after the chosen date (the newest is from ${minuteUtc(at)}), so no changes seen since`,
    zh: `${key}：所选日期之后没有快照（最新的是 ${minuteUtc(at)}），看不到此后的变化`,
  }),
  firstAfterSince: (key: string, at: string): Bilingual => ({
    en: `${key}: no snapshot at or before the chosen date; changes count from the first one after it (${minuteUtc(at)})`,
    zh: `${key}：所选日期当天或之前没有快照，变化从其后的第一个快照（${minuteUtc(at)}）算起`,
  }),
} as const;

/**
 * A snapshot time inside a note: notes are built without a locale (pure, both languages at
 * once), so the minute in UTC, said so, rather than a raw ISO stamp with milliseconds.
 */
export function minuteUtc(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}
