import type { KeywordCoverage, TitleScore } from '../../lib/schema';

/**
 * The highlight layer behind a draft field: the text cut into runs at every span a
 * check or keyword points at. Pure string slicing — the runs become JSX text, never
 * markup, so a title holding `<img onerror=…>` shows those characters and nothing else.
 */

export type MarkKind = 'fail' | 'warn' | 'keyword';
const RANK: Record<MarkKind, number> = { fail: 3, warn: 2, keyword: 1 };

export interface Mark {
  start: number;
  end: number;
  /** A check's rule id, or `keyword:<term>`. */
  rule: string;
  kind: MarkKind;
}

export interface Run {
  text: string;
  start: number;
  /** Rules covering the run, in mark order; empty for plain text. */
  rules: string[];
  /** The strongest kind among them (fail over warn over keyword). */
  kind?: MarkKind;
}

/** Marks from a score's failing and warning checks, and (optionally) the keywords used. */
export function marksOf(score: TitleScore | undefined, coverage?: readonly KeywordCoverage[]): Mark[] {
  const marks: Mark[] = [];
  for (const check of score?.checks ?? []) {
    if (check.status === 'pass') continue;
    for (const s of check.spans ?? []) marks.push({ start: s.start, end: s.end, rule: check.rule, kind: check.status });
  }
  for (const k of coverage ?? []) {
    for (const s of k.spans) marks.push({ start: s.start, end: s.end, rule: `keyword:${k.keyword}`, kind: 'keyword' });
  }
  return marks;
}

/**
 * Cuts `text` into runs. Spans are clamped to the text (a score may be a keystroke
 * behind) and never split a surrogate pair (an emoji stays one glyph).
 */
export function runsOf(text: string, marks: readonly Mark[]): Run[] {
  const len = text.length;
  const fit = (n: number) => {
    const i = Math.max(0, Math.min(len, Math.trunc(n)));
    return i > 0 && i < len && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)) ? i + 1 : i;
  };
  const live = marks.map((m) => ({ ...m, start: fit(m.start), end: fit(m.end) })).filter((m) => m.end > m.start);
  const cuts = [...new Set([0, len, ...live.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const over = live.filter((m) => m.start <= start && m.end >= end);
    const rules = [...new Set(over.map((m) => m.rule))];
    const kind = over.reduce<MarkKind | undefined>((best, m) => (!best || RANK[m.kind] > RANK[best] ? m.kind : best), undefined);
    const prev = runs.at(-1);
    if (prev && prev.kind === kind && prev.rules.join('\n') === rules.join('\n')) prev.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), start, rules, kind });
  }
  return runs;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
