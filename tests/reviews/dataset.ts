import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Aspect, ReturnReason, Sentiment } from '../../lib/schema';

/** The labelled review sentences (labelled.jsonl, GUIDELINES.md) and the hand-written sanity set. */

export interface LabelledSentence {
  id: string;
  text: string;
  lang: string;
  page?: string;
  reviewIndex?: number;
  rating?: number;
  sentiment: Sentiment;
  aspects: { aspect: Aspect; sentiment: Sentiment }[];
  returnReason?: ReturnReason;
  split?: 'dev' | 'test';
  note?: string;
}

export const LABELLED = join(import.meta.dirname, 'labelled.jsonl');
export const SANITY = join(import.meta.dirname, 'sanity.jsonl');

export function loadSentences(file: string): LabelledSentence[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledSentence)
    .filter((i) => typeof i.text === 'string' && Array.isArray(i.aspects));
}
