import type { PageRead } from '../../lib/schema';

/** Competitors compared with the user's product in the gap matrix (a narrow panel's worth). */
export const MAX_COMPETITORS = 8;
/** Search results looked up in the stored reads (a results page holds up to ~60). */
export const MAX_SEARCH_LOOKUPS = 60;

export interface CompetitorSources {
  /** The open search the comparison is about (see pickSearch). */
  search?: PageRead;
  /** Stored reads of that search's results, in result order. */
  fromSearch: readonly PageRead[];
  /** The marketplace's most recently read products, newest first. */
  recent: readonly PageRead[];
}

export interface CompetitorPick {
  read: PageRead;
  source: 'search' | 'recent';
  position?: number;
}

/**
 * Which open search the user's product is compared within: the newest one that lists the
 * product (the search it was found from), else the newest one of the marketplace.
 * Until issue #6 adds product groups, that search and recent history are the competitors.
 */
export function pickSearch(searches: readonly PageRead[], mineId: string): PageRead | undefined {
  return searches.find((s) => s.results?.some((r) => r.id === mineId)) ?? searches[0];
}

/** The search's result ids in page order, the user's own product left out. */
export function searchIds(search: PageRead | undefined, mineId: string): string[] {
  return [...(search?.results ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((r) => r.id)
    .filter((id) => id !== mineId)
    .slice(0, MAX_SEARCH_LOOKUPS);
}

/**
 * The competitors: the open search's results that have been opened (their stored reads, in
 * result order), then the products read most recently. Each product once, never the
 * user's own, and only reads in the same language as it: themes are words, and a German
 * listing's themes never match an English one's, so it would only add noise.
 */
export function pickCompetitors(mine: PageRead, sources: CompetitorSources, limit = MAX_COMPETITORS): { picks: CompetitorPick[]; searchUnread: number } {
  const mineId = mine.product?.id;
  const lang = primaryLanguage(mine.locale);
  const taken = new Set<string>(mineId ? [mineId] : []);
  const picks: CompetitorPick[] = [];
  const usable = (read: PageRead) => read.marketplace === mine.marketplace && read.product !== undefined && primaryLanguage(read.locale) === lang;
  const positions = new Map((sources.search?.results ?? []).map((r) => [r.id, r.position]));
  for (const read of sources.fromSearch) {
    const id = read.product?.id;
    if (picks.length >= limit || !id || taken.has(id) || !usable(read)) continue;
    taken.add(id);
    picks.push({ read, source: 'search', position: positions.get(id) });
  }
  const opened = new Set(sources.fromSearch.flatMap((r) => (r.product ? [r.product.id] : [])));
  const searchUnread = searchIds(sources.search, mineId ?? '').filter((id) => !opened.has(id)).length;
  for (const read of sources.recent) {
    const id = read.product?.id;
    if (picks.length >= limit || !id || taken.has(id) || !usable(read)) continue;
    taken.add(id);
    picks.push({ read, source: 'recent' });
  }
  return { picks, searchUnread };
}

/** `en-US` → `en`, `zh-CN` → `zh`. */
export function primaryLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase();
}
