import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StatementContext } from '../../lib/analyses/fabe/features';
import { FABE_PARTS, type FabePart } from '../../lib/schema';

/** The labelled statements (labelled.jsonl, GUIDELINES.md §5) and the hand-made sanity set. */

export interface LabelledItem {
  id: string;
  text: string;
  lang?: string;
  part: FabePart;
  page?: string;
  source?: { origin?: StatementContext['origin']; index?: number; specName?: string; reviewRating?: number };
  split?: 'dev' | 'test';
}

export const LABELLED = join(import.meta.dirname, 'labelled.jsonl');
export const SANITY = join(import.meta.dirname, '../fixtures/fabe/sanity.jsonl');

export function loadItems(file: string): LabelledItem[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledItem)
    .filter((i) => (FABE_PARTS as readonly string[]).includes(i.part) && typeof i.text === 'string');
}

/** What the classifier may know about an item besides its text: where it came from. */
export function contextOf(item: LabelledItem): StatementContext {
  return {
    ...(item.source?.origin ? { origin: item.source.origin } : {}),
    ...(item.source?.reviewRating !== undefined ? { rating: item.source.reviewRating } : {}),
  };
}
