// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PanelState } from '../../components/panel-state';
import type { PageRead } from '../../lib/schema';
import { blockedRead, productRead, reviewsRead, searchRead } from '../db/fixtures/sample-reads';
import { fieldValues, i18nFor, panelOf, renderPanel } from './render';

/** Intl puts no-break spaces in prices ("35,99 $"); compare with plain spaces. */
const plain = (s: string | null | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');

const unsupported: PageRead = { ...searchRead(), pageKind: 'unsupported', results: undefined, totalResults: undefined, url: 'https://www.amazon.com/gp/help' };

describe('Panel states', () => {
  it.each<[string, PanelState, string, string | null]>([
    ['loading', { kind: 'loading' }, 'loading', null],
    ['no marketplace', { kind: 'no-marketplace' }, 'no-marketplace', null],
    ['blocked', { kind: 'blocked', read: blockedRead() }, 'blocked', 'blocked'],
    ['a product read', { kind: 'read', read: productRead() }, 'read', 'product'],
    ['a search read', { kind: 'read', read: searchRead() }, 'read', 'search'],
    ['a reviews read', { kind: 'read', read: reviewsRead() }, 'read', 'reviews'],
    ['an unsupported Amazon page', { kind: 'read', read: unsupported }, 'read', 'unsupported'],
    ['an error', { kind: 'error', message: 'errorDatabase' }, 'error', null],
  ])('%s: data-state and data-page-kind', (_name, state, dataState, pageKind) => {
    const panel = panelOf(renderPanel(state));
    expect(panel.getAttribute('data-state')).toBe(dataState);
    expect(panel.getAttribute('data-page-kind')).toBe(pageKind);
  });

  it.each<[string, PanelState, string]>([
    ['loading', { kind: 'loading' }, 'Reading this page…'],
    ['loading without a content script', { kind: 'loading', hint: 'no-content-script' }, 'reload it'],
    ['no marketplace', { kind: 'no-marketplace' }, 'No supported marketplace on this tab'],
    ['error', { kind: 'error', message: 'errorTabGone' }, 'This tab is closed.'],
    ['unsupported page', { kind: 'read', read: unsupported }, 'This Amazon page is not a product, search or review page'],
  ])('%s says so', (_name, state, text) => {
    expect(panelOf(renderPanel(state)).textContent).toContain(text);
  });
});

describe('Panel: blocked', () => {
  it.each([
    ['captcha', 'en', 'Amazon is asking for a captcha in this tab — solve it, then the page is read again.'],
    ['login', 'en', 'Amazon is asking for a login in this tab — sign in, then the page is read again.'],
    ['risk-check', 'en', 'Amazon is running a security check in this tab'],
    ['captcha', 'zh_CN', '亚马逊正在此标签页要求输入验证码——完成验证后，页面会重新读取。'],
    ['login', 'zh_CN', '亚马逊正在此标签页要求登录'],
  ] as const)('%s (%s) names the reason', (reason, folder, text) => {
    const root = renderPanel({ kind: 'blocked', read: blockedRead(reason) }, i18nFor(folder));
    const el = root.querySelector('[data-testid="blocked-reason"]');
    expect(el?.getAttribute('data-value')).toBe(reason);
    expect(el?.textContent).toContain(text);
  });
});

describe('Panel: a product read', () => {
  it('exposes every field with its raw value', () => {
    const root = renderPanel({ kind: 'read', read: productRead() });
    expect(fieldValues(root)).toEqual({
      marketplace: 'amazon',
      title: 'Anker Portable Charger, 10,000mAh Power Bank with 22.5W Fast Charging',
      price: '35.99 USD',
      listPrice: '49.99 USD',
      rating: '4.2',
      reviewCount: '12873',
      id: 'B0BYNZ6B6Y',
      bullets: '3',
      reviews: '1',
    });
  });

  it.each([
    ['en', 'en-US', '$35.99', '12,873', '4.2 out of 5', 'Price'],
    ['zh_CN', 'zh-CN', 'US$35.99', '12,873', '4.2 分（满分 5 分）', '价格'],
    ['en', 'de-DE', '35,99 $', '12.873', '4,2 out of 5', 'Price'],
  ] as const)('formats for the UI (%s messages, %s numbers)', (folder, locale, price, count, rating, label) => {
    const root = renderPanel({ kind: 'read', read: productRead() }, i18nFor(folder, locale));
    expect(plain(root.querySelector('[data-field="price"] dd')?.textContent)).toBe(price);
    expect(root.querySelector('[data-field="price"] dt')?.textContent).toBe(label);
    expect(root.querySelector('[data-field="reviewCount"] dd')?.textContent).toBe(count);
    expect(root.querySelector('[data-field="rating"] dd')?.textContent).toContain(rating);
  });

  it('lists the bullets', () => {
    const root = renderPanel({ kind: 'read', read: productRead() });
    expect(Array.from(root.querySelectorAll('[data-field="bullets"] li')).map((li) => li.textContent)).toEqual([
      'Compact 10,000mAh capacity',
      '22.5W high-speed charging',
      'Built-in USB-C cable',
    ]);
  });

  it('shows missing fields as missing and highlights missing-required issues first', () => {
    const read = productRead(
      {
        issues: [
          { field: 'bullets', severity: 'missing-optional', message: 'bullets not found on the page' },
          { field: 'price', severity: 'missing-required', message: 'price not found on the page', tried: ['core-price', 'json-ld'] },
        ],
      },
      { price: undefined, bullets: undefined },
    );
    const root = renderPanel({ kind: 'read', read });
    expect(root.querySelector('[data-field="price"]')).toBeNull();
    expect(root.querySelector('[data-missing-field="price"]')?.textContent).toContain('not found');
    expect(root.querySelector('[data-missing-field="bullets"]')).not.toBeNull();
    const issues = Array.from(root.querySelectorAll('[data-issue-field]'));
    expect(issues.map((i) => [i.getAttribute('data-issue-field'), i.getAttribute('data-severity')])).toEqual([
      ['price', 'missing-required'],
      ['bullets', 'missing-optional'],
    ]);
    expect(issues[0]!.className).toContain('issue-missing-required');
    expect(issues[0]!.textContent).toContain('Tried: core-price, json-ld');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Missing fields — the page layout may have changed: price');
  });

  it('shows the core fields as missing when the reader found no product at all', () => {
    const read = productRead({ product: undefined, issues: [{ field: 'product.id', severity: 'missing-required', message: 'No ASIN' }] });
    const root = renderPanel({ kind: 'read', read });
    const missing = Array.from(root.querySelectorAll('[data-missing-field]'), (el) => el.getAttribute('data-missing-field'));
    expect(missing).toEqual(['title', 'price', 'rating', 'reviewCount']);
    expect(root.querySelector('[data-issue-field="product.id"]')?.getAttribute('data-severity')).toBe('missing-required');
  });

  it('says every field was read when there are no issues', () => {
    const root = renderPanel({ kind: 'read', read: productRead() });
    expect(root.querySelector('[data-health]')?.getAttribute('data-health')).toBe('ok');
    expect(root.querySelector('.health')?.textContent).toContain('Every field was read.');
  });

  it('shows a price range when there is no single price', () => {
    const read = productRead({}, { price: undefined, priceRange: { min: { amount: 12, currency: 'EUR' }, max: { amount: 19.5, currency: 'EUR' } } });
    const root = renderPanel({ kind: 'read', read }, i18nFor('en', 'de-DE'));
    expect(fieldValues(root).priceRange).toBe('12-19.5 EUR');
    expect(plain(root.querySelector('[data-field="priceRange"]')?.textContent)).toBe('12,00 € – 19,50 €');
    expect(root.querySelector('[data-field="price"]')).toBeNull();
    expect(root.querySelector('[data-missing-field="price"]')).toBeNull();
  });
});

describe('Panel: search and review reads', () => {
  it('shows the result count and the first results', () => {
    const root = renderPanel({ kind: 'read', read: searchRead() });
    const values = fieldValues(root);
    expect(values.results).toBe('3');
    expect(values.totalResults).toBe('2000');
    const items = Array.from(root.querySelectorAll('[data-result-id]'));
    expect(items.map((i) => i.getAttribute('data-result-id'))).toEqual(['B0BYNZ6B6Y', 'B07QXV6N1B', 'B09VPHVT2Z']);
    expect(items[0]!.textContent).toContain('Sponsored');
    expect(items[1]!.textContent).not.toContain('Sponsored');
  });

  it('shows only the first 10 of many results and says so', () => {
    const results = Array.from({ length: 48 }, (_, i) => ({ position: i + 1, id: `B0${String(i).padStart(8, '0')}`, title: `Item ${i + 1}`, sponsored: false }));
    const root = renderPanel({ kind: 'read', read: searchRead({ results }) });
    expect(fieldValues(root).results).toBe('48');
    expect(root.querySelectorAll('[data-result-id]')).toHaveLength(10);
    expect(root.textContent).toContain('Showing the first 10.');
  });

  it('shows the review count and the first reviews, without a missing price on a review page', () => {
    const root = renderPanel({ kind: 'read', read: reviewsRead() }, i18nFor('zh_CN'));
    const values = fieldValues(root);
    expect(values.reviews).toBe('2');
    expect(values.reviewCount).toBe('311');
    expect(root.querySelector('[data-missing-field]')).toBeNull();
    const reviews = Array.from(root.querySelectorAll('.review'));
    expect(reviews).toHaveLength(2);
    expect(reviews[0]!.textContent).toContain('已验证购买');
    expect(reviews[1]!.textContent).toContain('3 人觉得有用');
    expect(root.querySelector('[data-issue-field="reviews.0.variant"]')?.getAttribute('data-severity')).toBe('missing-optional');
  });
});

describe('Panel: page text is text', () => {
  const evil = '<img src=x onerror=alert(1)>';

  it.each<[string, PageRead]>([
    ['product title', productRead({}, { title: evil })],
    ['bullet', productRead({}, { bullets: [evil] })],
    ['review body', reviewsRead({ reviews: [{ body: evil, title: evil, author: evil }] })],
    ['result title', searchRead({ results: [{ position: 1, id: 'B0X', title: evil, sponsored: false }] })],
    ['issue message', productRead({ issues: [{ field: evil, severity: 'unparseable', message: evil }] })],
  ])('a %s with markup renders as text', (_name, read) => {
    const root = renderPanel({ kind: 'read', read });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(root.textContent).toContain(evil);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)', null],
    ['data:', 'data:text/html,<script>alert(1)</script>', null],
    ['https', 'https://www.amazon.com/dp/B0X', 'https://www.amazon.com/dp/B0X'],
  ])('a %s result URL is linked only when http(s)', (_name, url, href) => {
    const root = renderPanel({ kind: 'read', read: searchRead({ results: [{ position: 1, id: 'B0X', title: 'x', url, sponsored: false }] }) });
    expect(root.querySelector('a')?.getAttribute('href') ?? null).toBe(href);
  });
});
