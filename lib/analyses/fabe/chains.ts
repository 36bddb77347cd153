import type { ClassifiedStatement, Evidence, FabeChain, FabePart, Product } from '../../schema';
import { claimFindings } from './claim-check';
import { numberEvidence, productEvidence, quotesRating, reviewQuote, statementEvidence } from './evidence';
import { cueHits, type FamilyId } from './cues';
import { detectLang } from './lang';
import { Memo, MEMO_SIZE } from './memo';
import { canonicalKey, isGroupKey, themeKeyList, themeKeys, type KeyList } from './themes';

/**
 * Groups a listing's F, A and B statements about the same thing into chains and attaches
 * the evidence for them.
 *
 * Grouping: every listing statement (reviews aside) gets its theme keys (themes.ts). A key
 * found in at least two statements, but not in more than half of them once there are six
 * or more (that is the product's own name: "pillow" is in every bullet of a pillow), is a
 * candidate. A key that covers exactly the statements a longer key covers gives way to it
 * ("steel" to "stainless steel", 锈钢 to 不锈钢). Candidates are ranked by how many
 * statements share them, then by length; each statement joins the first candidate it
 * holds. A/B statements that share nothing form a chain of their own, so an isolated
 * claim still shows as unsupported.
 *
 * Evidence (evidence.ts): the E statements that hold the chain's key, numbers
 * with units in its F/A statements, review quotes and tags on its theme, and the product's
 * rating, review count and sales. The last three back the listing as a whole, so they do
 * not make a chain supported: `unsupported` is true unless claim-specific evidence (a
 * certification, test, patent, award, number or a supporting review) is there and free of
 * `fail`-level claim warnings.
 *
 * strength = parts present (F 1, A 1, B 1.5) + certification/test/patent 2 each, award 1.5,
 * numbers 0.5 each (at most 1.5), supporting review quotes 0.5 each (at most 2),
 * contradicting ones −1 each, + 0.25 per extra statement (at most 1); never below 0.
 */

const MAX_QUOTES = 5;
const SPECIFIC: ReadonlySet<Evidence['kind']> = new Set(['certification', 'test-report', 'patent', 'award', 'number', 'review-quote']);
const EVIDENCE_WEIGHT: Partial<Record<Evidence['kind'], number>> = { certification: 2, 'test-report': 2, patent: 2, award: 1.5 };

interface Keyed {
  s: ClassifiedStatement;
  /** Shared with the memo: never written to in place. */
  keys: KeyList;
}

const KEYS = new Memo<KeyList>(MEMO_SIZE);

function keyed(s: ClassifiedStatement): Keyed {
  // The memoised list itself: isolatedKey makes a new one to add a key.
  return { s, keys: KEYS.get(s.text, () => themeKeyList(s.text)) };
}

/**
 * The theme keys of one build, numbered in the order first met: grouping works on each
 * statement's key numbers (typed arrays) instead of looking every key up by its text in
 * several maps (counting, ranking, joining were most of a re-read's time).
 */
class KeyIndex {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  /** The numbers of `keys`, in their order (a key met for the first time gets the next number). */
  number(list: KeyList): number[] {
    const keys = list.keys;
    // A plain array of small integers, sized once: an Int32Array per statement costs an
    // ArrayBuffer and a typed-array object besides its numbers.
    const out = new Array<number>(keys.length);
    let n = 0;
    for (const key of keys) {
      let id = this.ids.get(key);
      if (id === undefined) { id = this.names.length; this.names.push(key); this.ids.set(key, id); }
      out[n++] = id;
    }
    return out;
  }
}

/** A hash of a list of statement positions (FNV-1a over the numbers): pos[from, to). */
function listHash(pos: Int32Array, from: number, to: number): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let i = from; i < to; i++) h = Math.imul(h ^ pos[i]!, 0x01000193);
  return h >>> 0;
}

/** candidates' (hash, key) pairs: the key in the low 32 bits. */
const PAIR_SPAN = 2 ** 32;

/**
 * Candidate theme keys, best first, as key numbers. `keyIds[i]` are the key numbers of
 * statement i; `names` the keys by number.
 */
