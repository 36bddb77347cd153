import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { BadgeKindSchema, PromotionKindSchema, RichContentKindSchema, type Product } from '../../lib/schema';

/**
 * Our own answer key for the listing parts of issue #10 (the shared key in
 * ../shared/fixtures/expected predates them). One JSON file per real saved product page:
 * tests/fixtures/listing-expected/<page path>.json (e.g. `amazon/product/us-B07CL39Z8Q-apparel-variations.html.json`).
 * Values were worked out by reading each page's HTML, never copied from a reader's output.
 *
 * Every part is listed: `null` means the page does not show it, so a correct reader reports
 * it absent (not 0, not an empty list). Inside a part, a member left out is not checked
 * (say why in `notes`), a member given must match exactly. Badges and promotions are
 * compared as lists: the same number, each expected item matched by kind (and by text,
 * category, percentOff, amountOff, endsText when given, text as a substring of the read's).
 */
const Money = z.object({ amount: z.number(), currency: z.string().regex(/^[A-Z]{3}$/) });
export const ListingExpectationSchema = z.object({
  file: z.string(),
  media: z.object({ imageCount: z.number().int().optional(), videoCount: z.number().int().nullable().optional(), mainImage: z.string().optional() }).nullable(),
  richContent: z.object({ kinds: z.array(RichContentKindSchema), imageCount: z.number().int().nullable().optional(), modules: z.number().int().nullable().optional() }).nullable(),
  variations: z.object({ dimensions: z.array(z.string()), count: z.number().int().nullable().optional(), selected: z.string().nullable().optional() }).nullable(),
  badges: z.array(z.object({ kind: BadgeKindSchema, text: z.string().optional(), category: z.string().optional() })).nullable(),
  promotions: z.array(z.object({ kind: PromotionKindSchema, text: z.string().optional(), percentOff: z.number().optional(), amountOff: Money.optional(), endsText: z.string().optional() })).nullable(),
  questionCount: z.number().int().nullable(),
  delivery: z.object({ promise: z.string().nullable().optional(), freeShipping: z.boolean().nullable().optional(), fulfilledBy: z.enum(['marketplace', 'seller']).nullable().optional(), prime: z.boolean().nullable().optional() }).nullable(),
  notes: z.string(),
}).strict();
export type ListingExpectation = z.infer<typeof ListingExpectationSchema>;

export const LISTING_EXPECTED_DIR = join(import.meta.dirname, '../fixtures/listing-expected');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Expectations of one marketplace (`amazon`, `jd`, `taobao`, `tmall`), validated, sorted by page. */
export function listingExpectations(marketplace: string): ListingExpectation[] {
  return walk(join(LISTING_EXPECTED_DIR, marketplace))
    .filter((p) => p.endsWith('.html.json'))
    .sort()
    .map((p) => {
      const parsed = ListingExpectationSchema.safeParse(JSON.parse(readFileSync(p, 'utf8')));
      if (!parsed.success) throw new Error(`${relative(LISTING_EXPECTED_DIR, p)}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** Every mismatch between a read product and its expectation, one line each (empty = match). */
export function compareListing(product: Product | undefined, want: ListingExpectation): string[] {
  const out: string[] = [];
  const p: Partial<Product> = product ?? {};
  const members = <T extends object>(part: string, got: T | undefined, exp: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(exp)) {
      const g = (got as Record<string, unknown> | undefined)?.[k];
      if (v === null ? g !== undefined : JSON.stringify(g) !== JSON.stringify(v)) out.push(`${part}.${k}: want ${JSON.stringify(v)}, got ${JSON.stringify(g)}`);
    }
  };
  const part = <T extends object>(name: string, got: T | undefined, exp: Record<string, unknown> | null, check: () => void) => {
    if (exp === null) { if (got !== undefined) out.push(`${name}: want absent, got ${JSON.stringify(got)}`); return; }
    if (got === undefined) { out.push(`${name}: want ${JSON.stringify(exp)}, got absent`); return; }
    check();
  };
  part('media', p.media, want.media, () => members('media', p.media, want.media!));
  part('richContent', p.richContent, want.richContent, () => {
    const { kinds, ...rest } = want.richContent!;
    if ([...p.richContent!.kinds].sort().join() !== [...kinds].sort().join()) out.push(`richContent.kinds: want ${kinds.join()}, got ${p.richContent!.kinds.join()}`);
    members('richContent', p.richContent, rest);
  });
  part('variations', p.variations, want.variations, () => members('variations', p.variations, want.variations!));
  const list = <G extends { kind: string; text: string }>(name: string, got: readonly G[] | undefined, exp: readonly Record<string, unknown>[] | null) => {
    if (exp === null) { if (got !== undefined) out.push(`${name}: want absent, got ${JSON.stringify(got)}`); return; }
    if (!got) { out.push(`${name}: want ${exp.length}, got absent`); return; }
    if (got.length !== exp.length) out.push(`${name}: want ${exp.length} (${exp.map((e) => e.kind).join()}), got ${got.length} (${got.map((g) => `${g.kind}:${g.text}`).join(' | ')})`);
    const left = [...got];
    for (const e of exp) {
      const i = left.findIndex((g) => Object.entries(e).every(([k, v]) => (k === 'text' ? g.text.includes(String(v)) : JSON.stringify((g as Record<string, unknown>)[k]) === JSON.stringify(v))));
      if (i < 0) out.push(`${name}: no match for ${JSON.stringify(e)} in ${JSON.stringify(got)}`);
      else left.splice(i, 1);
    }
  };
  list('badges', p.badges, want.badges);
  list('promotions', p.promotions, want.promotions);
  if (want.questionCount === null ? p.questionCount !== undefined : p.questionCount !== want.questionCount) out.push(`questionCount: want ${want.questionCount}, got ${p.questionCount}`);
  part('delivery', p.delivery, want.delivery, () => members('delivery', p.delivery, want.delivery!));
  return out;
}
