// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { I18nContext, type I18n } from '../../components/i18n';
import { ListingPartsView } from '../../components/listing/listing-parts-view';
import { ListingScoreView } from '../../components/listing/listing-score-view';
import { ListingScoreSchema, type Issue, type ListingScore, type Product } from '../../lib/schema';
import { i18nFor } from './render';

function mount(node: preact.ComponentChild, i18n: I18n): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nContext.Provider value={i18n}>{node}</I18nContext.Provider>, root));
  return root;
}

const READ_AT = '2026-11-26T12:00:00.000Z';
const full: Product = {
  id: 'B0TEST0001',
  media: { imageCount: 7, videoCount: 2, mainImage: 'https://m.media-amazon.com/images/I/main.jpg' },
  richContent: { kinds: ['a-plus', 'brand-story'], imageCount: 9 },
  variations: { dimensions: ['Size', 'Colour'], count: 12, selected: 'Size: L · Colour: Blue' },
  badges: [{ kind: 'best-seller', text: '#1 Best Seller in Dog Chew Toys', category: 'Dog Chew Toys' }],
  promotions: [
    { kind: 'coupon', text: 'Save 15% with coupon', percentOff: 15 },
    // 2 h after READ_AT: 14:00 UTC.
    { kind: 'deal', text: 'Limited time deal', endsInSeconds: 7200, endsText: 'Ends in 02:00:00' },
  ],
  questionCount: 48,
  delivery: { promise: 'FREE delivery Tuesday, 1 December', freeShipping: true, fulfilledBy: 'marketplace', prime: true },
};

describe('ListingPartsView', () => {
  it('shows every part the page showed, in English', () => {
    const root = mount(<ListingPartsView product={full} issues={[]} readAt={READ_AT} />, i18nFor('en'));
    const text = root.textContent ?? '';
    expect(text).toContain('7 images · 2 videos');
    expect(text).toContain('A+ content, Brand story · 9 images');
    expect(text).toContain('Size × Colour · 12 variants · selected: Size: L · Colour: Blue');
    expect(text).toContain('48');
    expect(text).toContain('FREE delivery Tuesday, 1 December · free delivery · shipped by the marketplace · Prime');
    expect(root.querySelector('[data-badge="best-seller"]')?.textContent).toBe('Best Seller · Dog Chew Toys');
    expect(Array.from(root.querySelectorAll('[data-promotion]')).map((li) => li.getAttribute('data-promotion'))).toEqual(['coupon', 'deal']);
    // The countdown is turned into a time from the read's own clock, not the viewer's.
    expect(root.querySelector('[data-promotion="deal"]')?.textContent).toMatch(/ends .*(14:00|2:00\s?PM)/);
  });

  it('says "none shown" for parts the page does not show and "not found" for parts the reader could not read (never 0)', () => {
    const issues: Issue[] = [{ field: 'product.media', severity: 'missing-optional', message: 'no gallery' }];
    const root = mount(<ListingPartsView product={{ id: 'B0TEST0002' }} issues={issues} readAt={READ_AT} />, i18nFor('en'));
    const media = root.querySelector('[data-part="media"]')!;
    expect(media.textContent).toContain('not found');
    expect(media.textContent).toContain('no video shown');
    for (const name of ['richContent', 'variations', 'questionCount', 'delivery', 'badges', 'promotions']) {
      expect(root.querySelector(`[data-part="${name}"]`)?.textContent, name).toContain('none shown');
    }
    expect(root.textContent).not.toMatch(/\b0 images\b/);
  });

  it('speaks Chinese', () => {
    const root = mount(<ListingPartsView product={full} issues={[]} readAt={READ_AT} />, i18nFor('zh_CN'));
    const text = root.textContent ?? '';
    expect(text).toContain('7 张图片 · 2 个视频');
    expect(text).toContain('包邮 · 平台配送');
    expect(root.querySelector('[data-promotion="coupon"]')?.textContent).toContain('优惠券');
  });

  it('shows hostile page text as text', () => {
    const root = mount(<ListingPartsView product={{ id: 'X', badges: [{ kind: 'other', text: '<img src=x onerror=alert(1)>', category: '<b>x</b>' }] }} issues={[]} readAt={READ_AT} />, i18nFor('en'));
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain('<b>x</b>');
  });
});

const check = (rule: string, section: ListingScore['checks'][number]['section'], status: ListingScore['checks'][number]['status'], weight: number, earned: number): ListingScore['checks'][number] => ({
  rule, section, status, weight, earned,
  message: { en: `${rule} en`, zh: `${rule} 中文` },
  ...(status === 'pass' || status === 'unknown' ? {} : { fix: { message: { en: `fix ${rule}`, zh: `修改 ${rule}` } } }),
  source: 'heuristic',
});

// Hand-built: 8 + 3 + 0 = 11 earned of 10 + 6 + 0 (unknown counts nothing) = 16 → 69 %.
const score: ListingScore = ListingScoreSchema.parse({
  marketplace: 'amazon', productId: 'B0TEST0001', total: 11, max: 16, percent: 69,
  sections: [{ section: 'images', earned: 8, weight: 10 }, { section: 'reviews', earned: 3, weight: 6 }],
  checks: [check('listing.images.count', 'images', 'warn', 10, 8), check('listing.reviews.rating', 'reviews', 'pass', 6, 3), check('listing.reviews.count', 'reviews', 'unknown', 0, 0)],
});

describe('ListingScoreView', () => {
  it('shows the total as the sum of its sections, open checks first, unknown ones named', () => {
    const root = mount(<ListingScoreView score={score} />, i18nFor('en'));
    expect(root.querySelector('.score-figure')?.textContent).toBe('11 of 16 (69 %)');
    expect(root.querySelector('[data-testid="listing-arithmetic"]')?.textContent).toBe('Sections 8 + 3 = 11 of 16 points judged.');
    const open = Array.from(root.querySelectorAll('ul.checks > li')).map((li) => `${li.getAttribute('data-rule')}:${li.getAttribute('data-status')}`);
    expect(open.slice(0, 2)).toEqual(['listing.images.count:warn', 'listing.reviews.count:unknown']);
    expect(root.querySelector('[data-rule="listing.images.count"] .check-fix')?.textContent).toContain('fix listing.images.count');
    expect(root.querySelector('[data-rule="listing.reviews.count"]')?.textContent).toContain('Unknown');
  });

  it('uses the Chinese messages in a Chinese UI', () => {
    const root = mount(<ListingScoreView score={score} />, i18nFor('zh_CN'));
    expect(root.querySelector('.score-figure')?.textContent).toBe('11 分 / 共 16 分（69%）');
    expect(root.querySelector('[data-rule="listing.images.count"] .check-message')?.textContent).toBe('listing.images.count 中文');
    expect(root.querySelector('[data-section="images"] th')?.textContent).toBe('图片与视频');
  });
});
