import { describe, expect, it } from 'vitest';
import { formatDay, formatMoney, formatNumber, moneyRaw } from '../../components/format';
import { stars } from '../../components/product-view';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it.each([
    [{ amount: 35.99, currency: 'USD' }, 'en-US', '$35.99', '35.99 USD'],
    [{ amount: 35.99, currency: 'USD' }, 'zh-CN', 'US$35.99', '35.99 USD'],
    [{ amount: 1280, currency: 'JPY' }, 'ja-JP', '￥1,280', '1280 JPY'],
    [{ amount: 24.9, currency: 'EUR' }, 'de-DE', '24,90 €', '24.9 EUR'],
    [{ amount: 199, currency: 'CNY' }, 'zh-CN', '¥199.00', '199 CNY'],
    [{ amount: 10, currency: 'GBP' }, 'en-GB', '£10.00', '10 GBP'],
  ])('%j in %s → %s (raw %s)', (money, locale, shown, raw) => {
    expect(plain(formatMoney(money, locale))).toBe(shown);
    expect(moneyRaw(money)).toBe(raw);
  });

  it('falls back to the raw form for a locale Intl rejects', () => {
    expect(formatMoney({ amount: 5, currency: 'USD' }, 'not a locale!')).toBe('5 USD');
  });
});

describe('numbers, days and stars', () => {
  it.each([
    [12873, 'en-US', 0, '12,873'],
    [12873, 'de-DE', 0, '12.873'],
    [4.25, 'en-US', 1, '4.3'],
    [4, 'en-US', 1, '4'],
  ])('%d in %s → %s', (n, locale, digits, out) => {
    expect(formatNumber(n, locale, digits)).toBe(out);
  });

  it.each([
    ['2024-05-02', 'en-US', 'May 2, 2024'],
    ['2024-05-02', 'zh-CN', '2024年5月2日'],
    ['not-a-day', 'en-US', 'not-a-day'],
  ])('day %s in %s → %s', (day, locale, out) => {
    expect(formatDay(day, locale)).toBe(out);
  });

  it.each([
    [4.2, '★★★★☆'],
    [4.5, '★★★★★'],
    [0, '☆☆☆☆☆'],
    [5, '★★★★★'],
  ])('%d → %s', (rating, out) => {
    expect(stars(rating)).toBe(out);
  });
});
