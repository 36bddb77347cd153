import type { FabePart } from '../../../schema';

/**
 * The cue families: groups of words that point at one part, each with the reason drawn
 * from the definitions (domain-rules.md §3 and tests/fabe/GUIDELINES.md §3). Every language
 * file fills the same families, so the classifier's weights are shared by all languages:
 * a family is a feature, not a word.
 */
export const FAMILIES = {
  // F — what it is
  'F.material': { part: 'F', why: 'material or composition' },
  'F.equipped': { part: 'F', why: 'what it has or includes' },
  'F.spec': { part: 'F', why: 'a dimension, capacity or other specification' },
  'F.compat': { part: 'F', why: 'fits another product' },
  'F.content': { part: 'F', why: 'what a book, album or film contains' },
  // A — what it does, how well
  'A.comparative': { part: 'A', why: 'a comparison' },
  'A.capability': { part: 'A', why: 'what it can do' },
  'A.quality': { part: 'A', why: 'a quality property in use' },
  'A.result': { part: 'A', why: 'a result in use (runtime, charging time, load)' },
  // B — what the buyer gets
  'B.you': { part: 'B', why: 'addresses the buyer' },
  'B.gain': { part: 'B', why: 'a gain for the person (time, money, health, looks, feelings, skills)' },
  'B.scene': { part: 'B', why: 'a scene, occasion or audience' },
  // E — why believe it
  'E.cert': { part: 'E', why: 'a certification or standard' },
  'E.test': { part: 'E', why: 'a test, measurement or study' },
  'E.award': { part: 'E', why: 'an award, ranking or bestseller list' },
  'E.patent': { part: 'E', why: 'a patent' },
  'E.social': { part: 'E', why: 'sales, ratings or customer numbers' },
  'E.credential': { part: 'E', why: 'an author, expert or maker credential' },
  'E.observed': { part: 'E', why: 'first-hand use observed by a reviewer' },
  // none — not a selling point
  'none.service': { part: 'none', why: 'shipping, returns, warranty or service' },
  'none.instruction': { part: 'none', why: 'an instruction, note or disclaimer' },
  'none.praise': { part: 'none', why: 'general praise, price or value talk' },
  'none.complaint': { part: 'none', why: 'a complaint' },
  'none.story': { part: 'none', why: 'a purchase story' },
  'none.meta': { part: 'none', why: 'catalogue data (brand, model, dates, ids)' },
} as const satisfies Record<string, { part: FabePart; why: string }>;

export type FamilyId = keyof typeof FAMILIES;
export const FAMILY_IDS = Object.keys(FAMILIES) as FamilyId[];

/** One language's words per family. A term is a phrase (whole words for Latin script, any position for Chinese), `word*` for any ending, `=Word` for a word or acronym that only counts as written (`=CE`, `=Sie`), or `/regex/` for a pattern. */
export type Lexicon = Partial<Record<FamilyId, readonly string[]>>;
