/**
 * FABE selling points (issue #5): pure functions over a PageRead, no DOM, no browser.
 * - classifyStatement: one statement → part, confidence and the deciding cue (classify.ts).
 * - classifyByCues: the cue-table-only baseline the evaluation compares against (baseline.ts).
 * - buildFabeTable: product and reviews → statements with sources, chains with evidence (table.ts).
 * - gapMatrix: the user's table against competitors' tables (gap-matrix.ts).
 * - sellingPointDrafts: 一句话卖点 from the strongest chains, checked against the banned lists (drafts.ts).
 * Method and data: README.md in this folder.
 */
export { classifyByCues } from './baseline';
export { classifyStatement, type Classification } from './classify';
export type { StatementContext } from './features';
export { buildFabeTable } from './table';
export { gapMatrix } from './gap-matrix';
export { sellingPointDrafts } from './drafts';
export { segment, segmentTexts, type Span } from './segment';
export { detectLang, type FabeLang } from './lang';
