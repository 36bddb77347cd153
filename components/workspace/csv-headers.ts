import { GAP_CSV_COLUMNS, FABE_CSV_COLUMNS } from '../fabe/exports';
import { SNAPSHOT_CSV_COLUMNS } from '../../lib/export/snapshots-csv';
import type { MessageKey, Translate } from '../i18n';

type Column = (typeof SNAPSHOT_CSV_COLUMNS)[number] | (typeof FABE_CSV_COLUMNS)[number] | (typeof GAP_CSV_COLUMNS)[number];

/**
 * Export column headers in the UI language. The English messages are the stable column
 * names themselves (scripts and spreadsheets built on earlier exports keep working); the
 * Chinese ones are what a seller reads in Excel or WPS. Column order never changes.
 */
const HEADER: Record<Column, MessageKey> = {
  product: 'wsCsvProduct',
  marketplace: 'wsCsvMarketplace',
  productId: 'wsCsvProductId',
  role: 'wsCsvRole',
  firstSeen: 'wsCsvFirstSeen',
  lastSeen: 'wsCsvLastSeen',
  title: 'wsCsvTitle',
  price: 'wsCsvPrice',
  currency: 'wsCsvCurrency',
  listPrice: 'wsCsvListPrice',
  couponPrice: 'wsCsvCouponPrice',
  priceMin: 'wsCsvPriceMin',
  priceMax: 'wsCsvPriceMax',
  rating: 'wsCsvRating',
  reviewCount: 'wsCsvReviewCount',
  salesRank: 'wsCsvSalesRank',
  salesRankCategory: 'wsCsvSalesRankCategory',
  salesVolume: 'wsCsvSalesVolume',
  availability: 'wsCsvAvailability',
  seller: 'wsCsvSeller',
  bullets: 'wsCsvBullets',
  images: 'wsCsvImages',
  url: 'wsCsvUrl',
  theme: 'wsCsvTheme',
  part: 'wsCsvPart',
  text: 'wsCsvText',
  source: 'wsCsvSource',
  origin: 'wsCsvOrigin',
  cue: 'wsCsvCue',
  confidence: 'wsCsvConfidence',
  evidence: 'wsCsvEvidence',
  stance: 'wsCsvStance',
  unsupported: 'wsCsvUnsupported',
  mine: 'wsCsvMine',
};

const headers = (columns: readonly Column[], t: Translate) => columns.map((c) => t(HEADER[c]) || c);

export const snapshotHeaders = (t: Translate) => headers(SNAPSHOT_CSV_COLUMNS, t);
export const fabeHeaders = (t: Translate) => headers(FABE_CSV_COLUMNS, t);
export const gapHeaders = (t: Translate) => headers(GAP_CSV_COLUMNS, t);
