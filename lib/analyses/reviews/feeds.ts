import type { Aspect, Bilingual, Evidence, FabeTable, ReviewAnalysis, ReviewTheme } from '../../schema';
import { canonicalKey, themeKeys } from '../fabe/themes';
import { sentenceLang } from './lang';
import { units } from './units';

/**
 * What the review analysis gives the FABE table:
 * - praiseEvidence: each named positive theme (an aspect buyers praise, a phrase they
 *   repeat approvingly) as Evidence candidates — its quotes as `review-quote` evidence
 *   that supports a claim on that theme. The seller picks which claim they back.
 * - contradictions: each named negative theme that a chain of the listing claims: the
 *   chain's F/A/B statements name the complained-about aspect (any aspect word of the same
 *   lexicon: "heavy-duty" is quality-durability, "true to size" size-fit), or share
 *   the phrase's theme key (FABE's theme keys: "gas lift" complaint ↔ "gas lift" chain).
 *   The claim is flagged with the complaint's quotes as contradicting evidence.
 */

export interface PraiseCandidate {
  aspect?: Aspect;
  phrase?: string;
  label: Bilingual;
  mentions: number;
  share: number;
  evidence: Evidence[];
}

export interface Contradiction {
  chainId: string;
  /** The chain's theme as FABE shows it. */
  theme: string;
  /** The chain's F/A/B statement ids: the claims the complaint speaks against. */
  claims: string[];
  complaint: { aspect?: Aspect; phrase?: string; label: Bilingual; mentions: number; share: number };
  evidence: Evidence[];
}

const quoteEvidence = (t: ReviewTheme, stance: Evidence['stance']): Evidence[] =>
  t.quotes.map((q) => ({ kind: 'review-quote' as const, text: q.text.slice(0, 2000), stance }));

const themeRef = (t: ReviewTheme) => ({ ...(t.aspect ? { aspect: t.aspect } : {}), ...(t.phrase ? { phrase: t.phrase } : {}) });

export function praiseEvidence(analysis: ReviewAnalysis): PraiseCandidate[] {
  return analysis.themes
    .filter((t) => t.sentiment === 'positive')
    .map((t) => ({ ...themeRef(t), label: t.label, mentions: t.mentions, share: t.share, evidence: quoteEvidence(t, 'supports') }));
}

export function contradictions(analysis: ReviewAnalysis, table: FabeTable): Contradiction[] {
  const complaints = analysis.themes.filter((t) => t.sentiment === 'negative');
  if (!complaints.length) return [];
  const byId = new Map(table.statements.map((s) => [s.id, s]));
  const out: Contradiction[] = [];
  for (const chain of table.chains) {
    const claims = [...chain.features, ...chain.advantages, ...chain.benefits];
    const texts = [chain.theme, ...claims.map((id) => byId.get(id)?.text ?? '')].filter(Boolean);
    const aspects = new Set<Aspect>();
    const keys = new Set<string>();
    for (const t of texts) {
      for (const u of units(t, sentenceLang(t, byId.get(claims[0] ?? '')?.lang ?? table.lang))) for (const a of u.roles?.aspects ?? []) aspects.add(a.aspect);
      for (const k of themeKeys(t)) keys.add(k.key);
    }
    for (const c of complaints) {
      const hit = c.aspect ? aspects.has(c.aspect) : c.phrase ? keys.has(canonicalKey(c.phrase)) : false;
      if (!hit) continue;
      out.push({ chainId: chain.id, theme: chain.theme, claims, complaint: { ...themeRef(c), label: c.label, mentions: c.mentions, share: c.share }, evidence: quoteEvidence(c, 'contradicts') });
    }
  }
  return out.sort((a, b) => b.complaint.mentions - a.complaint.mentions || a.chainId.localeCompare(b.chainId));
}
