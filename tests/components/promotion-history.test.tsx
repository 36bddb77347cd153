// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeLine } from '../../components/history/change-line';
import { BADGE_KIND_LABEL, PROMOTION_KIND_LABEL, PromotionHistoryView } from '../../components/history/promotion-history';
import { I18nContext } from '../../components/i18n';
import { sinceLastVisit } from '../../lib/analyses/history/since-last-visit';
import { productRead } from '../analyses/history/reads';
import { BADGE_KINDS, PROMOTION_KINDS, type Money, type PromotionHistory } from '../../lib/schema';
import { i18nFor, MESSAGES } from './render';

afterEach(() => document.body.replaceChildren());

function mount(history: PromotionHistory, lang: 'en' | 'zh_CN'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nContext.Provider value={i18nFor(lang)}><PromotionHistoryView history={history} headingId="h" /></I18nContext.Provider>, root));
  return root;
}

/** A cell's words with each <time> as [its ISO instant]: the dates' own format depends on the machine's time zone. */
function words(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const time of Array.from(copy.querySelectorAll('time'))) time.replaceWith(`[${time.getAttribute('datetime')}]`);
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const rows = (root: ParentNode) => Array.from(root.querySelectorAll('[data-testid="promo-span"]')).map((tr) => Array.from(tr.children).map(words));

const at = (day: number) => `2025-03-0${day}T10:00:00.000Z`;
const usd = (amount: number): Money => ({ amount, currency: 'USD' });
const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

/** The coupon of snapshots 2–4 of 6 (promotions.test.ts), a deal with a stated end, and a badge there all along. */
const EN: PromotionHistory = {
  productKey: 'amazon:B0TEST0001',
  snapshots: 6,
  from: at(1),
  to: at(6),
  spans: [
    { type: 'promotion', kind: 'deal', text: 'Lightning Deal', notSeenAt: at(4), firstSeen: at(5), lastSeen: at(5), goneBy: at(6), statedEnd: '2025-03-05T15:12:33.000Z', priceBefore: usd(20), priceDuringMin: usd(16), priceDuringMax: usd(16), priceAfter: usd(21) },
    { type: 'promotion', kind: 'coupon', text: 'Save $2.00 with coupon', notSeenAt: at(1), firstSeen: at(2), lastSeen: at(4), goneBy: at(5), priceBefore: usd(20), priceDuringMin: usd(17.5), priceDuringMax: usd(19), priceAfter: usd(20) },
    { type: 'badge', kind: 'best-seller', text: '#1 Best Seller in Power Banks', firstSeen: at(1), lastSeen: '2025-03-06T22:00:00.000Z', priceDuringMin: usd(16), priceDuringMax: usd(21) },
  ],
};

const ZH: PromotionHistory = {
  productKey: 'tmall:6500001',
  snapshots: 4,
  from: at(1),
  to: at(4),
  spans: [
    { type: 'promotion', kind: 'threshold', text: '满199减20', notSeenAt: at(1), firstSeen: at(2), lastSeen: at(3), goneBy: at(4), priceBefore: cny(99), priceDuringMin: cny(79), priceDuringMax: cny(89), priceAfter: cny(99) },
    { type: 'badge', kind: 'tmall-flagship', text: '天猫旗舰店', firstSeen: at(1), lastSeen: at(4) },
  ],
};