function candidates(keyIds: readonly (readonly number[])[], names: readonly string[]): number[] {
  // Each key's statements as their positions, all lists in one array (`pos`, key k's list at
  // [start[k], start[k + 1])): a statement holds a key once and statements are walked in
  // order, so every list is ascending and without repeats.
  const nKeys = names.length;
  const start = new Int32Array(nKeys + 1);
  for (const ids of keyIds) for (let j = 0; j < ids.length; j++) start[ids[j]! + 1]!++;
  for (let k = 0; k < nKeys; k++) start[k + 1]! += start[k]!;
  const pos = new Int32Array(start[nKeys]!);
  const fill = start.slice(0, nKeys);
  keyIds.forEach((ids, i) => { for (let j = 0; j < ids.length; j++) pos[fill[ids[j]!]!++] = i; });
  const size = (k: number) => start[k + 1]! - start[k]!;
  const cap = keyIds.length >= 6 ? Math.floor(keyIds.length / 2) : keyIds.length;
  // A key is a candidate when at least two statements and at most `cap` hold it.
  const keys: number[] = [];
  for (let k = 0; k < nKeys; k++) { const n = size(k); if (n >= 2 && n <= cap) keys.push(k); }
  // A shorter key inside a longer one with the same statements adds nothing. Keys are
  // bucketed by their exact statement set, so only keys of one bucket are compared
  // (comparing every pair of keys was quadratic: most of the table's time on 1,000 statements).
  // The lists are ascending, so equal sets are equal lists: keys are bucketed by a hash of
  // their list and compared list to list within a bucket.
  // The buckets are runs of a sorted Float64Array of (hash, key) pairs, `hash * 2^32 + key`
  // (a Map of arrays cost an array per key, and a boxed number per hash above the small
  // integers). The hash is cut to 21 bits so the pair is an exact integer; a bucket of two
  // lists that differ is only compared to no effect, as before.
  const pairs = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) pairs[i] = (listHash(pos, start[keys[i]!]!, start[keys[i]! + 1]!) >>> 11) * PAIR_SPAN + keys[i]!;
  pairs.sort();
  // The pairs taken apart once: a float's % in the buckets' inner loop cost more than the comparisons.
  const bucketOf = new Int32Array(pairs.length);
  const keyAt = new Int32Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) {
    bucketOf[i] = Math.floor(pairs[i]! / PAIR_SPAN);
    keyAt[i] = pairs[i]! - bucketOf[i]! * PAIR_SPAN;
  }
  const shadowed = new Uint8Array(nKeys);
  for (let from = 0; from < pairs.length; ) {
    let to = from + 1;
    while (to < pairs.length && bucketOf[to] === bucketOf[from]) to++;
    if (to - from >= 2) for (let a = from; a < to; a++) if (isShadowed(keyAt[a]!, keyAt, from, to, names, start, pos)) shadowed[keyAt[a]!] = 1;
    from = to;
  }
  const kept = keys.filter((k) => !shadowed[k]);
  // A total order (keys are distinct), so the sort's result does not depend on the algorithm.
  const sizes = new Int32Array(nKeys);
  for (const k of kept) sizes[k] = size(k);
  return kept.sort((a, b) => sizes[b]! - sizes[a]! || names[b]!.length - names[a]!.length || (names[a]! < names[b]! ? -1 : 1));
}

/**
 * Whether key k gives way to a longer key of its bucket (keyAt[from, to)) that holds its
 * name and has the same statements (candidates: `pos` and `start` hold each key's list).
 */
function isShadowed(k: number, keyAt: Int32Array, from: number, to: number, names: readonly string[], start: Int32Array, pos: Int32Array): boolean {
  const name = names[k]!;
  for (let b = from; b < to; b++) {
    const l = keyAt[b]!;
    const longer = names[l]!;
    if (longer.length > name.length && longer.includes(name) && sameList(k, l, start, pos)) return true;
  }
  return false;
}

