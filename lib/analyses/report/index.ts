import type { AuditReport, Bilingual, ExchangeRate, FabeTable, GapMatrix, ListingScore, PageRead, PromotionHistory, ReportProduct, ReviewAnalysis } from '../../schema';
import { AUDIT_REPORT_VERSION } from '../../schema';
import { buildFabeTable, gapMatrix } from '../fabe';
import { promotionHistory } from '../history/promotions';
import { scoreListing } from '../listing';
import { analyseReviews, reviewInputOf } from '../reviews';
import type { TitleConfig } from '../title/limits';
import { changesSince, snapshotsOf } from './changes-since';
import { groupPrices } from './group-prices';
import { entriesOf, type ReportEntry } from './members';
import { ANALYSIS, NOTES, type ReportNote } from './notes';

export interface ReportMember {
  read: PageRead;
  role: 'mine' | 'competitor';
  /** Snapshots of this product (stored history), any order; the CLI has none. */
  history?: readonly PageRead[];
  /**
   * Snapshot readAt → SnapshotRow.lastSeenMs: history stores a state once and moves its
   * last-seen time on unchanged re-reads, so a promotion's "last seen" needs it (as the
   * Competitors tab's promotion history has it).
   */
  lastSeen?: Readonly<Record<string, number>>;
}

export interface ReportInput {
  name: string;
  /** Product (or review-page) reads, the user's product first when there is one. */
  members: readonly ReportMember[];
  /** A search page read whose prices give the bands (else the group's own prices). */
  search?: PageRead;
  /** "What changed since" this ISO time. */
  since?: string;
  keywords?: readonly string[];
  rates?: readonly ExchangeRate[];
  config?: TitleConfig;
  /** ISO time stamped as generatedAt (pure: the caller gives the clock). */
  now: string;
}

const MAX_NOTES = 200;

/**
 * Runs one analysis isolated (design: fail soft, report loudly): a throw becomes a note on
 * its section and the rest of the report is still built.
 */
function attempt<T>(notes: ReportNote[], section: ReportNote['section'], what: Bilingual, key: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (err) {
    notes.push({ section, message: NOTES.failed(what, key, err) });
    return undefined;
  }
}

function listingOf(e: ReportEntry, input: ReportInput, notes: ReportNote[]): ListingScore {
  const ctx = { ...(input.keywords ? { keywords: input.keywords } : {}), ...(input.config ? { config: input.config } : {}) };
  const score = attempt(notes, 'scores', ANALYSIS.listing, e.key, () => scoreListing(e.read, ctx));
  // ListingScore is required on a product; an unjudged one (max 0) stands in for a failure.
  const listing = score ?? { marketplace: e.read.marketplace, productId: e.read.product!.id, total: 0, max: 0, sections: [], checks: [] };
  if (score && listing.percent === undefined) notes.push({ section: 'scores', message: NOTES.notJudged(e.key) });
  if (score && !listing.title) notes.push({ section: 'title-checks', message: NOTES.noTitle(e.key) });
  return listing;
}

function reviewsOf(e: ReportEntry, notes: ReportNote[]): ReviewAnalysis | undefined {
  if (e.reviews.length === 0) {
    notes.push({ section: 'reviews', message: NOTES.noReviews(e.key) });
    return undefined;
  }
  return attempt(notes, 'reviews', ANALYSIS.reviews, e.key, () => analyseReviews({ ...reviewInputOf(e.read), reviews: e.reviews }));
}

function promotionsOf(e: ReportEntry, snapshots: readonly PageRead[], notes: ReportNote[]): PromotionHistory | undefined {
  if (!e.history?.length) {
    notes.push({ section: 'promotions', message: NOTES.noHistoryPromotions(e.key) });
    return undefined;
  }
  const lastSeenMs = snapshots.map((s) => e.lastSeen?.[s.readAt]);
  return attempt(notes, 'promotions', ANALYSIS.promotions, e.key, () => promotionHistory(e.key, snapshots, { lastSeenMs }));
}

