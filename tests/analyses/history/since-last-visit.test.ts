import { describe, expect, it } from 'vitest';
import { sinceLastVisit } from '../../../lib/analyses/history/since-last-visit';
import { AFTER, BEFORE, productRead } from './reads';

describe('sinceLastVisit', () => {
  it('ranks price first, then availability, rating, reviews, ranks, title, images, bullets, specs', () => {
    const s = sinceLastVisit(BEFORE, AFTER);
    expect([s.from, s.to]).toEqual([BEFORE.readAt, AFTER.readAt]);
    expect(s.lines.map((l) => `${l.group} ${l.field}:${l.kind}`)).toEqual([
      'price price:changed',
      'couponPrice couponPrice:added',
      'listPrice listPrice:removed',
      'availability availability:changed',
      'rating rating:changed',
      'reviewCount reviewCount:changed',
      'salesRanks salesRanks.Sports & Outdoors:changed',
      'salesRanks salesRanks.Kitchen:added',
      'salesVolume salesVolume:changed',
      'title title:changed',
      'images images:changed',
      'bullets bullets[1]:added',
      'bullets bullets[3]:changed',
      'specs specs.Capacity:changed',
      'specs specs.Item Weight:added',
      'specs specs.Color:removed',
    ]);
  });

  it('keeps the numbers for the panel to format', () => {
    const price = sinceLastVisit(BEFORE, AFTER).lines[0]!;
    expect(price).toMatchObject({ before: { amount: 19.99, currency: 'USD' }, after: { amount: 17.99, currency: 'USD' }, delta: -2, deltaPct: -10.01 });
  });

  it('sums up the images in one line with the URLs', () => {
    const images = sinceLastVisit(BEFORE, AFTER).lines.find((l) => l.group === 'images');
    expect(images).toEqual({
      field: 'images',
      kind: 'changed',
      group: 'images',
      added: ['https://m.media-amazon.com/images/I/71new00004._AC_SL1500_.jpg'],
      removed: ['https://m.media-amazon.com/images/I/61side0002._AC_SL1500_.jpg'],
    });
  });

  it('puts the larger relative change first within a group', () => {
    const before = productRead('2025-01-01T00:00:00Z', { salesRanks: [{ rank: 100, category: 'A' }, { rank: 100, category: 'B' }] });
    const after = productRead('2025-01-02T00:00:00Z', { salesRanks: [{ rank: 95, category: 'A' }, { rank: 120, category: 'B' }] });
    // A: −5 %, B: +20 %
    expect(sinceLastVisit(before, after).lines.map((l) => l.field)).toEqual(['salesRanks.B', 'salesRanks.A']);
  });

  it('puts a seller change (the buy box moved) right after availability', () => {
    const before = productRead('2025-01-01T00:00:00Z', { seller: 'HydroCo', title: 'Bottle', rating: 4.5 });
    const after = productRead('2025-01-02T00:00:00Z', { seller: 'Reseller Ltd', title: 'Bottle 1L', rating: 4.4 });
    expect(sinceLastVisit(before, after).lines.map((l) => l.field)).toEqual(['seller', 'rating', 'title']);
  });

  it('has no lines when nothing changed', () => {
    expect(sinceLastVisit(BEFORE, BEFORE).lines).toEqual([]);
  });
});
