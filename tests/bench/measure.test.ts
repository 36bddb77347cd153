import { describe, expect, it } from 'vitest';
import { parseUntrustedHtml } from '../../lib/cli/load-page';
import { fullWalk, measurePair, median, summariseByMarketplace } from './measure';

describe('median', () => {
  it.each<[number[], number]>([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[2, 2, 9, 2, 2, 2, 100], 2],
  ])('%j → %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values (never a made-up zero)', () => expect(median([])).toBeNaN());
});

describe('fullWalk', () => {
  it('visits every element and every text node of the document', () => {
    const page = parseUntrustedHtml('<html><head><title>ab</title></head><body><p>cde<b>f</b></p><!-- skip --></body></html>', 'https://www.amazon.com/');
    try {
      // html, head, title, body, p, b · text: "ab", "cde", "f" (the comment is no text node)
      expect(fullWalk(page.document)).toEqual({ elements: 6, textChars: 6 });
    } finally {
      page.close();
    }
  });
});

describe('measurePair', () => {
  it('warms up once, then runs both functions the asked number of times', () => {
    const calls = { read: 0, walk: 0 };
    const t = measurePair(() => calls.read++, () => calls.walk++, 7);
    expect(calls).toEqual({ read: 8, walk: 8 });
    expect(t.readMs).toBeGreaterThanOrEqual(0);
    expect(t.ratio).toBe(t.readMs / t.walkMs);
  });
});

describe('summariseByMarketplace', () => {
  const row = (marketplace: string, readMs: number, walkMs: number) => ({ marketplace, readMs, walkMs, ratio: readMs / walkMs });
  it('gives each marketplace its medians, maxima and ratios, in first-seen order', () => {
    const summary = summariseByMarketplace([row('amazon', 2, 1), row('jd', 1, 4), row('amazon', 6, 2), row('amazon', 4, 4), row('jd', 3, 4)]);
    expect(summary).toEqual([
      { marketplace: 'amazon', pages: 3, readMedianMs: 4, readMaxMs: 6, walkMedianMs: 2, ratioMedian: 2, ratioMax: 3, ratioAll: 12 / 7 },
      { marketplace: 'jd', pages: 2, readMedianMs: 2, readMaxMs: 3, walkMedianMs: 4, ratioMedian: 0.5, ratioMax: 0.75, ratioAll: 0.5 },
    ]);
  });

  it('is empty for no rows', () => expect(summariseByMarketplace([])).toEqual([]));
});
