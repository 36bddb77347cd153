import { computed, type ReadonlySignal } from '@preact/signals';
import { pickCompetitors } from '../../components/fabe/competitors';
import type { FabeCompetitor, FabeExportWhat, FabeModel, FabeReviewFeeds, FabeState } from '../../components/fabe/model';
import { analyse, type Analysis } from '../../components/workbench/model';
import * as fabeAnalyses from '../../lib/analyses/fabe';
import { analyseReviews, contradictions, praiseEvidence, reviewInputOf } from '../../lib/analyses/reviews';
import type { ListingLensDb } from '../../lib/db';
import type { FabeTable, Marketplace, PageRead } from '../../lib/schema';
import { createExportActions } from './export-actions';
import { watchCompetitorSources } from './fabe-sources';

export type FabeAnalyses = Pick<typeof fabeAnalyses, 'buildFabeTable' | 'gapMatrix' | 'sellingPointDrafts'>;

export interface FabeDeps {
  /** Read only. */
  db: ListingLensDb;
  /** The shown tab's read, when there is one. */
  read: ReadonlySignal<PageRead | undefined>;
  copy(text: string): Promise<void>;
  /** Hands the text to the browser as a file download. */
  download(fileName: string, text: string, type: string): void;
  /** The FABE analyses (tests pass ones that throw; the panel uses lib/analyses/fabe). */
  analyses?: FabeAnalyses;
  /** How long "Copied" stays visible. */
  copyShownMs?: number;
}

export interface FabeStateModel extends FabeModel {
  stop(): void;
}

/** 一句话卖点 drafts shown. */
export const DRAFT_LIMIT = 5;

/**
 * The FABE view's model: the shown product's table, its competitors' tables (from
 * Dexie, live), the gap matrix and the drafts as computed signals. Each analysis runs
 * through `analyse`, so one that throws becomes that section's error; the gap matrix and
 * the drafts are built on the table and wait (undefined) when it failed. Tables are kept
 * per read, so a new search result arriving does not rebuild every competitor's table.
 */
export function createFabe(deps: FabeDeps): FabeStateModel {
  const { buildFabeTable, gapMatrix, sellingPointDrafts } = deps.analyses ?? fabeAnalyses;
  const exports = createExportActions<FabeExportWhat>(deps);
  const mineRead = computed(() => {
    const read = deps.read.value;
    return read?.product ? read : undefined;
  });
  // A string, so a re-read of the same product (a late price) does not start a new query.
  const mineKey = computed(() => {
    const p = mineRead.value;
    return p ? `${p.marketplace}\u0000${p.product!.id}` : '';
  });
  const mineRef = computed(() => {
    const key = mineKey.value;
    if (!key) return undefined;
    const [marketplace, id] = key.split('\u0000') as [Marketplace, string];
    return { marketplace, id };
  });
  const watched = watchCompetitorSources(deps.db, mineRef);

  let cache = new Map<string, Analysis<FabeTable | undefined>>();
  const tableOf = (read: PageRead, next: Map<string, Analysis<FabeTable | undefined>>) => {
    const key = `${read.marketplace}\u0000${read.product?.id ?? ''}\u0000${read.readAt}\u0000${read.url}`;
    const hit = next.get(key) ?? cache.get(key) ?? analyse(() => buildFabeTable(read));
    next.set(key, hit);
    return hit;
  };

  // The review feeds of a table, kept with it: competitors arriving do not re-run them.
  const feeds = new WeakMap<FabeTable, Analysis<FabeReviewFeeds>>();
  const feedsOf = (read: PageRead, table: FabeTable): Analysis<FabeReviewFeeds> => {
    let hit = feeds.get(table);
    if (!hit) {
      hit = analyse(() => {
        const a = analyseReviews(reviewInputOf(read));
        return { reviewCount: a.reviewCount, smallSample: a.smallSample, praise: praiseEvidence(a), contradictions: contradictions(a, table) };
      });
      feeds.set(table, hit);
    }
    return hit;
  };

  const state = computed((): FabeState => {
    const shown = deps.read.value;
    const read = mineRead.value;
    if (!read) return { kind: 'no-product', pageKind: shown?.pageKind };
    const product = read.product!;
    const next = new Map<string, Analysis<FabeTable | undefined>>();
    const table = tableOf(read, next);
    const { picks, searchUnread } = pickCompetitors(read, watched.sources.value);
    const competitors: FabeCompetitor[] = picks.map((p) => ({
      productId: p.read.product!.id,
      title: p.read.product!.title,
      source: p.source,
      position: p.position,
      readAt: p.read.readAt,
      table: tableOf(p.read, next),
    }));
    cache = next; // tables of reads no longer shown are dropped
    const mine = table.ok ? table.value : undefined;
    const others = competitors.flatMap((c) => (c.table.ok && c.table.value ? [c.table.value] : []));
    return {
      kind: 'product',
      marketplace: read.marketplace,
      productId: product.id,
      title: product.title,
      thin: !product.bullets?.some((b) => b.trim()) && !product.description?.trim(),
      table,
      competitors,
      searchUnread,
      gap: mine && analyse(() => gapMatrix(mine, others)),
      drafts: mine && analyse(() => sellingPointDrafts(mine, { limit: DRAFT_LIMIT })),
      ...(mine && read.reviews?.length ? { reviewFeeds: feedsOf(read, mine) } : {}),
    };
  });

  let stopSources: (() => void) | undefined;

  return {
    state,
    exportState: exports.exportState,
    copy: exports.copy,
    download: exports.download,
    open() {
      stopSources ??= watched.start();
    },
    stop() {
      stopSources?.();
      stopSources = undefined;
      exports.stop();
    },
  };
}
