import type { Aspect, ReturnReason, ReturnReasonRow, Review } from '../../schema';
import { ASPECT_RETURN_REASON, RETURN_IMPACT, RETURN_REASON_LABELS } from './lexicon/labels';
import { shareOf } from './naming';
import { quoteOf, type ReadReview } from './review-sentences';
import { THRESHOLD, type SentenceReading } from './sentiment';
import { pickQuotes, type Candidate } from './themes';

/**
 * Return reasons (domain-rules §6 taxonomy): complaints and explicit return/refund
 * statements mapped to quality-defect, size-fit, not-as-described, damaged,
 * wrong-or-missing, logistics, changed-mind, price, counterfeit or other.
 *
 * Per sentence that is not praise overall (a tolerated flaw in a happy sentence is no
 * return reason), the main problem: a cue that names a reason itself ("arrived damaged",
 * 发错货, "zu klein", "fake"; the one in the main clause first), else the most negative
 * aspect of the sentence through ASPECT_RETURN_REASON (labels.ts). A review that says it
 * was returned or refunded but names no problem counts as `other`. Mentions are reviews.
 *
 * severity = share of reviews (percent) × impact (1–5, RETURN_IMPACT in labels.ts): 10 % of
 * reviews reporting defects (impact 4) is 40; 10 % changing their minds (impact 1) is 10.
 */

/** The main problem a sentence states, if it states one. */
export function sentenceReturnReason(r: SentenceReading): ReturnReason | undefined {
  if (r.sentiment === 'positive') return undefined;
  if (r.reasons.length) return r.reasons[0];
  let worst: { aspect: Aspect; score: number } | undefined;
  for (const a of r.aspects) {
    if (a.score > -THRESHOLD) continue;
    const better = !worst || a.score < worst.score
      || (a.score === worst.score && RETURN_IMPACT[ASPECT_RETURN_REASON[a.aspect]] > RETURN_IMPACT[ASPECT_RETURN_REASON[worst.aspect]]);
    if (better) worst = a;
  }
  if (worst) return ASPECT_RETURN_REASON[worst.aspect];
  return r.returns && r.sentiment === 'negative' ? 'other' : undefined;
}

export function returnReasons(read: readonly ReadReview[], reviews: readonly Review[]): ReturnReasonRow[] {
  const found = new Map<ReturnReason, Candidate>();
  const add = (reason: ReturnReason, index: number, text: string, strength: number) => {
    let c = found.get(reason);
    if (!c) found.set(reason, (c = { reviews: new Map() }));
    const prev = c.reviews.get(index);
    if (!prev || strength > prev.strength) c.reviews.set(index, { quote: quoteOf(text, index, reviews[index]!), strength });
  };
  for (const rr of read) {
    let named = false;
    let returned: { text: string; strength: number } | undefined;
    for (const s of rr.sentences) {
      const reason = sentenceReturnReason(s.reading);
      const unexplained = reason === 'other' && s.reading.returns && s.reading.reasons.length === 0 && !s.reading.aspects.some((a) => a.score <= -THRESHOLD);
      if (reason && !unexplained) { add(reason, rr.index, s.text, Math.abs(s.reading.score)); named = true; }
      else if (s.reading.returns && s.reading.sentiment !== 'positive' && !returned) returned = { text: s.text, strength: Math.abs(s.reading.score) };
    }
    if (returned && !named) add('other', rr.index, returned.text, returned.strength);
  }
  const rows: ReturnReasonRow[] = [];
  for (const [reason, c] of found) {
    const mentions = c.reviews.size;
    const share = shareOf(mentions, reviews.length);
    const impact = RETURN_IMPACT[reason];
    rows.push({ reason, label: RETURN_REASON_LABELS[reason], mentions, share, impact, severity: Math.round(share * impact * 10) / 10, quotes: pickQuotes(c, reviews) });
  }
  return rows.sort((a, b) => b.severity - a.severity || b.mentions - a.mentions || a.reason.localeCompare(b.reason));
}