function fabeGap(entries: readonly ReportEntry[], notes: ReportNote[]): GapMatrix | undefined {
  const tables = new Map<string, FabeTable>();
  for (const e of entries) {
    const table = attempt(notes, 'fabe-gap', ANALYSIS.fabe, e.key, () => buildFabeTable(e.read));
    if (!table) continue;
    // A listing without chains still has a column: every theme is then missing from it.
    tables.set(e.key, table);
    if (table.chains.length === 0) notes.push({ section: 'fabe-gap', message: NOTES.noFabe(e.key) });
  }
  const mine = entries.find((e) => e.role === 'mine');
  if (!mine) {
    notes.push({ section: 'fabe-gap', message: NOTES.noMine() });
    return undefined;
  }
  const competitors = entries.filter((e) => e.role !== 'mine').flatMap((e) => (tables.has(e.key) ? [tables.get(e.key)!] : []));
  if (entries.every((e) => e.role === 'mine')) notes.push({ section: 'fabe-gap', message: NOTES.noCompetitors() });
  const own = tables.get(mine.key);
  if (!own || competitors.length === 0) return undefined;
  return attempt(notes, 'fabe-gap', ANALYSIS.gap, mine.key, () => gapMatrix(own, competitors));
}

/** An ISO date-time the schema accepts from a date or date-time the caller gives. */
function isoOf(since: string | undefined): string | undefined {
  if (since === undefined) return undefined;
  const t = Date.parse(since);
  if (Number.isNaN(t)) throw new Error(`buildReport: "since" is not a date: ${since.slice(0, 40)}`);
  return new Date(t).toISOString();
}

/**
 * The operator's report for one group (issue #10): per product the listing score (title
 * checks inside it), price standing in the group, review themes of the reviews read, what
 * changed since `since`, and promotions now and over the stored snapshots; for the group
 * the FABE gap matrix (the user's listing against competitors') and price bands (of the
 * search page when given). Every empty or partial section is explained in `notes`.
 * Pure: the clock comes in as `now`. Throws only when no member holds a product.
 */
export function buildReport(input: ReportInput): AuditReport {
  const notes: ReportNote[] = [];
  const since = isoOf(input.since);
  const entries = entriesOf(input.members, notes);
  if (entries.length === 0) throw new Error(`buildReport(${input.name.slice(0, 80)}): no product in the group`);
  if (since === undefined) {
    const anyHistory = entries.some((e) => e.history?.length);
    notes.push({ section: 'changes', message: anyHistory ? NOTES.noSince() : NOTES.noHistoryAtAll() });
  }

  const prices = groupPrices(
    entries.map((e) => ({ key: e.key, productId: e.read.product!.id, role: e.role, read: e.read })),
    input.search,
    input.rates,
  );
  const products = entries.map((e): ReportProduct => {
    const p = e.read.product!;
    const listing = listingOf(e, input, notes);
    const snapshots = snapshotsOf(e.read, e.history);
    const reviews = reviewsOf(e, notes);
    const changed = changesSince(e.key, snapshots, Boolean(e.history?.length), since);
    notes.push(...changed.notes);
    const history = promotionsOf(e, snapshots, notes);
    const standing = prices.standings.get(e.key);
    return {
      key: e.key,
      role: e.role,
      marketplace: e.read.marketplace,
      productId: p.id,
      ...(p.title !== undefined ? { title: p.title } : {}),
      url: e.read.url,
      readAt: e.read.readAt,
      ...(p.price ? { price: p.price } : {}),
      ...(p.rating !== undefined ? { rating: p.rating } : {}),
      ...(p.reviewCount !== undefined ? { reviewCount: p.reviewCount } : {}),
      listing,
      ...(p.badges ? { badges: p.badges } : {}),
      ...(p.promotions ? { promotions: p.promotions } : {}),
      ...(standing ? { priceStanding: standing } : {}),
      ...(reviews ? { reviews } : {}),
      ...(changed.changes ? { changes: changed.changes } : {}),
      ...(history ? { promotionHistory: history } : {}),
    };
  });
  const gap = fabeGap(entries, notes);
  notes.push(...prices.notes);
  return {
    version: AUDIT_REPORT_VERSION,
    generatedAt: input.now,
    name: input.name.slice(0, 200),
    ...(since ? { since } : {}),
    keywords: (input.keywords ?? []).slice(0, 500).map((k) => k.slice(0, 200)),
    products,
    ...(gap ? { fabeGap: gap } : {}),
    ...(prices.bands ? { priceBands: prices.bands } : {}),
    // A group of 100 products can note more than the schema holds: the last line says how many went.
    notes: notes.length <= MAX_NOTES ? notes : [...notes.slice(0, MAX_NOTES - 1), { section: notes[MAX_NOTES - 1]!.section, message: NOTES.moreNotes(notes.length - MAX_NOTES + 1) }],
  };
}
