import { isWordUnit } from '../../title/rules/word-list';
import { codeAt } from '../char-code';
import { FAMILY_IDS, type FamilyId, type Lexicon } from './families';
import { flatten, ROOT, ROOT_DIRECT, slotOf, type FlatTrie, type TrieNode } from './flat-trie';
import { requiredLiterals } from './required-literal';

/**
 * A language's lexicon compiled once, at module load, into one character trie of all its
 * terms (each end tagged with the families the term belongs to; flattened into typed
 * arrays, flat-trie.ts) plus the few `/regex/` terms (and the `=Cased` terms, matched as
 * written). One left-to-right walk finds every term, so matching costs about the length of
 * the text times the longest term, not the number of terms. Latin terms match whole words
 * (a `*` term takes any ending); Chinese terms match anywhere. Case, hyphens and the
 * typographic apostrophe are folded away ("Long-lasting" = "long lasting").
 */

export interface CompiledLexicon {
  trie: FlatTrie;
  /** `need`: runs one of which the folded text must hold for `re` to match (required-literal.ts). `fam`: the family's index in FAMILY_IDS. */
  patterns: { family: FamilyId; fam: number; re: RegExp; need?: string[] }[];
}

const APOSTROPHE = /’/g;
const SPACE_LIKE = /[-\n\t\r\u00a0\u3000]/g;

/** One UTF-16 unit per input unit: lower case, hyphen and white space → space, ’ → '. */
export function foldCue(text: string, lower?: string): string {
  // `lower`, when given, is text.toLowerCase() already made by the caller (classify.ts): a second copy would be the same.
  let low = lower ?? text.toLowerCase();
  if (low.length !== text.length) {
    // A few characters change length when lower-cased (İ); keep those as they are.
    low = '';
    for (const ch of text) { const l = ch.toLowerCase(); low += l.length === ch.length ? l : ch; }
  }
  // Two plain replacements rather than one with a callback per character (same result:
  // neither replacement makes a character the other one looks for).
  return low.replace(APOSTROPHE, "'").replace(SPACE_LIKE, ' ');
}

