import { describe, expect, it } from 'vitest';
import { detectCurrency, moneyFromParts, parseMoney, type MoneyContext } from '../../../lib/marketplaces/shared/money';

const US: MoneyContext = { currency: 'USD', decimal: '.' };
const DE: MoneyContext = { currency: 'EUR', decimal: ',' };
const DE_EN: MoneyContext = { currency: 'EUR', decimal: '.' }; // amazon.de rendered in English
const IN: MoneyContext = { currency: 'INR', decimal: '.' };
const JP: MoneyContext = { currency: 'JPY', decimal: '.' };
const CA: MoneyContext = { currency: 'CAD', decimal: '.' };
const BR: MoneyContext = { currency: 'BRL', decimal: ',' };
const SA: MoneyContext = { currency: 'SAR', decimal: '.' };
const CN: MoneyContext = { currency: 'CNY', decimal: '.' };
const SE: MoneyContext = { currency: 'SEK', decimal: ',' };

describe('parseMoney', () => {
  it.each([
    ['$1,299.99', US, 1299.99, 'USD'],
    ['1.234,56 €', DE, 1234.56, 'EUR'],
    ['EUR 2,99', DE, 2.99, 'EUR'],
    ['€2.95', DE_EN, 2.95, 'EUR'],
    ['₹1,23,456', IN, 123456, 'INR'],
    ['₹1,299', IN, 1299, 'INR'],
    ['￥1,280', JP, 1280, 'JPY'],
    ['￥430', JP, 430, 'JPY'],
    ['¥ 1.280', JP, 1280, 'JPY'],
    ['SAR 1,299.00', SA, 1299, 'SAR'],
    ['AED 29.99', US, 29.99, 'AED'],
    ['CDN$ 16.65', CA, 16.65, 'CAD'],
    ['$ 9.99', CA, 9.99, 'CAD'],
    ['R$4.239,00', BR, 4239, 'BRL'],
    ['£8.99', US, 8.99, 'GBP'],
    ['199,00 kr', SE, 199, 'SEK'],
    ['¥59', CN, 59, 'CNY'],
    ['１２９.００元', CN, 129, 'CNY'],
    ['12.99', US, 12.99, 'USD'], // no sign: the store's currency
  ] as const)('%s → $2 $3', (text, ctx, amount, currency) => {
    expect(parseMoney(text, ctx)).toEqual({ amount, currency });
  });

  it.each(['', 'Currently unavailable.', 'Derzeit nicht verfügbar'])('no amount in %j', (text) => {
    expect(parseMoney(text, US)).toBeUndefined();
  });
});

describe('detectCurrency', () => {
  it.each([
    ['$5', US, 'USD'],
    ['$5', CA, 'CAD'],
    ['US$5', CA, 'USD'],
    ['¥5', JP, 'JPY'],
    ['¥5', CN, 'CNY'],
    ['5 zł', DE, 'PLN'],
    ['TL 5', DE, 'TRY'],
    ['5', DE, 'EUR'],
  ] as const)('%s in %o → %s', (text, ctx, want) => {
    expect(detectCurrency(text, ctx)).toBe(want);
  });
});

describe('moneyFromParts', () => {
  it.each([
    [['1,299', '99', '$'], US, 1299.99],
    [['35.', '99', '$'], US, 35.99], // whole span carries the decimal point
    [['26', undefined, 'AED'], US, 26],
  ] as const)('%o → $2', ([whole, fraction, sym], ctx, amount) => {
    expect(moneyFromParts(whole, fraction, sym, ctx)?.amount).toBe(amount);
  });

  it('returns undefined for an empty whole part', () => {
    expect(moneyFromParts('', '99', '$', US)).toBeUndefined();
  });
});
