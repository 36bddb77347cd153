import { claimFindings } from '../../lib/analyses/fabe/claim-check';
import { cueHits, type FamilyId } from '../../lib/analyses/fabe/cues';
import { numberEvidence, productEvidence, reviewQuote, statementEvidence } from '../../lib/analyses/fabe/evidence';
import { detectLang } from '../../lib/analyses/fabe/lang';
import { CN_STOP_CHARS, CN_STOP_WORDS, STOP_WORDS, SYNONYMS, WEAK_WORDS } from '../../lib/analyses/fabe/theme-words';
import { stem } from '../../lib/analyses/title/keywords/stemming';
import type { ClassifiedStatement, Evidence, FabeChain, Product } from '../../lib/schema';

/**
 * The slow oracle for the FABE chains (tests/fabe/optimised-equivalence.test.ts): theme keys
 * and chain grouping exactly as they were written before they were made fast (issue #5's
 * frame budget) — every candidate key compared with every other, each statement scanning the
 * ranked candidates, each chain scanning every review and loose proof statement, no memos.
 * It shares only the leaf helpers (evidence, claim checks, cue matching, language, word
 * lists) with lib/analyses/fabe. Do not optimise this file: its value is being obviously
 * the definition.
 */

// ---- theme keys (was lib/analyses/fabe/themes.ts) ----

interface ThemeKey {
  key: string;
  surface: string;
  /** Words in the key (1 or 2) or Han characters (2–4): longer keys are more specific. */
  size: number;
}

const LATIN_RUN = /[\p{Script=Latin}][\p{Script=Latin}\d'’-]*[\p{Script=Latin}\d]|[\p{Script=Latin}]/gu;
const HAN_RUN = /\p{Script=Han}+/gu;
const SEPARATOR_BETWEEN = /[,.;:!?()\[\]{}|/，。；：！？、（）【】]/u;

const norm = (w: string) => stem(w.toLowerCase().replace(/’/g, "'"));

/** Synonym surface (normalised) → the group's name (its first entry). */
const SYNONYM_KEY = new Map<string, string>();
for (const group of SYNONYMS) {
  for (const s of group) SYNONYM_KEY.set(/\p{Script=Han}/u.test(s) ? s : s.split(/\s+/).map(norm).join(' '), group[0]!);
}

/** Whether a key names a synonym group (its display form is then the key itself). */
const isGroupKey = (key: string) => SYNONYMS.some((g) => g[0] === key);

/** The theme key of one surface form (a word, a pair of words or a Chinese n-gram). */
function canonicalKey(surface: string): string {
  const n = /\p{Script=Han}/u.test(surface) ? surface : surface.split(/\s+/).map(norm).join(' ');
  return SYNONYM_KEY.get(n) ?? n;
}

const isContent = (w: string) => w.length >= 3 && !STOP_WORDS.has(w) && !/^\d/.test(w);

export function referenceThemeKeys(text: string): ThemeKey[] {
  const out = new Map<string, ThemeKey>();
  const add = (surface: string, size: number) => {
    const key = canonicalKey(surface);
    if (!out.has(key)) out.set(key, { key, surface, size });
  };
  let prev: { word: string; end: number } | undefined;
  for (const m of text.matchAll(LATIN_RUN)) {
    const word = m[0].toLowerCase();
    if (!isContent(word)) { prev = undefined; continue; }
    if (!WEAK_WORDS.has(word)) add(word, 1);
    if (prev && !SEPARATOR_BETWEEN.test(text.slice(prev.end, m.index))) add(`${prev.word} ${word}`, 2);
    prev = { word, end: m.index + m[0].length };
  }
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= run.length; i++) {
        const g = run.slice(i, i + n);
        if (CN_STOP_CHARS.test(g) || CN_STOP_WORDS.has(g)) continue;
        add(g, n);
      }
    }
    // A single Han character only counts when it is a synonym entry of its own (棉, 轻).
    for (const ch of run) if (SYNONYM_KEY.has(ch)) add(ch, 1);
  }
  return [...out.values()];
}

// ---- chains (was lib/analyses/fabe/chains.ts) ----

const MAX_QUOTES = 5;
const SPECIFIC: ReadonlySet<Evidence['kind']> = new Set(['certification', 'test-report', 'patent', 'award', 'number', 'review-quote']);
const EVIDENCE_WEIGHT: Partial<Record<Evidence['kind'], number>> = { certification: 2, 'test-report': 2, patent: 2, award: 1.5 };

interface Keyed {
  s: ClassifiedStatement;
  keys: Map<string, string>;
}

function keyed(s: ClassifiedStatement): Keyed {
  return { s, keys: new Map(referenceThemeKeys(s.text).map((k) => [k.key, k.surface])) };
}

/** Candidate theme keys, best first. */
function candidates(listing: readonly Keyed[]): string[] {
  const members = new Map<string, Set<string>>();
  for (const k of listing) for (const key of k.keys.keys()) {
    let m = members.get(key);
    if (!m) members.set(key, (m = new Set()));
    m.add(k.s.id);
  }
  const cap = listing.length >= 6 ? Math.floor(listing.length / 2) : listing.length;
  const keys = [...members].filter(([, m]) => m.size >= 2 && m.size <= cap).map(([k]) => k);
  const same = (a: string, b: string) => {
    const x = members.get(a)!;
    const y = members.get(b)!;
    return x.size === y.size && [...x].every((id) => y.has(id));
  };
  // A shorter key inside a longer one with the same statements adds nothing.
  const kept = keys.filter((k) => !keys.some((l) => l !== k && l.length > k.length && l.includes(k) && same(k, l)));
  return kept.sort((a, b) => members.get(b)!.size - members.get(a)!.size || b.length - a.length || (a < b ? -1 : 1));
}

