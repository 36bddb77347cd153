import { describe, expect, it } from 'vitest';
import { parseCount, parseLocaleNumber, parseRating, toAsciiDigits } from '../../../lib/marketplaces/shared/numbers';

describe('parseLocaleNumber', () => {
  it.each([
    ['1,234.56', '.', 1234.56],
    ['1.234,56', ',', 1234.56],
    ['1.234,56', '.', 1234.56], // both separators: the later one is decimal, whatever the locale
    ['1 234,56', ',', 1234.56],
    ['1\u202f234,56', ',', 1234.56], // narrow NBSP (fr-FR)
    ['1,23,456', '.', 123456], // Indian grouping
    ['1.234.567', ',', 1234567],
    ['12,99', ',', 12.99],
    ['2.95', ',', 2.95], // two digits after: a decimal even in a comma locale
    ['1.299', ',', 1299], // ambiguous: the locale decides
    ['1.299', '.', 1.299],
    ['1,280', '.', 1280],
    ['430', '.', 430],
  ] as const)('%s (%s decimal) → %d', (token, dec, want) => {
    expect(parseLocaleNumber(token, dec)).toBe(want);
  });

  it.each(['', 'abc', '1-2'])('rejects %j', (token) => {
    expect(parseLocaleNumber(token, '.')).toBeUndefined();
  });
});

describe('parseCount', () => {
  it.each([
    ['5,182 ratings', 5182],
    ['5.182 valoraciones', 5182],
    ['1 140 évaluations', 1140],
    ['(226)', 226],
    ['(33,006)', 33006],
    ['1.2K', 1200],
    ['(1.2K)', 1200],
    ['3M+', 3_000_000],
    ['月销 1万+', 10_000],
    ['1.2万人付款', 12_000],
    ['已售 2000+', 2000],
    ['１２３件', 123],
    ['2K+ bought in past month', 2000],
  ] as const)('%s → %d', (text, want) => {
    expect(parseCount(text)).toBe(want);
  });

  it('returns undefined without digits', () => {
    expect(parseCount('Be the first to review')).toBeUndefined();
  });
});

describe('parseRating', () => {
  it.each([
    ['4.5 out of 5 stars', 4.5],
    ['4,1 von 5 Sternen', 4.1],
    ['4,7 su 5 stelle', 4.7],
    ['5つ星のうち4.5', 4.5],
    ['5 yıldız üzerinden 4,5', 4.5],
    ['4.0 out of 5', 4],
    ['５つ星のうち３.８', 3.8],
  ] as const)('%s → %d', (text, want) => {
    expect(parseRating(text)).toBe(want);
  });

  it.each(['7 out of 10', 'no stars', ''])('rejects %j', (text) => {
    expect(parseRating(text)).toBeUndefined();
  });
});

describe('toAsciiDigits', () => {
  it('maps full-width digits and separators', () => {
    expect(toAsciiDigits('￥１，２８０．５')).toBe('￥1,280.5');
  });
});
