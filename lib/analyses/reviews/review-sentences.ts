import type { Review, ReviewQuote } from '../../schema';
import { baseLang, detectLang } from '../fabe/lang';
import { segmentTexts } from '../fabe/segment';
import type { ReviewLang } from './lexicon/compile';
import { readSentence, type SentenceReading } from './sentiment';
import { units } from './units';

/**
 * Reviews → their sentences, each read (sentiment.ts) and linked to its review. A review is
 * its title (unless it is only a star label such as "Five Stars", which Amazon writes for
 * the buyer), its body and its follow-up (追评), cut by FABE's segmenter in the review's
 * language. The language is detected per review from its whole text (more words, a surer
 * vote); the page locale only breaks ties.
 */

export interface ReviewSentence {
  /** Index of the review in the analysed list. */
  review: number;
  text: string;
  reading: SentenceReading;
}

export interface ReadReview {
  index: number;
  lang: ReviewLang;
  sentences: ReviewSentence[];
}

const STAR_LABEL = /^\s*(?:[1-5]|one|two|three|four|five|un|une|deux|trois|quatre|cinq|ein|zwei|drei|vier|fünf|uno|due|tre|quattro|cinque|dos|cuatro|cinco)\s+(?:stars?|sterne?|étoiles?|stelle|estrellas?)\s*$/iu;
const MAX_QUOTE = 300;

export function isStarLabel(title: string): boolean {
  return STAR_LABEL.test(title);
}

/** The review's text for language detection and de-duplication. */
export function reviewText(r: Review): string {
  return [r.title, r.body, r.followUp].filter((t): t is string => !!t && t.trim() !== '').join('\n');
}

/**
 * The review's language: FABE's function-word vote with the page locale as tie-break; with
 * no locale, a short review that the vote leaves at its English default ("Arrivé abîmé.")
 * goes to the language whose review lexicon knows the most of its words.
 */
export function reviewLang(text: string, locale?: string): ReviewLang {
  const lang = detectLang(text, locale);
  if (lang !== 'en' || baseLang(locale)) return lang;
  let best: ReviewLang = 'en';
  let bestHits = lexiconHits(text, 'en');
  for (const l of ['de', 'fr', 'it', 'es'] as const) {
    const hits = lexiconHits(text, l);
    if (hits > bestHits) { best = l; bestHits = hits; }
  }
  return best;
}

function lexiconHits(text: string, lang: ReviewLang): number {
  let n = 0;
  for (const u of units(text, lang)) if (u.roles && u.brk === undefined) n++;
  return n;
}

export function readReview(r: Review, index: number, locale?: string): ReadReview {
  const whole = reviewText(r);
  const lang = reviewLang(whole, locale);
  const sentences: ReviewSentence[] = [];
  const add = (text: string) => {
    const t = text.trim();
    if (t) sentences.push({ review: index, text: t, reading: readSentence(t, lang) });
  };
  if (r.title && !isStarLabel(r.title)) add(r.title);
  for (const part of [r.body, r.followUp]) if (part) for (const s of segmentTexts(part, lang)) add(s);
  return { index, lang, sentences };
}

/** A sentence as a quote linked to its review (index, id, rating, date). */
export function quoteOf(text: string, index: number, r: Review): ReviewQuote {
  const t = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
  return {
    text: t,
    reviewIndex: index,
    ...(r.id ? { reviewId: r.id.slice(0, 64) } : {}),
    ...(r.rating !== undefined ? { rating: r.rating } : {}),
    ...(r.date ? { date: r.date } : r.dateText ? { date: r.dateText.slice(0, 40) } : {}),
  };
}
