import type { ClassifiedStatement, Evidence, Product } from '../../schema';
import { claimFindings, citesDocument, NO_DOCUMENT } from './claim-check';
import { cueHits, type FamilyId } from './cues';
import { detectLang } from './lang';
import { numberUnits } from './units';

/**
 * Evidence for a chain's claims:
 * - from a listing's E statement, its kind by the proof cue it carries (certification,
 *   test report, patent, award or credential, sales, rating, review count);
 * - numbers with units from the chain's own F/A statements (the measurable facts);
 * - review quotes: a 4–5★ review statement on the same theme supports, a 1–2★ one
 *   contradicts (3★ and unrated reviews are left out: no stance);
 * - review tags (质量很好(128)) on the theme, by the tag's own negative flag;
 * - the product's rating, review count and sales bucket, which back the listing as a whole.
 * Certification, test, award and sales evidence carries the title rules' claim warnings,
 * and a certification or test without a document number is warned about.
 */

const KIND_BY_FAMILY: Partial<Record<FamilyId, Evidence['kind']>> = {
  'E.cert': 'certification',
  'E.test': 'test-report',
  'E.patent': 'patent',
  'E.award': 'award',
  // An author's or expert's credential is recognition of the maker: shown with awards.
  'E.credential': 'award',
  'E.social': 'sales',
};
const KIND_ORDER: readonly FamilyId[] = ['E.cert', 'E.test', 'E.patent', 'E.award', 'E.credential', 'E.social'];
const RATING_WORDS = /review|rating|rated|star|bewertung|sterne|avis|étoile|recension|stelle|opinion|reseña|valoraci|estrella|评价|好评|星/iu;

/** Warnings for a piece of evidence: restricted or absolute wording, and a certification with no document. */
export function evidenceWarnings(text: string, kind: Evidence['kind']): Evidence['warnings'] {
  const w = claimFindings(text).map((f) => f.warning);
  if ((kind === 'certification' || kind === 'test-report') && !citesDocument(text)) w.push(NO_DOCUMENT);
  return w.length ? w.slice(0, 10) : undefined;
}

/** The kind of proof a listing statement offers, or undefined when it offers none. */
export function evidenceKind(s: Pick<ClassifiedStatement, 'text' | 'lang'>): Evidence['kind'] | undefined {
  const hits = cueHits(s.text, detectLang(s.text, s.lang));
  for (const fam of KIND_ORDER) {
    const h = hits.find((x) => x.family === fam);
    if (!h) continue;
    const kind = KIND_BY_FAMILY[fam]!;
    if (kind === 'sales' && RATING_WORDS.test(h.text)) return /\d/.test(s.text) && /rating|rated|star|sterne|étoile|stelle|estrella|星/iu.test(s.text) ? 'rating' : 'review-count';
    return kind;
  }
  return undefined;
}

export function statementEvidence(s: ClassifiedStatement): Evidence | undefined {
  const kind = evidenceKind(s);
  if (!kind) return undefined;
  const warnings = evidenceWarnings(s.text, kind);
  return { kind, text: s.text.slice(0, 2000), statementId: s.id, stance: 'supports', ...(warnings ? { warnings } : {}) };
}

export function numberEvidence(s: ClassifiedStatement): Evidence[] {
  return numberUnits(s.text).map((n) => ({ kind: 'number' as const, text: n.text, statementId: s.id, stance: 'supports' as const }));
}

/** Whether a review of this rating is quoted (4–5★ supports, 1–2★ contradicts; 3★ and unrated have no stance). */
export const quotesRating = (r: number | undefined): r is number => r !== undefined && !(r > 2 && r < 4);

/** A review statement as a quote: 4–5★ supports, 1–2★ contradicts, else none. */
export function reviewQuote(s: ClassifiedStatement): Evidence | undefined {
  const r = s.source.reviewRating;
  if (!quotesRating(r)) return undefined;
  return { kind: 'review-quote', text: s.text.slice(0, 2000), statementId: s.id, stance: r >= 4 ? 'supports' : 'contradicts' };
}

/** Rating, review count and sales of the product: the same for every chain. */
export function productEvidence(p: Product | undefined): Evidence[] {
  if (!p) return [];
  const out: Evidence[] = [];
  if (p.rating !== undefined) out.push({ kind: 'rating', text: `${p.rating}/5`, stance: 'supports' });
  if (p.reviewCount !== undefined) out.push({ kind: 'review-count', text: String(p.reviewCount), stance: 'supports' });
  if (p.salesVolume) {
    const warnings = evidenceWarnings(p.salesVolume.text, 'sales');
    out.push({ kind: 'sales', text: p.salesVolume.text.slice(0, 2000), stance: 'supports', ...(warnings ? { warnings } : {}) });
  }
  return out;
}
