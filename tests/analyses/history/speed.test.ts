import { describe, expect, it } from 'vitest';
import { diffReads } from '../../../lib/analyses/history/diff-reads';
import { sinceLastVisit } from '../../../lib/analyses/history/since-last-visit';
import { timeline } from '../../../lib/analyses/history/timeline';
import type { PageRead } from '../../../lib/schema';
import { productRead } from './reads';

/**
 * "Well under a frame" (16 ms): one product's 50 snapshots through timeline, and one diff of
 * two full listings (200-character titles, 5 long bullets, 10 images, 40 specs), median of 15
 * runs after a warm-up. The bound is a frame, loose for a shared 2-core machine; the typical
 * figures are far lower (see the report).
 */

const words = 'insulated stainless steel water bottle leak proof lid keeps drinks cold hot sports travel gym office'.split(' ');
const text = (seed: number, n: number) => Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');

function snapshot(i: number): PageRead {
  return productRead(new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString(), {
    title: `${text(i % 3, 30)} 保温杯 不锈钢 ${i % 5}`,
    price: { amount: 19.99 + (i % 7), currency: 'USD' },
    rating: 4 + (i % 10) / 10,
    reviewCount: 1000 + i * 13,
    salesRanks: [{ rank: 1500 - i, category: 'Sports & Outdoors' }, { rank: 12 + (i % 4), category: 'Water Bottles' }],
    bullets: Array.from({ length: 5 }, (_, b) => text(i + b, 45)),
    images: Array.from({ length: 10 }, (_, k) => `https://m.media-amazon.com/images/I/71img${(k + i) % 12}._AC_SL1500_.jpg`),
    specs: Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`Spec ${k}`, text(k + (i % 2), 6)])),
  });
}

function medianMs(run: () => void, times = 15): number {
  run();
  const t: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    t.push(performance.now() - start);
  }
  return t.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

describe('history speed', () => {
  const history = Array.from({ length: 50 }, (_, i) => snapshot(i));

  it('builds a 50-snapshot timeline well under a frame', () => {
    expect(timeline(history)).toHaveLength(50);
    expect(medianMs(() => timeline(history))).toBeLessThan(16);
  });

  it('diffs two full listings well under a frame', () => {
    expect(diffReads(history[3]!, history[4]!).changes.length).toBeGreaterThan(5);
    expect(medianMs(() => diffReads(history[3]!, history[4]!))).toBeLessThan(16);
    expect(medianMs(() => sinceLastVisit(history[3]!, history[4]!))).toBeLessThan(16);
  });
});
