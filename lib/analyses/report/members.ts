import { productKey, type PageRead, type Review } from '../../schema';
import { NOTES, type ReportNote } from './notes';

/** One product of the report: the reads of it merged (a product page and its review pages). */
export interface ReportEntry {
  key: string;
  role: 'mine' | 'competitor';
  /** The read the listing is judged from: the first product-page read, else the first read. */
  read: PageRead;
  /** Reviews of every read of this product, each once. */
  reviews: Review[];
  history?: readonly PageRead[];
  /** readAt → when that stored state was last seen (SnapshotRow.lastSeenMs). */
  lastSeen?: Readonly<Record<string, number>>;
}

interface MemberLike {
  read: PageRead;
  role: 'mine' | 'competitor';
  history?: readonly PageRead[];
  lastSeen?: Readonly<Record<string, number>>;
}

/** The report holds at most this many products (AuditReportSchema). */
export const MAX_PRODUCTS = 100;

/** A review's identity across two pages of one product (its id, else what it says and who said it). */
function reviewKey(r: Review): string {
  return r.id ?? `${r.author ?? ''}\u0000${r.date ?? r.dateText ?? ''}\u0000${r.title ?? ''}\u0000${(r.body ?? '').slice(0, 200)}`;
}

/**
 * Members → report entries, the user's product first then the others in the group's order.
 * Reads of the same product (a product page and its review page, given side by side on the
 * command line) become one entry; a product is the user's when any of its reads is marked so.
 * A read without a product (a search page passed as a member) is left out with a note.
 */
export function entriesOf(members: readonly MemberLike[], notes: ReportNote[]): ReportEntry[] {
  const byKey = new Map<string, { reads: PageRead[]; role: 'mine' | 'competitor'; history?: readonly PageRead[]; lastSeen?: Readonly<Record<string, number>> }>();
  for (const m of members) {
    const id = m.read.product?.id;
    if (!id) {
      notes.push({ section: 'scores', message: NOTES.noProduct(m.read.url.slice(0, 300)) });
      continue;
    }
    const key = productKey(m.read.marketplace, id);
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { reads: [m.read], role: m.role, ...(m.history ? { history: m.history } : {}), ...(m.lastSeen ? { lastSeen: m.lastSeen } : {}) });
    else {
      entry.reads.push(m.read);
      if (m.role === 'mine') entry.role = 'mine';
      if (m.history) entry.history = [...(entry.history ?? []), ...m.history];
      if (m.lastSeen) entry.lastSeen = { ...entry.lastSeen, ...m.lastSeen };
    }
  }
  const entries = [...byKey.entries()].map(([key, e]): ReportEntry => {
    const read = e.reads.find((r) => r.pageKind === 'product') ?? e.reads[0]!;
    const seen = new Set<string>();
    const reviews = e.reads.flatMap((r) => r.reviews ?? []).filter((r) => {
      const k = reviewKey(r);
      return !seen.has(k) && seen.add(k);
    });
    return { key, role: e.role, read, reviews, ...(e.history ? { history: e.history } : {}), ...(e.lastSeen ? { lastSeen: e.lastSeen } : {}) };
  });
  // Stable: the user's products first, the rest keep the group's order.
  const ordered = [...entries.filter((e) => e.role === 'mine'), ...entries.filter((e) => e.role !== 'mine')];
  if (ordered.length > MAX_PRODUCTS) {
    notes.push({ section: 'scores', message: { en: `Only the first ${MAX_PRODUCTS} of ${ordered.length} products are in the report`, zh: `报告只包含 ${ordered.length} 个商品中的前 ${MAX_PRODUCTS} 个` } });
  }
  return ordered.slice(0, MAX_PRODUCTS);
}