/** Whether keys a and b have the same statement list (candidates' pos[start[k], start[k + 1])). */
function sameList(a: number, b: number, start: Int32Array, pos: Int32Array): boolean {
  if (start[a + 1]! - start[a]! !== start[b + 1]! - start[b]!) return false;
  for (let i = start[a]!, j = start[b]!; i < start[a + 1]!; i++, j++) if (pos[i] !== pos[j]) return false;
  return true;
}

/**
 * The theme of a claim that shares no key: a known attribute (a synonym group) it names,
 * else the word that made it a claim when that word names a property or a scene
 * (waterproof, 办公室, dishwasher safe), else its first content key.
 */
const NAMING: ReadonlySet<FamilyId> = new Set(['A.quality', 'A.result', 'B.gain', 'B.scene', 'F.material', 'F.spec']);
function isolatedKey(k: Keyed): string | undefined {
  const keys = k.keys.keys;
  const group = keys.find(isGroupKey);
  if (group) return group;
  const hit = cueHits(k.s.text, detectLang(k.s.text, k.s.lang)).find((h) => NAMING.has(h.family) && h.text.length > 1);
  if (hit) {
    const whole = canonicalKey(hit.text.toLowerCase());
    const key = keys.includes(whole) ? whole : (themeKeys(hit.text).find((t) => keys.includes(t.key))?.key ?? whole);
    // A new list: the one held is the memo's.
    if (!keys.includes(key)) k.keys = { keys: [...keys, key], surfaces: [...k.keys.surfaces, hit.text.toLowerCase()] };
    return key;
  }
  return keys.find((x) => !x.includes(' ')) ?? keys[0];
}

function surfaceOf(key: string, group: readonly Keyed[]): string {
  const counts = new Map<string, number>();
  for (const g of group) { const at = g.keys.keys.indexOf(key); const s = at >= 0 ? g.keys.surfaces[at] : undefined; if (s) counts.set(s, (counts.get(s) ?? 0) + 1); }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? key;
}

/** The chain's strength; `evidence` without the product's general evidence. */
function strength(chain: Pick<FabeChain, 'features' | 'advantages' | 'benefits'>, evidence: readonly Evidence[], statements: number): number {
  let s = (chain.features.length ? 1 : 0) + (chain.advantages.length ? 1 : 0) + (chain.benefits.length ? 1.5 : 0);
  let numbers = 0;
  let quotes = 0;
  for (const e of evidence) {
    if (e.kind === 'number') numbers += 0.5;
    else if (e.kind === 'review-quote') quotes += e.stance === 'supports' ? 0.5 : -1;
    else if (e.statementId) s += EVIDENCE_WEIGHT[e.kind] ?? 0;
  }
  s += Math.min(1.5, numbers) + Math.min(2, quotes) + Math.min(1, 0.25 * Math.max(0, statements - 1));
  return Math.max(0, Math.round(s * 100) / 100);
}

/** Evidence worded with a banned (fail-level) claim backs nothing. */
const hasFail = (e: Evidence) => (e.warnings ? claimFindings(e.text).some((f) => f.severity === 'fail') : false);

/**
 * Items by each chain key they hold, in their original order (one pass instead of one scan
 * per chain). Only the chains' keys are indexed: a list for every key the items hold was
 * mostly lists nobody read (a review holds some twenty keys, a few of them a chain's).
 */
function byKey(items: readonly Keyed[], chainKeys: ReadonlyMap<string, unknown>): Map<string, Keyed[]> {
  const out = new Map<string, Keyed[]>();
  for (const k of items) for (const key of k.keys.keys) {
    if (!chainKeys.has(key)) continue;
    const list = out.get(key);
    if (list) list.push(k);
    else out.set(key, [k]);
  }
  return out;
}

