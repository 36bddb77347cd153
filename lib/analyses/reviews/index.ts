import type { Aspect, Sentiment } from '../../schema';
import { sentenceLang } from './lang';
import { readSentence } from './sentiment';

/**
 * Review analysis (issue #7): pure functions over reviews, no DOM, no browser; lexicons
 * compiled once at module load. Method and figures: README.md in this folder.
 * - analyseReviews: reviews (+ the page's histogram, rating count and tags) → star
 *   distribution, themes with quotes, return reasons (analyse.ts).
 * - sentenceAspects / sentenceSentiment: one review sentence → its aspects with their side,
 *   its overall side (sentiment.ts; what the evaluation measures).
 * - praiseEvidence / contradictions: feeds for the FABE table (feeds.ts).
 * - themeTrends: themes of a tracked product's reviews across visits, by month (trends.ts).
 */
export { analyseReviews, type ReviewInput } from './analyse';
export { reviewInputOf } from './from-read';
export { baselineSentence } from './baseline';
export { contradictions, praiseEvidence, type Contradiction, type PraiseCandidate } from './feeds';
export { sentenceReturnReason } from './return-reasons';
export { themeTrends, type ThemeTrend, type ThemeTrends, type Visit } from './trends';
export { readSentence, type SentenceReading } from './sentiment';
export { sentenceLang } from './lang';


/** The aspects one review sentence mentions, each with its side (text only: no stars). */
export function sentenceAspects(text: string, lang?: string): { aspect: Aspect; sentiment: Sentiment }[] {
  return readSentence(text, sentenceLang(text, lang)).aspects.map((a) => ({ aspect: a.aspect, sentiment: a.sentiment }));
}

/** One review sentence → positive, negative or neutral (text only). */
export function sentenceSentiment(text: string, lang?: string): Sentiment {
  return readSentence(text, sentenceLang(text, lang)).sentiment;
}