/**
 * The theme of a claim that shares no key: a known attribute (a synonym group) it names,
 * else the word that made it a claim when that word names a property or a scene
 * (waterproof, 办公室, dishwasher safe), else its first content key.
 */
const NAMING: ReadonlySet<FamilyId> = new Set(['A.quality', 'A.result', 'B.gain', 'B.scene', 'F.material', 'F.spec']);
function isolatedKey(k: Keyed): string | undefined {
  const keys = [...k.keys.keys()];
  const group = keys.find(isGroupKey);
  if (group) return group;
  const hit = cueHits(k.s.text, detectLang(k.s.text, k.s.lang)).find((h) => NAMING.has(h.family) && h.text.length > 1);
  if (hit) {
    const whole = canonicalKey(hit.text.toLowerCase());
    const key = k.keys.has(whole) ? whole : (referenceThemeKeys(hit.text).find((t) => k.keys.has(t.key))?.key ?? whole);
    if (!k.keys.has(key)) k.keys.set(key, hit.text.toLowerCase());
    return key;
  }
  return keys.find((x) => !x.includes(' ')) ?? keys[0];
}

function surfaceOf(key: string, group: readonly Keyed[]): string {
  const counts = new Map<string, number>();
  for (const g of group) { const s = g.keys.get(key); if (s) counts.set(s, (counts.get(s) ?? 0) + 1); }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? key;
}

function strength(chain: Omit<FabeChain, 'strength' | 'id'>, statements: number): number {
  let s = (chain.features.length ? 1 : 0) + (chain.advantages.length ? 1 : 0) + (chain.benefits.length ? 1.5 : 0);
  let numbers = 0;
  let quotes = 0;
  for (const e of chain.evidence) {
    if (e.kind === 'number') numbers += 0.5;
    else if (e.kind === 'review-quote') quotes += e.stance === 'supports' ? 0.5 : -1;
    else if (e.statementId) s += EVIDENCE_WEIGHT[e.kind] ?? 0;
  }
  s += Math.min(1.5, numbers) + Math.min(2, quotes) + Math.min(1, 0.25 * Math.max(0, statements - 1));
  return Math.max(0, Math.round(s * 100) / 100);
}

/** Evidence worded with a banned (fail-level) claim backs nothing. */
const hasFail = (e: Evidence) => (e.warnings ? claimFindings(e.text).some((f) => f.severity === 'fail') : false);

export function referenceChains(statements: readonly ClassifiedStatement[], product?: Product): FabeChain[] {
  const listing = statements.filter((s) => s.source.origin !== 'review' && s.part !== 'none').map(keyed);
  const reviews = statements.filter((s) => s.source.origin === 'review' && s.part !== 'none').map(keyed);
  const ranked = candidates(listing.filter((k) => k.s.part !== 'E'));
  const groups = new Map<string, Keyed[]>();
  const loose: Keyed[] = [];
  for (const k of listing) {
    const key = ranked.find((c) => k.keys.has(c));
    if (key && k.s.part !== 'E') groups.set(key, [...(groups.get(key) ?? []), k]);
    else loose.push(k);
  }
  for (const k of loose) {
    if (k.s.part !== 'A' && k.s.part !== 'B') continue;
    const key = isolatedKey(k);
    if (key && !groups.has(key)) groups.set(key, [k]);
  }
  const general = productEvidence(product);
  const looseE = loose.filter((k) => k.s.part === 'E');
  const chains: Omit<FabeChain, 'id'>[] = [];
  for (const [key, group] of groups) {
    const ids = (p: string) => group.filter((g) => g.s.part === p).map((g) => g.s.id);
    const evidence: Evidence[] = [];
    for (const g of [...group, ...looseE.filter((e) => e.keys.has(key))]) {
      if (g.s.part === 'E') { const e = statementEvidence(g.s); if (e) evidence.push(e); }
      if (g.s.part === 'F' || g.s.part === 'A') evidence.push(...numberEvidence(g.s).slice(0, 3));
    }
    let supports = 0;
    let contradicts = 0;
    for (const r of reviews) {
      if (!r.keys.has(key)) continue;
      const q = reviewQuote(r.s);
      if (!q) continue;
      if (q.stance === 'supports' ? supports++ < MAX_QUOTES : contradicts++ < MAX_QUOTES) evidence.push(q);
    }
    for (const tag of product?.reviewTags ?? []) {
      if (!referenceThemeKeys(tag.text).some((k) => k.key === key)) continue;
      evidence.push({ kind: 'review-quote', text: tag.count !== undefined ? `${tag.text} (${tag.count})` : tag.text, stance: tag.negative ? 'contradicts' : 'supports' });
    }
    const unsupported = !evidence.some((e) => e.stance === 'supports' && SPECIFIC.has(e.kind) && !hasFail(e));
    const chain = { theme: surfaceOf(key, group).slice(0, 200), features: ids('F'), advantages: ids('A'), benefits: ids('B'), evidence: [...evidence, ...general], unsupported };
    chains.push({ ...chain, strength: strength({ ...chain, evidence }, group.length) });
  }
  return chains
    .sort((a, b) => b.strength - a.strength || a.theme.localeCompare(b.theme))
    .map((c, i) => ({ id: `c${i + 1}`, ...c }));
}
