import { z } from 'zod';
import { MoneySchema } from './money';
import { MarketplaceSchema, SalesVolumeSchema } from './page-read';

/**
 * Competitor history (issue #6): a product's snapshots over time, what changed between two,
 * and the "since your last visit" summary. Row shapes of the database live in lib/db.
 */

/** `amazon:B0DR8G428S` — one product across snapshots, groups and exports. */
export const ProductKeySchema = z.string().regex(/^(amazon|taobao|tmall|jd):[^\s:]{1,64}$/);
export type ProductKey = z.infer<typeof ProductKeySchema>;

export function productKey(marketplace: z.infer<typeof MarketplaceSchema>, id: string): ProductKey {
  return `${marketplace}:${id}`;
}

/** One point of a product's timeline (absent = not shown at that time). */
export const TimelinePointSchema = z.object({
  at: z.iso.datetime(),
  price: MoneySchema.optional(),
  listPrice: MoneySchema.optional(),
  couponPrice: MoneySchema.optional(),
  rating: z.number().min(0).max(5).optional(),
  reviewCount: z.number().int().nonnegative().optional(),
  /** Best (lowest) sales rank shown, with its category. */
  salesRank: z.object({ rank: z.number().int().positive(), category: z.string().max(2000) }).optional(),
  salesVolume: SalesVolumeSchema.optional(),
});
export type TimelinePoint = z.infer<typeof TimelinePointSchema>;

export const TextDiffPartSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type TextDiffPart = z.infer<typeof TextDiffPartSchema>;

/** One field that differs between two snapshots. */
export const FieldChangeSchema = z.object({
  /** `price`, `title`, `bullets[2]`, `images`, `specs.材质`… */
  field: z.string().max(300),
  kind: z.enum(['changed', 'added', 'removed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  /** Word-level (English) or character-level (Chinese) diff for text fields. */
  diff: z.array(TextDiffPartSchema).optional(),
  /** For numbers and money: after − before, and the percentage. */
  delta: z.number().optional(),
  deltaPct: z.number().optional(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

export const SnapshotDiffSchema = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  changes: z.array(FieldChangeSchema),
});
export type SnapshotDiff = z.infer<typeof SnapshotDiffSchema>;