export function compileLexicon(lexicons: readonly Lexicon[]): CompiledLexicon {
  const root: TrieNode = { next: new Map() };
  const patterns: CompiledLexicon['patterns'] = [];
  for (const [fam, family] of FAMILY_IDS.entries()) {
    const sources: string[] = [];
    const cased: string[] = [];
    for (const term of new Set(lexicons.flatMap((l) => l[family] ?? []))) {
      if (term.length > 2 && term.startsWith('/') && term.endsWith('/')) { sources.push(term.slice(1, -1)); continue; }
      if (term.length > 1 && term.startsWith('=')) { cased.push(term.slice(1)); continue; }
      const star = term.endsWith('*');
      const body = foldCue(star ? term.slice(0, -1) : term).trim().replace(/ +/g, ' ');
      if (!body) continue;
      let node = root;
      for (let i = 0; i < body.length; i++) {
        const c = body.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map() }));
        node = child;
      }
      (node.ends ??= []).push({ family: fam, star });
    }
    if (sources.length) {
      const source = sources.join('|');
      const need = requiredLiterals(source);
      patterns.push({ family, fam, re: new RegExp(source, 'giu'), ...(need ? { need } : {}) });
    }
    // `=CE`: an acronym or a capitalised form that only counts as written ("CE" marking,
    // not French "ce"; formal German "Sie", not "sie"), as a whole Latin word.
    if (cased.length) {
      // `=/regex/` is a pattern matched as written.
      const body = cased.map((t) => (t.length > 2 && t.startsWith('/') && t.endsWith('/') ? t.slice(1, -1) : t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|');
      patterns.push({ family, fam, re: new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F])(?:${body})(?![A-Za-z0-9\\u00C0-\\u024F])`, 'gu') });
    }
  }
  return { trie: flatten(root), patterns };
}

export interface RawHit {
  family: FamilyId;
  start: number;
  end: number;
}

/**
 * The hits of the last scanLexicon call: family index, start, end (reused buffers, so a
 * statement's scan allocates nothing; read them before the next scan).
 */
export let HIT_FAMILY = new Uint8Array(64);
export let HIT_START = new Int32Array(64);
export let HIT_END = new Int32Array(64);

function pushHit(n: number, family: number, start: number, end: number): number {
  if (n === HIT_FAMILY.length) {
    const grow = <T extends Uint8Array | Int32Array>(a: T, b: T): T => { b.set(a); return b; };
    HIT_FAMILY = grow(HIT_FAMILY, new Uint8Array(n * 2));
    HIT_START = grow(HIT_START, new Int32Array(n * 2));
    HIT_END = grow(HIT_END, new Int32Array(n * 2));
  }
  HIT_FAMILY[n] = family;
  HIT_START[n] = start;
  HIT_END[n] = end;
  return n + 1;
}

/**
 * Every term occurrence in `text` (overlapping ones included), left to right, then the
 * patterns' matches, into HIT_FAMILY/HIT_START/HIT_END; returns how many. `folded` is
 * foldCue(text).
 */
export function scanLexicon(lex: CompiledLexicon, text: string, folded: string): number {
  const { edges, shift, endFrom, endFamily, endStar, rootDirect } = lex.trie;
  const mask = (edges.length >> 1) - 1;
  const n = folded.length;
  let count = 0;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const c0 = codeAt(folded, i);
    const word0 = isWordUnit(c0);
    // A Latin term starts at a word start only.
    const midWord = prevWord && word0;
    prevWord = word0;
    if (midWord) continue;
    // The first step, from the root: an array read for Latin letters (flat-trie.ts).
    if (c0 < ROOT_DIRECT && rootDirect[c0]! < 0) continue;
    // `step`: the node walked to, times two, plus one when a term ends there (flat-trie.ts).
    let step = ROOT * 2;
    for (let j = i; j < n; j++) {
      const c = j === i ? c0 : codeAt(folded, j);
      const node = step >> 1;
      if (node === ROOT && c < ROOT_DIRECT) step = rootDirect[c]!;
      else {
        // The edge (node, c): probe the edge table from its slot until the key or an empty slot.
        const key = node * 65536 + c + 1;
        let slot = slotOf(node, c, shift);
        let k = edges[slot * 2]!;
        while (k !== key && k !== 0) { slot = (slot + 1) & mask; k = edges[slot * 2]!; }
        if (k === 0) break;
        step = edges[slot * 2 + 1]!;
      }
      if ((step & 1) === 0) continue;
      const to = step >> 1;
      const e0 = endFrom[to]!;
      const e1 = endFrom[to + 1]!;
      const latinEnd = isWordUnit(c);
      const nextIsWord = j + 1 < n && isWordUnit(codeAt(folded, j + 1));
      for (let e = e0; e < e1; e++) {
        if (endStar[e]) {
          let m = j + 1;
          while (m < n && isWordUnit(codeAt(folded, m))) m++;
          count = pushHit(count, endFamily[e]!, i, m);
        } else if (!latinEnd || !nextIsWord) count = pushHit(count, endFamily[e]!, i, j + 1);
      }
    }
  }
  for (const { fam, re, need } of lex.patterns) {
    if (need && !holdsAny(folded, need)) continue;
    // What matchAll did, without its copy of the regex per call.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      count = pushHit(count, fam, m.index, m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
    }
  }
  return count;
}

/** need.some((w) => folded.includes(w)), without a closure per pattern and statement. */
function holdsAny(folded: string, need: readonly string[]): boolean {
  for (let k = 0; k < need.length; k++) if (folded.includes(need[k]!)) return true;
  return false;
}

/** Every term occurrence in `text` (overlapping ones included), left to right. */
export function matchLexicon(lex: CompiledLexicon, text: string): RawHit[] {
  const count = scanLexicon(lex, text, foldCue(text));
  const out: RawHit[] = [];
  for (let k = 0; k < count; k++) out.push({ family: FAMILY_IDS[HIT_FAMILY[k]!]!, start: HIT_START[k]!, end: HIT_END[k]! });
  return out;
}

/** Past an empty match: one code unit, or one code point under the `u` flag (AdvanceStringIndex). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
