import type { Aspect, Sentiment } from '../../schema';
import type { ReviewLang } from './lexicon/compile';
import { sideOf } from './sentiment';
import { units } from './units';

/**
 * The evaluation's baseline: the same lexicon looked up word by word, nothing else. Every
 * aspect word found is a mention; the sentence's side is the plain sum of the polarities
 * found (no negation, no contrast, no intensifiers or hedges, no size-word rule, no stars),
 * and every aspect takes that side.
 */
export function baselineSentence(text: string, lang: ReviewLang): { sentiment: Sentiment; aspects: { aspect: Aspect; sentiment: Sentiment }[] } {
  let sum = 0;
  const aspects = new Set<Aspect>();
  for (const u of units(text, lang)) {
    const r = u.roles;
    if (!r) continue;
    let own = 0;
    for (const a of r.aspects ?? []) { aspects.add(a.aspect); if (Math.abs(a.polarity) > Math.abs(own)) own = a.polarity; }
    sum += own !== 0 ? own : (r.polarity ?? 0);
  }
  const sentiment = sideOf(sum);
  return { sentiment, aspects: [...aspects].map((aspect) => ({ aspect, sentiment })) };
}
