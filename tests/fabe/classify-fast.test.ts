import { describe, expect, it } from 'vitest';
import { classifyWith, describe as describeCue, type Classification } from '../../lib/analyses/fabe/classify';
import { extractFeatures, type StatementContext } from '../../lib/analyses/fabe/features';
import { detectLang } from '../../lib/analyses/fabe/lang';
import { scoreParts, softmax, WEIGHTS } from '../../lib/analyses/fabe/model';
import { FABE_PARTS, type FabePart } from '../../lib/schema';
import { contextOf, LABELLED, loadItems } from './dataset';

/**
 * classifyIn (classify.ts) scores by row index and word hash, into scratch arrays, and names
 * the deciding feature from those; this is the plain reading of the model it must equal:
 * every feature by name (words too), scoreParts, softmax, the winner, the runner-up and the
 * feature with the largest margin — part, confidence and cue, for every labelled statement
 * in both views, and for a few odd texts.
 */
function byName(text: string, lang: string | undefined, context: StatementContext): Classification {
  const f = extractFeatures(text, detectLang(text, lang), context);
  const scores = scoreParts(f.on, WEIGHTS);
  const probs = softmax(scores);
  let part: FabePart = 'none';
  for (const p of FABE_PARTS) if (probs[p] > probs[part]) part = p;
  let runnerUp: FabePart | undefined;
  for (const p of FABE_PARTS) if (p !== part && (runnerUp === undefined || !(scores[runnerUp] >= scores[p]))) runnerUp = p;
  let best: string | undefined;
  let bestMargin = 0;
  for (const name of f.on) {
    const row = WEIGHTS[name];
    if (name === 'bias' || !row) continue;
    const margin = row[part] - row[runnerUp!];
    if (margin > bestMargin) { best = name; bestMargin = margin; }
  }
  const confidence = Math.round(probs[part] * 1000) / 1000;
  return best ? { part, confidence, cue: describeCue(best, f) } : { part, confidence };
}

const items = loadItems(LABELLED);
const ODD = ['', ' ', 'a'.repeat(3000), '好'.repeat(500), 'Size: 12 x 30 cm', 'İstanbul ΣΑΣ: 2 pcs', '【Easy】 no tools needed!', "I've had it 2 years, didn't break"];

describe('classifyIn equals the model read by name', () => {
  it.each([
    ['with their context', (i: (typeof items)[number]) => [i.lang, contextOf(i)] as const],
    ['as bare text', () => [undefined, {}] as const],
  ])('part, confidence and cue of every labelled statement %s', (_view, args) => {
    expect(items.length).toBeGreaterThan(3000);
    const differ: string[] = [];
    for (const item of items) {
      const [lang, context] = args(item);
      const got = classifyWith(WEIGHTS, item.text, lang, context);
      const want = byName(item.text, lang, context);
      if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${item.id}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(differ).toEqual([]);
  });

  it.each(ODD.map((t) => [t.slice(0, 40), t]))('%s', (_name, text) => {
    for (const context of [{}, { origin: 'review' as const, rating: 1 }, { origin: 'spec' as const }]) {
      expect(classifyWith(WEIGHTS, text, 'en', context)).toEqual(byName(text, 'en', context));
    }
  });
});
