import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodeHtml, parseUntrustedHtml } from '../../lib/cli/load-page';

/**
 * The real saved marketplace pages live outside the repo (../shared/fixtures: they are
 * not ours to commit). LISTING_LENS_FIXTURES overrides the location. When the folder is
 * absent, suites that need it skip and say why.
 */
export const SHARED_FIXTURES = resolve(
  process.env.LISTING_LENS_FIXTURES ?? join(import.meta.dirname, '../../../shared/fixtures'),
);
export const HAVE_SHARED_FIXTURES = existsSync(join(SHARED_FIXTURES, 'expected'));
export const SKIP_REASON = `real marketplace pages not found at ${SHARED_FIXTURES} (set LISTING_LENS_FIXTURES)`;

/** One answer-key entry (../shared/fixtures/expected/<page>.json). */
export interface KeyMoney { amount: number; currency: string }
export interface AnswerKey {
  file: string;
  url: string | null;
  marketplace: string;
  pageKind: string;
  product: null | {
    id: string;
    title: string | null;
    brand: string | null;
    price: KeyMoney | null;
    /** The key writes ranges flat: `{ min: 5499, max: 6799, currency: 'CNY' }`. */
    priceRange: { min: number; max: number; currency: string } | null;
    listPrice: KeyMoney | null;
    rating: number | null;
    reviewCount: number | null;
    bulletsCount: number;
    firstBullet: string | null;
    reviewsOnPage: number;
  };
  search: null | {
    resultsCount: number;
    first: { id: string; titlePrefix: string; price: KeyMoney | null; sponsored: boolean }[];
  };
  reviews: null | {
    count: number;
    first: { rating: number; titlePrefix: string; bodyPrefix: string } | null;
  };
  notes: string;
  confidence: string;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Answer keys for one marketplace, sorted by page path. */
export function answerKeys(marketplace: string): AnswerKey[] {
  const dir = join(SHARED_FIXTURES, 'expected', marketplace);
  return walk(dir)
    .filter((p) => p.endsWith('.html.json'))
    .sort()
    .map((p) => JSON.parse(readFileSync(p, 'utf8')) as AnswerKey);
}

/** Every saved page of a marketplace (relative paths such as `amazon/product/x.html`). */
export function savedPages(marketplace: string): string[] {
  return walk(join(SHARED_FIXTURES, marketplace))
    .filter((p) => p.endsWith('.html'))
    .map((p) => relative(SHARED_FIXTURES, p))
    .sort();
}

export function readSavedBytes(file: string): Buffer {
  return readFileSync(join(SHARED_FIXTURES, file));
}

/** Loads a saved page the way the audit command does (sniffed encoding, no scripts). */
export function loadSavedPage(file: string, url: string): { document: Document; close: () => void } {
  const { text } = decodeHtml(readSavedBytes(file));
  return parseUntrustedHtml(text, url);
}
