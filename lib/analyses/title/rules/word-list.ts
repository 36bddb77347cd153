import type { Bilingual, TitleField } from '../../../schema';

/**
 * Word lists (words/*.json) and the one matcher each is compiled into at module load.
 * A trie walked from every start position finds the longest term there, so matching is
 * linear in the text (times the longest term), with no regex built per call.
 */

export type Severity = 'fail' | 'warn';

export interface WordEntry {
  term: string;
  severity: Severity;
  /** Where the word is named as banned or restricted (URL). */
  source: string;
  /** Other spellings of the same entry (plural, closed compound, Chinese name of a brand). */
  forms?: string[];
  /** Longer phrases containing the term that are fine ("best friend", 第一季): never reported. */
  exempt?: string[];
  /** When the word may be legitimate; shown with the finding. */
  hint?: Bilingual;
  notes?: string;
  language?: string;
  /** Sub-group inside a list (claims: pesticide, disease…); rules explain families. */
  family?: string;
  /** Fields the entry applies to; all when absent. */
  fields?: TitleField[];
  /** Entries sharing a group are one thing split by severity (brands.json: Canon / 佳能). */
  group?: string;
}

export interface WordListFile {
  description: string;
  entries: WordEntry[];
}

export interface WordMatch {
  start: number;
  end: number;
  /** As written in the input. */
  text: string;
  entry: WordEntry;
}

interface Node {
  next: Map<number, Node>;
  hit?: { entry: WordEntry; allow: boolean };
  /** A space or hyphen may sit in the input before the next character. */
  sepOk: boolean;
}

const SPACE = 0x20;
const HYPHEN = 0x2d;

/** Full-width ASCII → ASCII, ideographic and no-break spaces → space, lower case; length kept. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000 || c === 0xa0 || c === 0x09) c = SPACE;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c >= 0xc0 && c <= 0x24f) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) c = lower.charCodeAt(0);
    }
    out += String.fromCharCode(c);
  }
  return out;
}

/** Latin letters and digits: terms that begin or end with one need a boundary there. */
export function isWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const isSep = (c: number) => c === SPACE || c === HYPHEN;
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

function insert(root: Node, surface: string, hit: Node['hit']): void {
  const s = fold(surface.trim());
  let node = root;
  let sepBefore = false;
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSep(c)) { sepBefore = true; continue; }
    // Sellers dodge Chinese filters with spaces (最 佳), so a space may split any Han pair.
    if (node !== root && (sepBefore || (isHan(prev) && isHan(c)))) node.sepOk = true;
    let child = node.next.get(c);
    if (!child) { child = { next: new Map(), sepOk: false }; node.next.set(c, child); }
    node = child;
    sepBefore = false;
    prev = c;
  }
  // First writer wins; tests/analyses/title/word-lists.test.ts rejects duplicate surfaces.
  if (node !== root && !node.hit) node.hit = hit;
}

export interface WordMatcher {
  readonly entries: readonly WordEntry[];
  /** Non-overlapping longest matches, left to right; `folded` is `fold(text)`. */
  match(text: string, folded?: string): WordMatch[];
}

export function compileWordList(file: WordListFile): WordMatcher {
  const root: Node = { next: new Map(), sepOk: false };
  for (const entry of file.entries) {
    for (const s of [entry.term, ...(entry.forms ?? [])]) insert(root, s, { entry, allow: false });
    for (const s of entry.exempt ?? []) insert(root, s, { entry, allow: true });
  }
  return {
    entries: file.entries,
    match(text, folded = fold(text)) {
      const out: WordMatch[] = [];
      const n = folded.length;
      let i = 0;
      while (i < n) {
        const c0 = folded.charCodeAt(i);
        if (isSep(c0) || (isWordUnit(c0) && i > 0 && isWordUnit(folded.charCodeAt(i - 1)))) { i++; continue; }
        let node = root;
        let best: { end: number; hit: NonNullable<Node['hit']> } | undefined;
        for (let j = i; j < n; ) {
          const c = folded.charCodeAt(j);
          if (isSep(c) && node !== root) {
            if (!node.sepOk) break;
            j++;
            continue;
          }
          const child = node.next.get(c);
          if (!child) break;
          node = child;
          j++;
          if (node.hit && !(isWordUnit(c) && j < n && isWordUnit(folded.charCodeAt(j)))) best = { end: j, hit: node.hit };
        }
        if (!best) { i++; continue; }
        if (!best.hit.allow) out.push({ start: i, end: best.end, text: text.slice(i, best.end), entry: best.hit.entry });
        i = best.end;
      }
      return out;
    },
  };
}

/** Entries that apply to a field. */
export function forField(matches: readonly WordMatch[], field: TitleField): WordMatch[] {
  return matches.filter((m) => !m.entry.fields || m.entry.fields.includes(field));
}