export function buildChains(statements: readonly ClassifiedStatement[], product?: Product): FabeChain[] {
  const listing = statements.filter((s) => s.source.origin !== 'review' && s.part !== 'none').map(keyed);
  // A review is evidence only as a quote: 3★ and unrated reviews have no stance, so their
  // theme keys are never needed (they were a fifth of the keys worked out).
  const reviews = statements.filter((s) => s.source.origin === 'review' && s.part !== 'none' && quotesRating(s.source.reviewRating)).map(keyed);
  const index = new KeyIndex();
  // The key numbers of the listing's F, A and B statements (E statements join no candidate).
  const keyIds = listing.map((k) => (k.s.part !== 'E' ? index.number(k.keys) : undefined));
  const ranked = candidates(keyIds.filter((ids) => ids !== undefined), index.names);
  const rank = new Int32Array(index.names.length).fill(-1);
  ranked.forEach((id, r) => { rank[id] = r; });
  const groups = new Map<string, Keyed[]>();
  const loose: Keyed[] = [];
  listing.forEach((k, i) => {
    // Each statement joins the best-ranked candidate it holds.
    let best = -1;
    const ids = keyIds[i];
    if (ids) for (let j = 0; j < ids.length; j++) { const r = rank[ids[j]!]!; if (r >= 0 && (best < 0 || r < best)) best = r; }
    if (best < 0) { loose.push(k); return; }
    const key = index.names[ranked[best]!]!;
    const group = groups.get(key);
    if (group) group.push(k);
    else groups.set(key, [k]);
  });
  for (const k of loose) {
    if (k.s.part !== 'A' && k.s.part !== 'B') continue;
    const key = isolatedKey(k);
    if (key && !groups.has(key)) groups.set(key, [k]);
  }
  const general = productEvidence(product);
  const looseE = byKey(loose.filter((k) => k.s.part === 'E'), groups);
  const reviewsByKey = byKey(reviews, groups);
  // A review may back several chains: its quote is made once.
  const quotes = new Map<Keyed, Evidence>();
  for (const r of reviews) quotes.set(r, reviewQuote(r.s)!);
  const tags = (product?.reviewTags ?? []).map((tag) => ({ tag, keys: new Set(themeKeys(tag.text).map((k) => k.key)) }));
  // An E statement may back several chains: its evidence is read once.
  const proof = new Map<Keyed, Evidence | undefined>();
  const proofOf = (g: Keyed) => { if (!proof.has(g)) proof.set(g, statementEvidence(g.s)); return proof.get(g); };
  const chains: FabeChain[] = [];
  for (const [key, group] of groups) {
    const evidence: Evidence[] = [];
    for (const statements of [group, looseE.get(key) ?? []]) for (const g of statements) {
      if (g.s.part === 'E') { const e = proofOf(g); if (e) evidence.push(e); }
      if (g.s.part === 'F' || g.s.part === 'A') evidence.push(...numberEvidence(g.s).slice(0, 3));
    }
    let supports = 0;
    let contradicts = 0;
    for (const r of reviewsByKey.get(key) ?? []) {
      const q = quotes.get(r)!;
      if (q.stance === 'supports' ? supports++ < MAX_QUOTES : contradicts++ < MAX_QUOTES) evidence.push(q);
    }
    for (const { tag, keys } of tags) {
      if (!keys.has(key)) continue;
      evidence.push({ kind: 'review-quote', text: tag.count !== undefined ? `${tag.text} (${tag.count})` : tag.text, stance: tag.negative ? 'contradicts' : 'supports' });
    }
    const unsupported = !evidence.some((e) => e.stance === 'supports' && SPECIFIC.has(e.kind) && !hasFail(e));
    // Written out once, in the output's key order (spreading it twice more and again to put
    // the id first was a good part of the chains' own time); the id is set once sorted.
    const chain: FabeChain = { id: '', theme: surfaceOf(key, group).slice(0, 200), features: partIds(group, 'F'), advantages: partIds(group, 'A'), benefits: partIds(group, 'B'), evidence: evidence.concat(general), unsupported, strength: 0 };
    chain.strength = strength(chain, evidence, group.length);
    chains.push(chain);
  }
  chains.sort((a, b) => b.strength - a.strength || a.theme.localeCompare(b.theme));
  for (let i = 0; i < chains.length; i++) chains[i]!.id = `c${i + 1}`;
  return chains;
}

/** The ids of a group's statements of one part, in order. */
function partIds(group: readonly Keyed[], part: FabePart): string[] {
  const out: string[] = [];
  for (const g of group) if (g.s.part === part) out.push(g.s.id);
  return out;
}
