import { z } from 'zod';
import {
  DraftHistoryRowSchema,
  DraftRowSchema,
  GroupRowSchema,
  LatestReadRowSchema,
  ProductRowSchema,
  ResultSetRowSchema,
  ReviewRowSchema,
  SnapshotRowSchema,
} from '../db/schema';
import { reviewKeyOf } from '../db/review-rows';
import { SettingsSchema } from '../db/settings';

/**
 * The full export, a versioned JSON envelope:
 * `{ format: 'listing-lens', version: 1, exportedAt, schemaVersion, tables: { products,
 * snapshots, latestReads, resultSets, groups, drafts, draftHistory, settings, reviews } }`.
 * `reviews` (stored reviews of tracked products, database v4) came later: files without it
 * import as before.
 * Rows are the database's, without what is local to one browser (auto-increment ids, tab
 * ids, fingerprints — the import recomputes them, never trusting a file's). Every table may
 * be absent (a partial file); unknown keys at the envelope and table level are refused.
 *
 * Limits on what an import accepts (a file is refused, never half-read, past any):
 * - MAX_IMPORT_BYTES: 50 MB of UTF-8 (about 20,000 snapshots of typical Amazon listings,
 *   ~2 KB each in the file; a 100 MB file is refused before it is parsed). The panel sends
 *   a larger file in parts of IMPORT_PART_CHARS (lib/messaging.ts importParts), because
 *   Chrome refuses one extension message over 64 MiB; the background joins them and
 *   imports the whole in one transaction;
 * - nesting MAX_IMPORT_DEPTH deep, strings and keys MAX_IMPORT_STRING long (the longest
 *   field a read may hold is a 100,000-character description);
 * - no `__proto__`, `constructor` or `prototype` keys anywhere, and no key written twice
 *   in one object (JSON.parse keeps the last, other readers the first);
 * - no row twice under one identity (product key, group id, draft id, product + page
 *   kind of a latest read, product + review identity of a stored review): the database holds each once, so an export never repeats one;
 * - ids (products, groups, drafts) letters, digits, `_ . -` only, starting with a letter
 *   or digit — so none can start a spreadsheet formula. Free text (titles, bullets) is
 *   kept as written: it is data, shown as text, and every CSV export neutralises cells
 *   that a spreadsheet would run (lib/export/csv.ts).
 */
export { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_PART_CHARS, MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH, MAX_IMPORT_PARTS, MAX_IMPORT_STRING } from './limits';
import { EXPORT_FORMAT, EXPORT_VERSION } from './limits';