describe('the promotion history table', () => {
  it('shows each span newest first, its bounds as "between" two visits, the stated end and the prices (en)', () => {
    const root = mount(EN, 'en');
    expect(Array.from(root.querySelectorAll('thead th')).map(words)).toEqual(['Promotion or badge', 'Kind', 'Started', 'Ended', 'Stated end', 'Price before', 'Price during', 'Price after']);
    expect(rows(root)).toEqual([
      ['Lightning Deal Promotion', 'Limited-time deal', `between [${at(4)}] and [${at(5)}]`, `between [${at(5)}] and [${at(6)}]`, '[2025-03-05T15:12:33.000Z]', '$20.00', '$16.00', '$21.00'],
      ['Save $2.00 with coupon Promotion', 'Coupon', `between [${at(1)}] and [${at(2)}]`, `between [${at(4)}] and [${at(5)}]`, '—', '$20.00', '$17.50 – $19.00', '$20.00'],
      ['#1 Best Seller in Power Banks Badge', 'Best Seller', `on or before [${at(1)}] (in the first snapshot)`, 'still shown (last seen [2025-03-06T22:00:00.000Z])', '—', '—', '$16.00 – $21.00', '—'],
    ]);
    expect(words(root.querySelector('[data-testid="promo-covered"]')!)).toMatch(/^Snapshots looked at: 6 \(.+ – .+\)$/);
    expect(root.querySelector('[role="region"]')?.getAttribute('aria-labelledby')).toBe('h');
  });

  it('says the same in Chinese, with prices in the page’s currency (zh_CN)', () => {
    const root = mount(ZH, 'zh_CN');
    expect(Array.from(root.querySelectorAll('thead th')).map(words)).toEqual(['活动或标识', '类型', '开始', '结束', '页面标注的结束时间', '活动前价格', '活动期间价格', '活动后价格']);
    expect(rows(root)).toEqual([
      ['满199减20 促销活动', '满减', `[${at(1)}] 至 [${at(2)}] 之间`, `[${at(3)}] 至 [${at(4)}] 之间`, '—', '¥99.00', '¥79.00 – ¥89.00', '¥99.00'],
      ['天猫旗舰店 标识', '天猫旗舰店', `[${at(1)}] 或更早（首个快照已有）`, `仍在展示（最后看到于 [${at(4)}]）`, '—', '—', '—', '—'],
    ]);
    expect(words(root.querySelector('[data-testid="promo-covered"]')!)).toMatch(/^已查看快照：4 个（.+ – .+）$/);
  });

  it.each<['en' | 'zh_CN', number, string]>([
    ['en', 3, 'No promotions or badges seen yet (snapshots looked at: 3).'],
    ['en', 0, 'No promotions or badges seen yet (snapshots looked at: 0).'],
    ['zh_CN', 3, '还没有看到促销活动或标识（已查看 3 个快照）。'],
  ])('shows the empty state (%s, %i snapshots)', (lang, snapshots, want) => {
    const root = mount({ productKey: 'amazon:B0TEST0001', snapshots, spans: [] }, lang);
    expect(words(root.querySelector('[data-testid="promo-empty"]')!)).toBe(want);
    expect(root.querySelector('table')).toBeNull();
  });

  it('renders the page’s wording as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>50% off</b>';
    const root = mount({ ...EN, spans: [{ ...EN.spans[1]!, text: hostile }] }, 'en');
    expect(root.querySelector('tbody img, tbody b')).toBeNull();
    expect(words(root.querySelector('tbody th')!)).toBe(`${hostile} Promotion`);
  });

  it.each([
    ['promotion', PROMOTION_KINDS, PROMOTION_KIND_LABEL as Record<string, string>],
    ['badge', BADGE_KINDS, BADGE_KIND_LABEL as Record<string, string>],
  ] as const)('has a label in both languages for every %s kind', (_type, kinds, labels) => {
    for (const kind of kinds) {
      const key = labels[kind]!;
      expect(MESSAGES.en[key]?.message, kind).toBeTruthy();
      expect(MESSAGES.zh_CN[key]?.message, kind).toBeTruthy();
    }
  });
});

describe('a promotion or badge in "what changed"', () => {
  const before = productRead('2025-03-01T10:00:00.000Z', { promotions: [{ kind: 'coupon', text: 'Save 15% with coupon' }] });
  const after = productRead('2025-03-02T10:00:00.000Z', { badges: [{ kind: 'amazons-choice', text: 'Amazon’s Choice' }] });
  it.each<['en' | 'zh_CN', string[]]>([
    ['en', ['Promotions no longer shown (was Save 15% with coupon)', 'Badges now shown: Amazon’s Choice']],
    ['zh_CN', ['促销活动', '标识']],
  ])('is labelled as such (%s)', (lang, want) => {
    const root = document.createElement('div');
    document.body.append(root);
    const lines = sinceLastVisit(before, after).lines;
    act(() => render(<I18nContext.Provider value={i18nFor(lang)}><ul>{lines.map((l, i) => <ChangeLine key={i} line={l} />)}</ul></I18nContext.Provider>, root));
    const got = Array.from(root.querySelectorAll('[data-testid="change"]'), (li) => words(lang === 'en' ? li : li.querySelector('.change-field')!));
    expect(got).toEqual(want);
  });
});
