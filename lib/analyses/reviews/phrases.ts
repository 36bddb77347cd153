import type { Review, ReviewTheme, Sentiment } from '../../schema';
import { CN_STOP_CHARS, CN_STOP_WORDS, STOP_WORDS } from '../fabe/theme-words';
import { fold, LEXICONS, tokenize, type ReviewLang } from './lexicon/compile';
import { isNamed, shareOf, withStars } from './naming';
import { quoteOf, type ReadReview } from './review-sentences';
import { pickQuotes, type Candidate } from './themes';

/**
 * Recurring phrases: what buyers keep saying that the aspect lexicon does not know ("gas
 * lift", "lumbar pillow", 扶手, "dry skin"). Candidates are word 2–3-grams inside a clause
 * (first and last word not a stop word or a number) and Chinese 2–4-character n-grams with
 * no function character. A candidate must hold something the lexicon does not know: a word
 * of three or more letters that is neither a stop word nor a lexicon word (Chinese: a
 * character no lexicon entry covers), so "highly recommend" or 质量很好 are left to the
 * aspects. It must recur in ≥ 3 reviews, and — once there are six or more — in no more
 * than half of them (a phrase in every review is the product's own name); a phrase whose
 * words all occur in the product's title, when given, is its name too ("dish soap"). A shorter
 * phrase found in exactly the reviews of a longer one gives way to it. The
 * MAX_PHRASES most frequent are kept.
 *
 * Mentions are the reviews using the phrase; its side is the majority side of the
 * sentences holding it (stars joined as in naming.ts; a tie is neutral).
 */

export const MIN_PHRASE_REVIEWS = 3;
export const MAX_PHRASES = 15;
const NAME_SHARE = 0.5;
const NAME_MIN_REVIEWS = 6;
const WORD = /^[\p{L}\p{N}]/u;
const DIGITS = /^\p{N}+$/u;
const HAN_RUN = /^\p{Script=Han}+$/u;

function knownWord(word: string, lang: ReviewLang): boolean {
  const lex = LEXICONS[lang];
  const f = fold(word);
  if (lex.exact.has(f) || lex.phrases.has(f)) return true;
  for (let k = f.length; k >= lex.minPrefix; k--) if (lex.prefix.has(f.slice(0, k))) return true;
  return false;
}

const informative = (w: string, lang: ReviewLang) => w.length >= 3 && !STOP_WORDS.has(w) && !DIGITS.test(w) && !knownWord(w, lang);
const edgeOk = (w: string) => !STOP_WORDS.has(w) && !DIGITS.test(w) && w.length >= 2;

/** Whether lexicon entries cover every character of a Chinese n-gram. */
function covered(gram: string): boolean {
  const han = LEXICONS.zh.han;
  const chars = [...gram];
  for (let i = 0; i < chars.length;) {
    let n = Math.min(LEXICONS.zh.maxHan, chars.length - i);
    for (; n >= 1; n--) if (han.has(chars.slice(i, i + n).join(''))) break;
    if (n === 0) return false;
    i += n;
  }
  return true;
}

function sentenceGrams(text: string, lang: ReviewLang, out: Set<string>): void {
  const tokens = tokenize(text.toLowerCase().replace(/’/g, "'"), lang);
  let run: string[] = [];
  const flush = () => {
    for (let n = 2; n <= 3; n++) {
      for (let i = 0; i + n <= run.length; i++) {
        const g = run.slice(i, i + n);
        if (!edgeOk(g[0]!) || !edgeOk(g[n - 1]!) || !g.some((w) => informative(w, lang))) continue;
        out.add(g.join(' '));
      }
    }
    run = [];
  };
  for (const t of tokens) {
    if (HAN_RUN.test(t)) {
      flush();
      const chars = [...t];
      for (let n = 2; n <= 4; n++) {
        for (let i = 0; i + n <= chars.length; i++) {
          const g = chars.slice(i, i + n).join('');
          if (CN_STOP_CHARS.test(g) || CN_STOP_WORDS.has(g) || covered(g)) continue;
          out.add(g);
        }
      }
    } else if (WORD.test(t)) run.push(t);
    else flush();
  }
  flush();
}

