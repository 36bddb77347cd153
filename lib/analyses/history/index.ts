/**
 * Competitor history (issue #6): pure functions over PageReads, no DOM, no browser, no Dexie.
 * - timeline: a product's snapshots as points over time (timeline.ts).
 * - diffReads: field, text, image and spec changes between two reads (diff-reads.ts).
 * - sinceLastVisit: those changes ranked for the panel (since-last-visit.ts).
 * - promotionHistory: 活动复盘, promotion and badge spans over snapshots (promotions.ts).
 * - diffText / diffSequences: word/character-level Myers diff (text-diff.ts).
 */
export { timeline } from './timeline';
export { diffReads } from './diff-reads';
export { CHANGE_GROUPS, sinceLastVisit, type ChangeGroup, type SinceLastVisit, type SummaryLine } from './since-last-visit';
export { diffSequences, diffText, diffTokens, type DiffOp } from './text-diff';
export { imageKey } from './image-key';
export { promotionHistory, promotionHistoryOfRows, type PromotionHistoryOptions } from './promotions';