/** A product, group or draft id as an import accepts it. */
export const SafeIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'letters, digits, _ . - only, starting with a letter or digit');
const SafeKeySchema = z.string().regex(/^(amazon|taobao|tmall|jd):[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'a product key like amazon:B0DR8G428S');
const IsoSchema = z.iso.datetime({ offset: true });

export const ExportProductSchema = ProductRowSchema.omit({ lruMs: true }).extend({ key: SafeKeySchema, productId: SafeIdSchema });
export const ExportSnapshotSchema = SnapshotRowSchema.omit({ id: true, tabId: true, hash: true }).extend({
  productKey: SafeKeySchema,
  productId: SafeIdSchema,
  readAt: IsoSchema,
});
export const ExportLatestReadSchema = LatestReadRowSchema.omit({ tabId: true }).extend({ productKey: SafeKeySchema, productId: SafeIdSchema, readAt: IsoSchema });
export const ExportResultSetSchema = ResultSetRowSchema.omit({ id: true, tabId: true, hash: true }).extend({ readAt: IsoSchema });
export const ExportGroupSchema = GroupRowSchema.extend({ mine: SafeKeySchema.optional(), competitors: z.array(SafeKeySchema).max(200) });
export const ExportDraftSchema = DraftRowSchema.extend({ id: SafeIdSchema, productId: SafeIdSchema.optional() });
/** A stored review without its key: the import recomputes it from the review (review-rows.ts). */
export const ExportReviewSchema = ReviewRowSchema.omit({ reviewKey: true }).extend({ productKey: SafeKeySchema, productId: SafeIdSchema });
export const ExportDraftHistorySchema = DraftHistoryRowSchema.omit({ id: true }).extend({ draftId: SafeIdSchema, draft: ExportDraftSchema });

export type ExportProduct = z.infer<typeof ExportProductSchema>;
export type ExportSnapshot = z.infer<typeof ExportSnapshotSchema>;
export type ExportLatestRead = z.infer<typeof ExportLatestReadSchema>;
export type ExportResultSet = z.infer<typeof ExportResultSetSchema>;
export type ExportDraftHistory = z.infer<typeof ExportDraftHistorySchema>;
export type ExportReview = z.infer<typeof ExportReviewSchema>;

export const ExportTablesSchema = z
  .object({
    products: z.array(ExportProductSchema).default([]),
    snapshots: z.array(ExportSnapshotSchema).default([]),
    latestReads: z.array(ExportLatestReadSchema).default([]),
    resultSets: z.array(ExportResultSetSchema).default([]),
    groups: z.array(ExportGroupSchema).default([]),
    drafts: z.array(ExportDraftSchema).default([]),
    draftHistory: z.array(ExportDraftHistorySchema).default([]),
    settings: SettingsSchema.optional(),
    reviews: z.array(ExportReviewSchema).default([]),
  })
  .strict();
export type ExportTables = z.infer<typeof ExportTablesSchema>;

export const ExportEnvelopeSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: IsoSchema,
    /** The database version that wrote it (informational; `version` is the file format's). */
    schemaVersion: z.number().int().positive().optional(),
    tables: ExportTablesSchema,
  })
  .strict()
  .superRefine((env, ctx) => {
    const t = env.tables;
    const consistent = (path: (string | number)[], row: { marketplace: string; productId: string }, key: string) => {
      if (key !== `${row.marketplace}:${row.productId}`) ctx.addIssue({ code: 'custom', path, message: `${key} does not match marketplace ${row.marketplace} and id ${row.productId}` });
    };
    t.products.forEach((p, i) => consistent(['tables', 'products', i, 'key'], p, p.key));
    for (const [name, rows] of [['snapshots', t.snapshots], ['latestReads', t.latestReads]] as const) {
      rows.forEach((s, i) => {
        const at = ['tables', name, i];
        consistent([...at, 'productKey'], s, s.productKey);
        if (s.read.marketplace !== s.marketplace || s.read.product?.id !== s.productId) {
          ctx.addIssue({ code: 'custom', path: [...at, 'read'], message: `the read is not of ${s.productKey}` });
        }
        if (s.read.pageKind !== s.pageKind) ctx.addIssue({ code: 'custom', path: [...at, 'pageKind'], message: `${s.pageKind} row holds a ${s.read.pageKind} read` });
        if (s.readAtMs !== Date.parse(s.readAt)) ctx.addIssue({ code: 'custom', path: [...at, 'readAtMs'], message: `readAtMs ${s.readAtMs} is not readAt ${s.readAt}` });
      });
    }
    t.snapshots.forEach((s, i) => {
      if (s.lastSeenMs < s.readAtMs) ctx.addIssue({ code: 'custom', path: ['tables', 'snapshots', i, 'lastSeenMs'], message: 'last seen before first read' });
    });
    t.reviews.forEach((r, i) => {
      consistent(['tables', 'reviews', i, 'productKey'], r, r.productKey);
      if (r.lastSeenMs < r.firstSeenMs) ctx.addIssue({ code: 'custom', path: ['tables', 'reviews', i, 'lastSeenMs'], message: 'last seen before first seen' });
    });
    t.resultSets.forEach((r, i) => {
      if (r.readAtMs !== Date.parse(r.readAt)) ctx.addIssue({ code: 'custom', path: ['tables', 'resultSets', i, 'readAtMs'], message: `readAtMs ${r.readAtMs} is not readAt ${r.readAt}` });
    });
    t.draftHistory.forEach((h, i) => {
      if (h.draft.id !== h.draftId) ctx.addIssue({ code: 'custom', path: ['tables', 'draftHistory', i, 'draft', 'id'], message: `a version of ${h.draft.id} filed under ${h.draftId}` });
    });
    // A row's identity is its primary key in the database, so an export never repeats one; a
    // file that does was edited, and keeping either copy would silently drop the other.
    const unique = <R>(table: string, rows: readonly R[], field: string, id: (row: R) => string) => {
      const first = new Map<string, number>();
      rows.forEach((row, i) => {
        const k = id(row);
        const seen = first.get(k);
        if (seen === undefined) first.set(k, i);
        else ctx.addIssue({ code: 'custom', path: ['tables', table, i, field], message: `${k} appears twice (also tables.${table}[${seen}])` });
      });
    };
    unique('products', t.products, 'key', (p) => p.key);
    unique('latestReads', t.latestReads, 'pageKind', (r) => `${r.productKey} ${r.pageKind}`);
    unique('groups', t.groups, 'id', (g) => g.id);
    unique('drafts', t.drafts, 'id', (d) => d.id);
    unique('reviews', t.reviews, 'review', (r) => `${r.productKey} ${reviewKeyOf(r.review)}`);
  });
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>;

/** `tables.snapshots[3].read.product.price` from a zod / walker path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}
