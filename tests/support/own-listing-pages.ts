import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readPage } from '../../lib/marketplaces/run-reader';
import { PageReadSchema, type PageRead } from '../../lib/schema';
import { htmlDoc } from './html';

/** Shared by the hand-written listing-part suites of JD, Taobao and Tmall (issue #10). */
export const LISTING_PARTS = ['media', 'richContent', 'variations', 'badges', 'promotions', 'questionCount', 'delivery'] as const;
export const cny = (amount: number) => ({ amount, currency: 'CNY' });
const NOW = new Date('2026-11-26T00:00:00Z');

/** A reader for our own pages in tests/fixtures/<marketplace>/product: the read, checked against the schema. */
export function ownPageReader(marketplace: 'jd' | 'taobao' | 'tmall') {
  const dir = join(import.meta.dirname, '../fixtures', marketplace, 'product');
  return (name: string, href: string, edit?: (doc: Document) => void): PageRead => {
    const doc = htmlDoc(readFileSync(join(dir, name), 'utf8'), href);
    edit?.(doc);
    const out = readPage(doc, href, NOW);
    expect(PageReadSchema.safeParse(out).success).toBe(true);
    return out;
  };
}
