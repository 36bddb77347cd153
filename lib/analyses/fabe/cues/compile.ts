import { isWordUnit } from '../../title/rules/word-list';
import { FAMILY_IDS, type FamilyId, type Lexicon } from './families';
import { requiredLiterals } from './required-literal';

/**
 * A language's lexicon compiled once, at module load, into one character trie of all its
 * terms (each end tagged with the families the term belongs to) plus the few `/regex/`
 * terms (and the `=Cased` terms, matched as written). One left-to-right walk finds every term, so matching costs about the length of
 * the text times the longest term, not the number of terms. Latin terms match whole words
 * (a `*` term takes any ending); Chinese terms match anywhere. Case, hyphens and the
 * typographic apostrophe are folded away ("Long-lasting" = "long lasting").
 */

interface End {
  family: FamilyId;
  /** `word*`: any Latin letters may follow. */
  star: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  ends?: End[];
}

export interface CompiledLexicon {
  root: TrieNode;
  /** `need`: runs one of which the folded text must hold for `re` to match (required-literal.ts). */
  patterns: { family: FamilyId; re: RegExp; need?: string[] }[];
}

const APOSTROPHE = /’/g;
const SPACE_LIKE = /[-\n\t\r\u00a0\u3000]/g;

/** One UTF-16 unit per input unit: lower case, hyphen and white space → space, ’ → '. */
export function foldCue(text: string): string {
  let low = text.toLowerCase();
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
  for (const family of FAMILY_IDS) {
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
      (node.ends ??= []).push({ family, star });
    }
    if (sources.length) {
      const source = sources.join('|');
      const need = requiredLiterals(source);
      patterns.push({ family, re: new RegExp(source, 'giu'), ...(need ? { need } : {}) });
    }
    // `=CE`: an acronym or a capitalised form that only counts as written ("CE" marking,
    // not French "ce"; formal German "Sie", not "sie"), as a whole Latin word.
    if (cased.length) {
      // `=/regex/` is a pattern matched as written.
      const body = cased.map((t) => (t.length > 2 && t.startsWith('/') && t.endsWith('/') ? t.slice(1, -1) : t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|');
      patterns.push({ family, re: new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F])(?:${body})(?![A-Za-z0-9\\u00C0-\\u024F])`, 'gu') });
    }
  }
  return { root, patterns };
}

export interface RawHit {
  family: FamilyId;
  start: number;
  end: number;
}

/** Every term occurrence in `text` (overlapping ones included), left to right. */
export function matchLexicon(lex: CompiledLexicon, text: string): RawHit[] {
  const folded = foldCue(text);
  const n = folded.length;
  const out: RawHit[] = [];
  for (let i = 0; i < n; i++) {
    const midWord = i > 0 && isWordUnit(folded.charCodeAt(i - 1)) && isWordUnit(folded.charCodeAt(i));
    let node: TrieNode | undefined = lex.root;
    for (let j = i; j < n && node; j++) {
      const c = folded.charCodeAt(j);
      // A Latin term starts at a word start only.
      if (j === i && midWord) break;
      node = node.next.get(c);
      if (!node?.ends) continue;
      const latinEnd = isWordUnit(c);
      const nextIsWord = j + 1 < n && isWordUnit(folded.charCodeAt(j + 1));
      for (const e of node.ends) {
        if (e.star) {
          let k = j + 1;
          while (k < n && isWordUnit(folded.charCodeAt(k))) k++;
          out.push({ family: e.family, start: i, end: k });
        } else if (!latinEnd || !nextIsWord) out.push({ family: e.family, start: i, end: j + 1 });
      }
    }
  }
  for (const { family, re, need } of lex.patterns) {
    if (need && !need.some((w) => folded.includes(w))) continue;
    // What matchAll did, without its copy of the regex per call.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ family, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
    }
  }
  return out;
}

/** Past an empty match: one code unit, or one code point under the `u` flag (AdvanceStringIndex). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
