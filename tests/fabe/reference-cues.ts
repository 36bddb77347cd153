import type { FabeLang } from '../../lib/analyses/fabe/lang';
import { de } from '../../lib/analyses/fabe/cues/de';
import { en } from '../../lib/analyses/fabe/cues/en';
import { es } from '../../lib/analyses/fabe/cues/es';
import { FAMILY_IDS, type FamilyId, type Lexicon } from '../../lib/analyses/fabe/cues/families';
import { fr } from '../../lib/analyses/fabe/cues/fr';
import { it } from '../../lib/analyses/fabe/cues/it';
import { zh } from '../../lib/analyses/fabe/cues/zh';
import { isWordUnit } from '../../lib/analyses/title/rules/word-list';

/**
 * The slow oracle for cue matching (tests/fabe/optimised-equivalence.test.ts): the lexicon
 * trie as first written — a `Map` per node, every hit an object, every lexicon pattern run
 * on every text, each hit's term folded on its own — and cueHits over it. The optimised
 * code (cues/flat-trie.ts, cues/compile.ts, cues/index.ts) must give the same hits in the
 * same order. Do not optimise this file.
 */

interface TrieNode {
  next: Map<number, TrieNode>;
  ends?: { family: FamilyId; star: boolean }[];
}

function foldCue(text: string): string {
  let low = text.toLowerCase();
  if (low.length !== text.length) {
    low = '';
    for (const ch of text) { const l = ch.toLowerCase(); low += l.length === ch.length ? l : ch; }
  }
  return low.replace(/’/g, "'").replace(/[-\n\t\r\u00a0\u3000]/g, ' ');
}

function compile(lexicon: Lexicon): { root: TrieNode; patterns: { family: FamilyId; re: RegExp }[] } {
  const root: TrieNode = { next: new Map() };
  const patterns: { family: FamilyId; re: RegExp }[] = [];
  for (const family of FAMILY_IDS) {
    const sources: string[] = [];
    const cased: string[] = [];
    for (const term of new Set(lexicon[family] ?? [])) {
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
    if (sources.length) patterns.push({ family, re: new RegExp(sources.join('|'), 'giu') });
    if (cased.length) {
      const body = cased.map((t) => (t.length > 2 && t.startsWith('/') && t.endsWith('/') ? t.slice(1, -1) : t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|');
      patterns.push({ family, re: new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F])(?:${body})(?![A-Za-z0-9\\u00C0-\\u024F])`, 'gu') });
    }
  }
  return { root, patterns };
}

const COMPILED: Record<FabeLang, ReturnType<typeof compile>> = { en: compile(en), zh: compile(zh), de: compile(de), fr: compile(fr), it: compile(it), es: compile(es) };

function matchLexicon(lex: ReturnType<typeof compile>, text: string): { family: FamilyId; start: number; end: number }[] {
  const folded = foldCue(text);
  const n = folded.length;
  const out: { family: FamilyId; start: number; end: number }[] = [];
  for (let i = 0; i < n; i++) {
    const midWord = i > 0 && isWordUnit(folded.charCodeAt(i - 1)) && isWordUnit(folded.charCodeAt(i));
    let node: TrieNode | undefined = lex.root;
    for (let j = i; j < n && node; j++) {
      const c = folded.charCodeAt(j);
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
  for (const { family, re } of lex.patterns) for (const m of text.matchAll(re)) out.push({ family, start: m.index, end: m.index + m[0].length });
  return out;
}

export function referenceCueHits(text: string, lang: FabeLang): { family: FamilyId; text: string; index: number; terms: string[] }[] {
  const byFamily = new Map<FamilyId, { start: number; end: number; terms: Set<string> }>();
  for (const h of matchLexicon(COMPILED[lang], text)) {
    let f = byFamily.get(h.family);
    if (!f) byFamily.set(h.family, (f = { start: h.start, end: h.end, terms: new Set() }));
    else if (h.start < f.start || (h.start === f.start && h.end > f.end)) { f.start = h.start; f.end = h.end; }
    f.terms.add(foldCue(text.slice(h.start, h.end)));
  }
  return [...byFamily].map(([family, f]) => ({ family, text: text.slice(f.start, f.end), index: f.start, terms: [...f.terms] }));
}
