import { describe, expect, it } from 'vitest';
import { fulfilmentFromMerchantText, isAmazon } from '../../../lib/marketplaces/amazon/product/fulfilment';
import { NOT_A_PROMOTION, promotionFrom, promotionKind } from '../../../lib/marketplaces/amazon/product/promotion-kinds';
import { countdownSeconds, singlePercent } from '../../../lib/marketplaces/shared/promotion-text';

/** Wordings as the saved Amazon pages print them (file named where one comes from a real page). */

describe('singlePercent', () => {
  it.each([
    ['Apply 20% coupon', 20], // ae-B0D83GHDW2
    ['-22%', 22], // us-charmast
    ['Buy 2, save 10%', 10], // uk-1849757097
    ['Apply 5% voucher', 5], // uk-B01LW7X0JJ
    ['Save 5,5 % mit Spar-Abo', 5.5],
    ['You Save: $6.79 (15%)', 15], // us-0596516499
    ['5% off purchase of 4pcs ,8% off purchase of 6pcs ,10% off purchase of 8pcs', undefined], // tiers: no single percentage
    ['Up to 20% off if you qualify', undefined], // us-charmast: an upper bound only
    ['Limited time deal', undefined],
    ['100% cotton', undefined],
  ])('%s → %s', (text, want) => expect(singlePercent(text)).toBe(want));
});

describe('countdownSeconds', () => {
  it.each([
    ['Ends in 05:12:33', 18_753],
    ['Ends in 12:30', 750],
    ['Order within 7 hrs 56 mins', 7 * 3600 + 56 * 60], // ae-B08CZDYNF7
    ['Bestellen Sie innerhalb 14 Stdn. und 13 Min.', 14 * 3600 + 13 * 60], // de-B07H57DNVV
    ['Ends in 1 day 3 h', 86_400 + 3 * 3600],
    ['Limited time deal', undefined],
    ['Ends in 05:99:00', undefined],
  ])('%s → %s', (text, want) => expect(countdownSeconds(text)).toBe(want));
});

describe('promotionKind', () => {
  it.each([
    ['Apply 20% coupon', undefined, 'coupon'],
    ['Collect this voucher to save 5% on this product', 'other', 'coupon'], // uk-B01LW7X0JJ
    ['Save 5% on any 2 or more', undefined, 'threshold'], // ae-B0D83GHDW2
    ['Save 5% each on Dining Chair Covers offered by uxcell when you purchase 4 or more.', 'other', 'threshold'], // us-B01LW7X0JJ
    ['Dieser Titel nimmt an der folgenden Aktion teil: 3 CDs für 25 EUR.', 'other', 'threshold'], // de-B07H57DNVV
    ['Buy 2, save 10%', 'other', 'threshold'], // uk-1849757097
    ['Subscribe & Save: Save 5% now', undefined, 'subscribe-save'],
    ['Up to 20% off if you qualify', undefined, 'programme'], // us-charmast
    ['Limited time deal', 'deal', 'deal'],
    ['Free gift wrap', 'other', 'other'],
  ] as const)('%s (hint %s) → %s', (text, hint, kind) => expect(promotionKind(text, hint)).toBe(kind));
});

describe('promotionFrom', () => {
  const USD = { currency: 'USD', decimal: '.' } as const;
  it.each([
    ['You Save: $6.79 (15%)', { percentOff: 15, amountOff: { amount: 6.79, currency: 'USD' } }],
    ['Apply $5 coupon', { amountOff: { amount: 5, currency: 'USD' } }],
    ['Save $3.00 with coupon', { amountOff: { amount: 3, currency: 'USD' } }],
    ['Apply 20% coupon |', { text: 'Apply 20% coupon', percentOff: 20 }],
    ['3 CDs für 25 EUR', {}], // a bundle price, not money off
  ])('%s', (text, want) => expect(promotionFrom('other', text, USD)).toMatchObject({ kind: 'other', ...want }));

  it('keeps money off out of a bundle price', () => expect(promotionFrom('threshold', '3 CDs für 25 EUR', USD)?.amountOff).toBeUndefined());
});

describe('NOT_A_PROMOTION', () => {
  it.each([
    ['Get a $75.00 statement credit after first Amazon.com purchase made with new Discover it® card', true], // us-B07CL39Z8Q
    ['Get a £10 Amazon.co.uk Gift Card when approved for the Amazon Platinum Mastercard.', true], // uk-B01LW7X0JJ
    ['Buy 2, save 10%', false],
  ])('%s → %s', (text, want) => expect(NOT_A_PROMOTION.test(text)).toBe(want));
});

describe('fulfilmentFromMerchantText', () => {
  it.each([
    ['Ships from and sold by Amazon.com. Gift-wrap available.', 'marketplace', 'Ships from and sold by Amazon.com'],
    ['Sold by uxcell and Fulfilled by Amazon. Gift-wrap available.', 'marketplace', 'Sold by uxcell and Fulfilled by Amazon'],
    ['Dispatched from and sold by Amazon.', 'marketplace', 'Dispatched from and sold by Amazon'],
    ['Ships from and sold by Castle Road.', 'seller', 'Ships from and sold by Castle Road'],
    ['Verkauf durch NITZ OVERSEAS und Versand durch Amazon. Für weitere Informationen …', 'marketplace', 'Verkauf durch NITZ OVERSEAS und Versand durch Amazon'],
    ['Verkauf und Versand durch Weisser Berg. Für weitere Informationen …', 'seller', 'Verkauf und Versand durch Weisser Berg'],
    ['Expédié et vendu par livres_allemands.', 'seller', 'Expédié et vendu par livres_allemands'],
    ['Expédié et vendu par Amazon.', 'marketplace', 'Expédié et vendu par Amazon'],
    ['In Stock. Ships from and sold by Amazon.com. Gift-wrap available.', 'marketplace', 'Ships from and sold by Amazon.com'], // us-0596516499
  ])('%s → %s', (text, by, sentence) => expect(fulfilmentFromMerchantText(text)).toEqual({ by, text: sentence }));

  it('says nothing when no shipper is named', () => expect(fulfilmentFromMerchantText('Gift-wrap available.')).toBeUndefined());
});

describe('isAmazon', () => {
  it.each([
    ['Amazon', true],
    ['Amazon.com', true],
    ['Amazon.co.uk', true],
    ['Amazon US', true], // ae-B0D4163L94: Amazon's global store
    ['Amazonas Trading', false],
    ['EGKStore', false],
  ])('%s → %s', (name, want) => expect(isAmazon(name)).toBe(want));
});
