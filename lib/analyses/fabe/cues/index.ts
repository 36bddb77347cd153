import type { FabeLang } from '../lang';
import { compileLexicon, foldCue, matchLexicon, type CompiledLexicon } from './compile';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { FAMILIES, type FamilyId } from './families';
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

/** The hits of each family in `text`: one entry per family that matched. */
export function cueHits(text: string, lang: FabeLang): CueHit[] {
  const byFamily = new Map<FamilyId, { start: number; end: number; terms: Set<string> }>();
  for (const h of matchLexicon(COMPILED[lang], text)) {
    let f = byFamily.get(h.family);
    if (!f) byFamily.set(h.family, (f = { start: h.start, end: h.end, terms: new Set() }));
    else if (h.start < f.start || (h.start === f.start && h.end > f.end)) { f.start = h.start; f.end = h.end; }
    f.terms.add(foldCue(text.slice(h.start, h.end)));
  }
  const out: CueHit[] = [];
  for (const [family, f] of byFamily) out.push({ family, text: text.slice(f.start, f.end), index: f.start, terms: [...f.terms] });
  return out;
}

export const partOfFamily = (f: FamilyId) => FAMILIES[f].part;
