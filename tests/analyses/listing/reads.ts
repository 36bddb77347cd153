import { expect } from 'vitest';
import { scoreListing, type ListingContext } from '../../../lib/analyses/listing';
import { ListingScoreSchema, PageReadSchema, type Issue, type ListingCheck, type ListingScore, type Marketplace, type PageRead, type Product } from '../../../lib/schema';

/** Hand-built reads for the listing-score suites (not a test file itself). */

const URL: Record<Marketplace, string> = {
  amazon: 'https://www.amazon.com/dp/B0TEST0001',
  taobao: 'https://item.taobao.com/item.htm?id=1001',
  tmall: 'https://detail.tmall.com/item.htm?id=1002',
  jd: 'https://item.jd.com/1003.html',
};
const LOCALE: Record<Marketplace, string> = { amazon: 'en-US', taobao: 'zh-CN', tmall: 'zh-CN', jd: 'zh-CN' };

/** A product (or review) page read with exactly the given product fields, validated by the schema. */
export function readOf(
  marketplace: Marketplace,
  product: Partial<Product> = {},
  opts: { pageKind?: PageRead['pageKind']; issues?: Issue[] } = {},
): PageRead {
  return PageReadSchema.parse({
    version: 1,
    marketplace,
    pageKind: opts.pageKind ?? 'product',
    url: URL[marketplace],
    locale: LOCALE[marketplace],
    readAt: '2026-11-26T00:00:00.000Z',
    product: { id: 'P1', ...product },
    issues: opts.issues ?? [],
  });
}

/** An issue the reader raises for a product field it could not read. */
export const issue = (field: string, message = `${field} not found on the page`): Issue => ({ field: `product.${field}`, severity: 'missing-optional', message });

/** Scores the read, checks it against the schema, and returns it. */
export function score(read: PageRead, ctx: ListingContext = {}): ListingScore {
  const s = scoreListing(read, ctx);
  expect(ListingScoreSchema.safeParse(s).success).toBe(true);
  return s;
}

/** The one check of a rule in a score (fails the test when absent). */
export function checkOf(s: ListingScore, rule: string): ListingCheck {
  const c = s.checks.find((x) => x.rule === rule);
  expect(c, `${rule} missing`).toBeDefined();
  return c!;
}

/** A judged check has both messages, a fix unless it passed, a source and earned within its weight. */
export function expectWellFormed(c: ListingCheck): void {
  expect(c.message.zh.length).toBeGreaterThan(0);
  expect(c.message.en.length).toBeGreaterThan(0);
  expect(c.source?.length ?? 0).toBeGreaterThan(0);
  expect(c.earned).toBeLessThanOrEqual(c.weight);
  if (c.status === 'unknown') {
    expect(c.weight).toBe(0);
    expect(c.earned).toBe(0);
    expect(c.fix).toBeUndefined();
  } else if (c.status === 'pass') {
    expect(c.fix).toBeUndefined();
  } else {
    expect(c.fix?.message.zh.length ?? 0).toBeGreaterThan(0);
    expect(c.fix?.message.en.length ?? 0).toBeGreaterThan(0);
  }
}

/** Bullets that open with a heading, 60–120 characters, no banned words. */
export const GOOD_BULLETS = [
  'LEAKPROOF LID: the screw cap seals tight, so the bottle rides in any bag without a drip.',
  'KEEPS DRINKS COLD: double-wall vacuum steel keeps water cold for 24 hours on a hot day.',
  'EASY TO CLEAN: the wide mouth fits a sponge and ice cubes, and the lid is dishwasher safe.',
  'FITS CUP HOLDERS: a slim 7 cm base sits in car and bike holders, so it goes where you go.',
  'WHAT YOU GET: one 750 ml bottle, one straw lid and a cleaning brush in a recyclable box.',
];
