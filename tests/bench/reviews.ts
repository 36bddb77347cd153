/**
 * The "reviews" section of `npm run bench`: analyseReviews over 5,000 reviews. The reviews
 * are the real ones of every saved page that has some (Amazon product and review pages in
 * five languages, Taobao items), repeated with variation — each copy gets its own id, a
 * date a day later and a counter in its text, so no two are equal and phrase counting sees
 * 5,000 different reviews. Without the saved pages, hand-written reviews stand in.
 * Reported: median and p90 per call, per review, and the parts (reading every sentence
 * vs. the aggregation). Medians and ratios only; nothing here asserts a time.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { analyseReviews } from '../../lib/analyses/reviews';
import { readReview } from '../../lib/analyses/reviews/review-sentences';
import type { Review } from '../../lib/schema';
import { HAVE_SHARED_FIXTURES, SKIP_REASON } from '../support/shared-fixtures';
import { median, percentile, time } from './measure';

const TARGET = 5000;

/**
 * The real reviews, read in a child process: loading ~100 saved pages leaves gigabytes of
 * DOM garbage in this process's heap (measured: 3.7 GB), and every major GC then scans it —
 * which made analyseReviews look 3–7× slower than it is. A fresh heap measures the analysis.
 */
function realReviews(): Review[] {
  if (!HAVE_SHARED_FIXTURES) {
    console.log(`[bench] ${SKIP_REASON}; reviews bench uses hand-written reviews.`);
    return [
      { body: 'Very comfortable, but the armrest broke after a month.', rating: 3 },
      { body: '质量不错，就是有点味道，物流很快。', rating: 4 },
      { body: 'Nicht schlecht, aber etwas zu klein. Zurückgeschickt.', rating: 2 },
      { body: "Ce n'est pas confortable du tout.", rating: 1 },
    ];
  }
  const json = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'collect-reviews.ts')], { maxBuffer: 1 << 28 });
  return JSON.parse(json.toString('utf8')) as Review[];
}

/** `TARGET` reviews from the real ones, each copy varied (id, date, a counter in the text). */
export function manyReviews(base: readonly Review[], target = TARGET): Review[] {
  const out: Review[] = [];
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  for (let copy = 0; out.length < target; copy++) {
    for (const r of base) {
      if (out.length >= target) break;
      out.push({ ...r, id: `${r.id ?? 'r'}-${copy}`, date: day(out.length % 700), ...(r.body ? { body: `${r.body} (${copy + 1})` } : {}) });
    }
  }
  return out;
}

export interface ReviewsBenchSummary {
  reviews: number;
  sentences: number;
  medianMs: number;
  p90Ms: number;
  perReviewUs: number;
  readingShare: number;
}

export function runReviewsBench(runs: number, table: (header: string[], body: string[][], textColumns: number) => void): ReviewsBenchSummary {
  const base = realReviews();
  const reviews = manyReviews(base);
  const input = { reviews, histogram: [11, 7, 9, 17, 56] as [number, number, number, number, number], ratingCount: 1382, locale: 'en-US' };
  const passes = Math.max(5, Math.ceil(runs / 2));
  console.log(`\nreviews: analyseReviews on ${reviews.length.toLocaleString('en')} reviews (${base.length} real reviews from the saved pages, repeated with variation), ${passes} runs after a warm-up (ms)\n`);
  const first = analyseReviews(input);
  const times = Array.from({ length: passes }, () => time(() => analyseReviews(input)));
  const reading = median(Array.from({ length: 3 }, () => time(() => { reviews.forEach((r, i) => readReview(r, i, input.locale)); })));
  const sentences = reviews.reduce((n, r, i) => n + readReview(r, i, input.locale).sentences.length, 0);
  const med = median(times);
  const p90 = percentile(times, 90);
  table(['reviews', 'sentences', 'median ms', 'p90 ms', 'µs per review', 'reading sentences', 'themes named', 'return reasons'], [[
    reviews.length.toLocaleString('en'), sentences.toLocaleString('en'), med.toFixed(1), p90.toFixed(1), ((med * 1000) / reviews.length).toFixed(1),
    `${((reading / med) * 100).toFixed(0)} %`, String(first.themes.length), String(first.returnReasons.length),
  ]], 0);
  return { reviews: reviews.length, sentences, medianMs: med, p90Ms: p90, perReviewUs: (med * 1000) / reviews.length, readingShare: reading / med };
}