export function phraseThemes(read: readonly ReadReview[], reviews: readonly Review[], title?: string): { named: ReviewTheme[]; below: number } {
  const found = new Map<string, Candidate & { sides: Map<number, Sentiment> }>();
  for (const rr of read) {
    const review = reviews[rr.index]!;
    const seen = new Set<string>();
    for (const s of rr.sentences) {
      const grams = new Set<string>();
      sentenceGrams(s.text, rr.lang, grams);
      for (const g of grams) {
        if (seen.has(g)) continue;
        seen.add(g);
        let c = found.get(g);
        if (!c) found.set(g, (c = { reviews: new Map(), sides: new Map() }));
        c.reviews.set(rr.index, { quote: quoteOf(s.text, rr.index, review), strength: Math.abs(s.reading.score) });
        c.sides.set(rr.index, withStars(s.reading.score, review.rating));
      }
    }
  }
  const total = reviews.length;
  const inTitle = titleTest(title);
  const recurring = [...found].filter(([g, c]) => c.reviews.size >= MIN_PHRASE_REVIEWS && !(total >= NAME_MIN_REVIEWS && c.reviews.size > total * NAME_SHARE) && !inTitle(g));
  // A shorter phrase inside a longer one with the same reviews adds nothing.
  const size = new Map(recurring.map(([g, c]) => [g, c.reviews.size]));
  const dominated = new Set<string>();
  for (const [h, d] of recurring) for (const sub of subPhrases(h)) if (size.get(sub) === d.reviews.size) dominated.add(sub);
  const kept = recurring.filter(([g]) => !dominated.has(g));
  kept.sort(([ga, a], [gb, b]) => b.reviews.size - a.reviews.size || gb.length - ga.length || (ga < gb ? -1 : 1));
  const named: ReviewTheme[] = [];
  let below = 0;
  for (const [phrase, c] of kept) {
    const mentions = c.reviews.size;
    if (!isNamed(mentions, total)) { below++; continue; }
    if (named.length >= MAX_PHRASES) continue;
    named.push({ phrase: phrase.slice(0, 200), label: { zh: phrase.slice(0, 200), en: phrase.slice(0, 200) }, sentiment: majority(c.sides), mentions, share: shareOf(mentions, total), quotes: pickQuotes(c, reviews) });
  }
  return { named, below };
}

/** Whether a phrase is made of the title's words (Chinese: is part of the title). */
function titleTest(title: string | undefined): (phrase: string) => boolean {
  if (!title) return () => false;
  const t = title.toLowerCase();
  const words = new Set(tokenize(t.replace(/’/g, "'"), 'en').filter((w) => WORD.test(w)));
  return (p) => (HAN_RUN.test(p) ? t.includes(p) : p.split(' ').every((w) => words.has(w) || STOP_WORDS.has(w)));
}

/** The shorter phrases inside one: word runs of two or more, or Chinese substrings. */
function subPhrases(p: string): string[] {
  const out: string[] = [];
  if (HAN_RUN.test(p)) {
    const chars = [...p];
    for (let n = 2; n < chars.length; n++) for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
    return out;
  }
  const words = p.split(' ');
  for (let n = 2; n < words.length; n++) for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

function majority(sides: Map<number, Sentiment>): Sentiment {
  const n: Record<Sentiment, number> = { positive: 0, negative: 0, neutral: 0 };
  for (const s of sides.values()) n[s]++;
  if (n.positive > n.negative && n.positive > n.neutral) return 'positive';
  if (n.negative > n.positive && n.negative > n.neutral) return 'negative';
  return 'neutral';
}
