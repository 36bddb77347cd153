import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The Reviews view in the real extension on the real Dawn dish soap review page (ten
 * reviews, Amazon US). What it must show was worked out by reading those ten reviews, not
 * from the analysis: a small-sample label; value praised, with Amazon Customer's "Good
 * value for your money." (5★, July 5, 2024); the scent as a complaint, with Nicki's
 * "…some new scent which smells strange." (5★, May 24, 2024); cleaning praised with a
 * "cuts through grease" quote (NANCY, Jeff); the page's own histogram of 5,849 ratings.
 * Every theme shown carries at least one quote, and no page text becomes an element.
 */

const WAIT_MS = 20_000;
export const DAWN_CASE = 'reviews-us-dawn-dish-soap-reviews';

// A string, not a function: tsx would wrap a function with helpers the page does not have.
const SNAPSHOT_JS = `(() => {
  const root = document.querySelector('[data-testid="reviews"]');
  const text = (el) => (el ? el.textContent : '') || '';
  return {
    visible: !!root && !root.closest('[hidden]'),
    state: root ? root.dataset.state : undefined,
    reviewCount: root ? root.dataset.reviewCount : undefined,
    productId: root ? root.dataset.productId : undefined,
    smallNote: text(document.querySelector('[data-testid="review-small-sample"]')),
    stars: (() => { const s = document.querySelector('[data-testid="review-stars"]'); return s ? { source: s.dataset.source, sample: s.dataset.sample } : undefined; })(),
    themes: [...document.querySelectorAll('[data-testid="review-theme"]')].map((t) => ({
      aspect: t.dataset.aspect || t.dataset.phrase, sentiment: t.dataset.sentiment, count: t.dataset.count,
      quotes: [...t.querySelectorAll('[data-testid="review-quote"]')].map((q) => ({ text: text(q.querySelector('blockquote')), cite: text(q.querySelector('[data-testid="review-quote-cite"]')) })),
    })),
    elements: root ? root.querySelectorAll('img, script, iframe, object').length : 0,
  };
})()`;

interface Snapshot {
  visible: boolean;
  state?: string;
  reviewCount?: string;
  productId?: string;
  smallNote: string;
  stars?: { source?: string; sample?: string };
  themes: Array<{ aspect?: string; sentiment?: string; count?: string; quotes: Array<{ text: string; cite: string }> }>;
  elements: number;
}

function problemsOf(s: Snapshot): string[] {
  if (!s.visible) return ['the Reviews view is not shown'];
  if (s.state !== 'small-sample' || s.reviewCount !== '10' || s.productId !== 'B0BBPNPZTC') {
    return [`the Reviews view shows state=${s.state} reviews=${s.reviewCount} product=${s.productId}, want small-sample, 10, B0BBPNPZTC`];
  }
  const out: string[] = [];
  if (!s.smallNote.includes('Only 10 reviews')) out.push(`small-sample note ${JSON.stringify(s.smallNote)}`);
  if (s.stars?.source !== 'page' || s.stars.sample !== '5849') out.push(`stars ${JSON.stringify(s.stars)}, want the page histogram of 5849 ratings`);
  const theme = (aspect: string, side: string) => s.themes.find((t) => t.aspect === aspect && t.sentiment === side);
  const quote = (aspect: string, side: string, part: string) => theme(aspect, side)?.quotes.find((q) => q.text.includes(part));
  const value = quote('value', 'positive', 'Good value for your money.');
  if (!value) out.push(`no "Good value for your money." under praised value (${JSON.stringify(theme('value', 'positive'))})`);
  else if (value.cite !== 'Amazon Customer · Jul 5, 2024 · 5★') out.push(`value quote cited ${JSON.stringify(value.cite)}`);
  const scent = quote('smell', 'negative', 'smells strange');
  if (!scent) out.push(`no "smells strange" under the smell complaint (${JSON.stringify(theme('smell', 'negative'))})`);
  else if (scent.cite !== 'Nicki · May 24, 2024 · 5★') out.push(`scent quote cited ${JSON.stringify(scent.cite)}`);
  if (!theme('performance', 'positive')?.quotes.some((q) => /cuts (through )?(the )?grease/i.test(q.text))) out.push('no "cuts through grease" quote under praised performance');
  const bare = s.themes.filter((t) => t.quotes.length === 0);
  if (bare.length) out.push(`themes without quotes: ${bare.map((t) => `${t.aspect}/${t.sentiment}`).join(', ')}`);
  if (s.elements) out.push('page text became elements in the Reviews view');
  return out;
}

/** Opens the Reviews tab of a panel showing the Dawn review page and checks it; screenshot to artifacts. */
export async function checkReviews(panel: Page, artifacts: string): Promise<{ problems: string[]; summary?: string }> {
  await panel.click('[data-testid="tab-reviews"]');
  const deadline = Date.now() + WAIT_MS;
  let last: Snapshot;
  let problems: string[];
  for (;;) {
    last = (await panel.evaluate(SNAPSHOT_JS)) as Snapshot;
    problems = problemsOf(last);
    if (problems.length === 0 || Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await panel.screenshot({ path: join(artifacts, 'reviews-en.png'), fullPage: true });
  const summary = `${last.themes.length} themes (${last.themes.map((t) => `${t.aspect}/${t.sentiment} ${t.count}`).join(', ')}), ${last.themes.reduce((n, t) => n + t.quotes.length, 0)} quotes shown`;
  return { problems, summary };
}
