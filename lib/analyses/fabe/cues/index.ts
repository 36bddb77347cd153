import type { FabeLang } from '../lang';
import { compileLexicon, foldCue, HIT_END, HIT_FAMILY, HIT_START, scanLexicon, type CompiledLexicon } from './compile';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { FAMILIES, FAMILY_IDS, type FamilyId } from './families';
import { fr } from './fr';
import { it } from './it';
import { zh } from './zh';

export { FAMILIES, FAMILY_IDS, type FamilyId, type Lexicon } from './families';

/** One compiled lexicon per language, built at module load. */
const COMPILED: Record<FabeLang, CompiledLexicon> = {
  en: compileLexicon([en]),
  zh: compileLexicon([zh]),
  de: compileLexicon([de]),
  fr: compileLexicon([fr]),
  it: compileLexicon([it]),
  es: compileLexicon([es]),
};

export interface CueHit {
  family: FamilyId;
  /** The words that matched first (the longest term at the leftmost position), as written. */
  text: string;
  index: number;
  /** Every distinct term of the family found, folded (the classifier's term features). */
  terms: string[];
}

/** Per family index, for the statement being gathered (stamped, so nothing is cleared between statements). */
const SEEN = new Int32Array(FAMILY_IDS.length);
const FIRST = new Int32Array(FAMILY_IDS.length);
const LAST = new Int32Array(FAMILY_IDS.length);
const TERMS: string[][] = FAMILY_IDS.map(() => []);
let stamp = 0;
/**
 * The families in the order of their first hit, `ORDER[0, ordered)` (one entry per family):
 * typed and reused, where `length = 0` on an array dropped its storage every statement.
 */
const ORDER = new Uint8Array(FAMILY_IDS.length);
const CAPITAL_SIGMA = '\u03a3';

/** What `terms` holds when the caller asked for none (shared: never written to). */
const NO_TERMS: string[] = [];

/**
 * The hits of each family in `text`: one entry per family that matched, in the order the
 * families were first hit. `withTerms` false leaves every hit's `terms` empty: the classifier
 * reads only a hit's family and text, and gathering the terms (a slice and a search per
 * term) was a fifth of matching an English statement.
 */
export function cueHits(text: string, lang: FabeLang, withTerms = true, lower?: string): CueHit[] {
  const folded = foldCue(text, lower);
  const count = scanLexicon(COMPILED[lang], text, folded);
  if (count === 0) return [];
  // foldCue works code unit by code unit, so a hit's folded form is the same slice of the
  // folded text — except around a capital sigma, whose lower case depends on the letters
  // next to it (final ς): there the slice is folded on its own, as it always was.
  const sliceFolds = !text.includes(CAPITAL_SIGMA);
  if (++stamp === 0x7fffffff) { SEEN.fill(0); stamp = 1; }
  let ordered = 0;
  for (let k = 0; k < count; k++) {
    const f = HIT_FAMILY[k]!;
    const start = HIT_START[k]!;
    const end = HIT_END[k]!;
    if (SEEN[f] !== stamp) {
      SEEN[f] = stamp;
      FIRST[f] = start;
      LAST[f] = end;
      if (withTerms) TERMS[f] = [sliceFolds ? folded.slice(start, end) : foldCue(text.slice(start, end))];
      ORDER[ordered++] = f;
      continue;
    }
    // The longest term at the leftmost position.
    if (start < FIRST[f]! || (start === FIRST[f] && end > LAST[f]!)) { FIRST[f] = start; LAST[f] = end; }
    if (!withTerms) continue;
    const term = sliceFolds ? folded.slice(start, end) : foldCue(text.slice(start, end));
    const terms = TERMS[f]!;
    if (!terms.includes(term)) terms.push(term);
  }
  // Sized once: pushing into [] gives it room for 17 hits at the first push (a statement has a few).
  const out = new Array<CueHit>(ordered);
  for (let o = 0; o < ordered; o++) {
    const f = ORDER[o]!;
    out[o] = { family: FAMILY_IDS[f]!, text: text.slice(FIRST[f], LAST[f]), index: FIRST[f]!, terms: withTerms ? TERMS[f]! : NO_TERMS };
  }
  return out;
}

export const partOfFamily = (f: FamilyId) => FAMILIES[f].part;

/** FABE_PARTS order: F, A, B, E, none. */
const PART_ORDER = ['F', 'A', 'B', 'E', 'none'] as const;
/** Per family index: its part's index in PART_ORDER. */
const PART_OF = Uint8Array.from(FAMILY_IDS, (f) => PART_ORDER.indexOf(FAMILIES[f].part));

/**
 * The distinct parts the families hit in `text` point at, leaving out the family `skip`, in
 * the order `new Set(cueHits(text, lang).filter(not skip).map(part))` lists them: packed three
 * bits a part (its index in F, A, B, E, none, plus one), the first part in the lowest bits.
 * A bullet heading and a row's value are asked only this; building their hits (objects,
 * slices, term lists) cost more than scanning them. The hits come in scan order, and
 * cueHits lists families in the order of their first hit, so the first hit of each part
 * comes in the same order here.
 */
export function cueParts(text: string, lang: FabeLang, skip: FamilyId): number {
  const count = scanLexicon(COMPILED[lang], text, foldCue(text));
  const skipped = FAMILY_IDS.indexOf(skip);
  let packed = 0;
  let seen = 0;
  let shift = 0;
  for (let k = 0; k < count; k++) {
    const f = HIT_FAMILY[k]!;
    if (f === skipped) continue;
    const part = PART_OF[f]!;
    if (seen & (1 << part)) continue;
    seen |= 1 << part;
    packed |= (part + 1) << shift;
    shift += 3;
  }
  return packed;
}
