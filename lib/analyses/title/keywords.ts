import type { KeywordCoverage, Marketplace } from '../../schema';
import { findCandidates, indexUnits, resolve, type Occurrence } from './keywords/match';
import { closedPositions } from './keywords/segment';
import { toUnits, type Unit } from './keywords/units';
import { cnBytes } from './tokens';

export { MAX_IMPORT_CHARS, MAX_KEYWORD_LENGTH, MAX_KEYWORDS, parseKeywordList, type KeywordImport } from './keywords/import-csv';

export interface CoverageOptions {
  marketplace: Marketplace;
  /** The listing's brand: on Amazon a brand is exempt from the repeat rule. */
  brand?: string;
}

/**
 * The front of a title, where a keyword counts as front-loaded when its first occurrence
 * ENDS inside it (so it is whole on screen, not cut mid-word):
 * - Amazon: the first 80 characters (code points) — mobile search cuts titles there and
 *   Amazon's own style guide asks for ≤ 80 (domain-rules §1.2, §4 "Placement").
 * - Taobao, Tmall, JD: the first third of the 60-byte Taobao title, 20 bytes counted the
 *   Chinese way (汉字 = 2, ASCII = 1), i.e. the first 10 Chinese characters (§1.5; JD has
 *   no published long-title limit, so it uses the same front).
 */
export const TITLE_FRONT: Record<Marketplace, { unit: 'chars' | 'cnBytes'; limit: number }> = {
  amazon: { unit: 'chars', limit: 80 },
  taobao: { unit: 'cnBytes', limit: 20 },
  tmall: { unit: 'cnBytes', limit: 20 },
  jd: { unit: 'cnBytes', limit: 20 },
};

/**
 * How often one keyword may appear before it is stuffed: Amazon forbids a word more than
 * twice (§1.1 A4), so 3 occurrences are stuffed; on Taobao, Tmall and JD any repeat is
 * (§1.5 堆砌/滥用关键词: repeating a keyword wastes characters and does not lift ranking).
 */
export const MAX_OCCURRENCES: Record<Marketplace, number> = { amazon: 2, taobao: 1, tmall: 1, jd: 1 };

const MAX_SPANS = 100;

/**
 * Which target keywords the text contains, where, whether front-loaded and whether
 * stuffed — one entry per keyword, in the order given. Matching is whole-word for Latin
 * text (stemmed, case-, width- and hyphen-insensitive) and whole-term for Chinese; the
 * rules are in keywords/units.ts, keywords/segment.ts and keywords/match.ts.
 */
export function keywordCoverage(text: string, keywords: readonly string[], options: CoverageOptions): KeywordCoverage[] {
  const units = toUnits(text);
  const index = indexUnits(units);
  const closed = closedPositions(text, units);
  const keys = keywords.map(keywordUnits);

  const candidates: Occurrence[] = [];
  keys.forEach((key, k) => candidates.push(...findCandidates(k, key, units, index, closed)));
  const byKeyword = new Map<number, Occurrence[]>();
  for (const o of resolve(candidates, units.length)) {
    const list = byKeyword.get(o.keyword);
    if (list) list.push(o);
    else byKeyword.set(o.keyword, [o]);
  }

  const brandKey = options.brand ? unitKey(toUnits(options.brand)) : '';
  const front = TITLE_FRONT[options.marketplace];
  const frontEnd = frontOffset(text, front.unit, front.limit);
  const max = MAX_OCCURRENCES[options.marketplace];
  return keywords.map((keyword, k) => {
    const found = byKeyword.get(k) ?? [];
    const exempt = options.marketplace === 'amazon' && brandKey !== '' && unitKey(keys[k]!) === brandKey;
    return {
      keyword,
      present: found.length > 0,
      spans: found.slice(0, MAX_SPANS).map(({ start, end }) => ({ start, end })),
      frontLoaded: found.length > 0 && found[0]!.end <= frontEnd,
      stuffed: !exempt && found.length > max,
    };
  });
}

const unitKey = (units: readonly Unit[]) => units.map((u) => u.key).join(' ');

/**
 * The workbench scores the same keyword list on every keystroke: their units are kept
 * (read-only) instead of being cut again each time. Bounded; cleared when full.
 */
const KEYWORD_UNITS = new Map<string, readonly Unit[]>();
const KEYWORD_UNITS_MAX = 2000;

function keywordUnits(keyword: string): readonly Unit[] {
  let units = KEYWORD_UNITS.get(keyword);
  if (!units) {
    if (KEYWORD_UNITS.size >= KEYWORD_UNITS_MAX) KEYWORD_UNITS.clear();
    units = toUnits(keyword);
    KEYWORD_UNITS.set(keyword, units);
  }
  return units;
}

/** The UTF-16 offset where the front of the title ends. */
function frontOffset(text: string, unit: 'chars' | 'cnBytes', limit: number): number {
  let used = 0;
  let offset = 0;
  for (const ch of text) {
    used += unit === 'chars' ? 1 : cnBytes(ch);
    if (used > limit) return offset;
    offset += ch.length;
  }
  return offset;
}
