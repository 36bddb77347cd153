// @vitest-environment happy-dom
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeLine } from '../../components/history/change-line';
import { STANDING_REFUSAL, UNIT_REFUSAL } from '../../components/history/group-comparison';
import type { ActionStatus, GroupSummary } from '../../components/history/model';
import { PriceBandsView } from '../../components/history/price-bands';
import { SearchBandsCard } from '../../components/history/search-bands';
import { SinceLastVisitCard } from '../../components/history/since-last-visit';
import { StatusLine } from '../../components/history/status-line';
import { ROLE_LABEL, TrackingCard } from '../../components/history/tracking-card';
import { I18nContext } from '../../components/i18n';
import { VIEWS } from '../../components/view-tabs';
import { sinceLastVisit } from '../../lib/analyses/history/since-last-visit';
import { priceBands } from '../../lib/analyses/prices/price-bands';
import type { GroupRow, ProductRow } from '../../lib/db/schema';
import type { SearchResult } from '../../lib/schema';
import { AFTER, BEFORE, productRead } from '../analyses/history/reads';
import { i18nFor, MESSAGES } from './render';

afterEach(() => document.body.replaceChildren());

function mount(node: ComponentChildren, lang: 'en' | 'zh_CN' = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nContext.Provider value={i18nFor(lang)}>{node}</I18nContext.Provider>, root));
  return root;
}
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Elements that page text must never become. */
const ACTIVE = 'img, script, iframe, object, embed, style, svg image, b, i:not(.a-icon)';

describe('a change line, for every kind of change between two visits', () => {
  const lines = sinceLastVisit(BEFORE, AFTER).lines;
  // What each line says (textContent: the visually hidden words "added:"/"removed:" and "became" are for screen readers).
  const WORDS: Record<string, string> = {
    price: 'Price $19.99 → became $17.99 (−10%)',
    couponPrice: 'After coupon now shown: $16.99',
    listPrice: 'List price no longer shown (was $24.99)',
    availability: 'Availability In Stock → became Only 3 left in stock.',
    rating: 'Rating 4.5 → became 4.6 (+2.2%)',
    reviewCount: 'Reviews 1,200 → became 1,350 (+12.5%)',
    'salesRanks.Sports & Outdoors': 'Sales rank (Sports & Outdoors) #1,520 → became #1,320 (up 200 places)',
    'salesRanks.Kitchen': 'Sales rank (Kitchen) now shown: #50',
    salesVolume: 'Sales 1K+ bought in past month → became 2K+ bought in past month (+100%)',
    title: 'Title Stainless Steel added: Insulated Water Bottle removed: 750ml added: 1L',
    images: 'Images 1 added, 1 removed added: 71new00004._AC_SL1500_.jpg removed: 61side0002._AC_SL1500_.jpg',
    'bullets[1]': 'Bullet point 2 added: Now 1 litre',
    'bullets[3]': 'Bullet point 4 Fits removed: most added: all cup holders',
    'specs.Capacity': 'Capacity removed: 750 added: 1 removed: Milliliters added: Liter',
    'specs.Item Weight': 'Item Weight added: 380 g',
    'specs.Color': 'Color removed: Black',
  };
  it.each(lines.map((l) => [l.field, l] as const))('%s', (_field, line) => {
    const root = mount(
      <ul>
        <ChangeLine line={line} />
      </ul>,
    );
    const li = root.querySelector<HTMLElement>('[data-testid="change"]')!;
    expect(li.dataset.changeField).toBe(line.field);
    expect(li.dataset.kind).toBe(line.kind);
    const words = Array.from(li.querySelectorAll('li'))
      .reduce((all, item) => all.replace(item.textContent!, ` ${item.textContent}`), li.textContent!)
      .replace(/\s+/g, ' ')
      .trim();
    expect(words).toBe(WORDS[line.field]);
  });

  it('has a line for each of the 16 changes of the two visits', () => {
    expect(lines.map((l) => l.field).sort()).toEqual(Object.keys(WORDS).sort());
  });

  it('words money, numbers, ranks and text as people read them', () => {
    const root = mount(
      <ul>
        {lines.map((l, i) => (
          <ChangeLine key={i} line={l} />
        ))}
      </ul>,
    );
    const line = (f: string) => text(root.querySelector(`[data-change-field="${CSS.escape(f)}"]`));
    expect(line('price')).toBe('Price $19.99 → became $17.99 (−10%)');
    expect(line('couponPrice')).toBe('After coupon now shown: $16.99');
    expect(line('listPrice')).toBe('List price no longer shown (was $24.99)');
    expect(line('salesRanks.Sports & Outdoors')).toBe('Sales rank (Sports & Outdoors) #1,520 → became #1,320 (up 200 places)');
    expect(line('salesVolume')).toBe('Sales 1K+ bought in past month → became 2K+ bought in past month (+100%)');
    expect(Array.from(root.querySelectorAll('[data-change-field="images"] li'), (li) => [li.querySelector('ins, del')?.tagName, text(li.querySelector('ins, del'))])).toEqual([
      ['INS', '71new00004._AC_SL1500_.jpg'],
      ['DEL', '61side0002._AC_SL1500_.jpg'],
    ]);
    expect(root.querySelector('[data-change-field="images"] ins a')?.getAttribute('href')).toBe('https://m.media-amazon.com/images/I/71new00004._AC_SL1500_.jpg');
    const title = root.querySelector('[data-change-field="title"]')!;
    expect(Array.from(title.querySelectorAll('ins'), (e) => e.textContent)).toEqual(['Insulated ', '1L']);
    expect(Array.from(title.querySelectorAll('del'), (e) => e.textContent)).toEqual(['750ml']);
    expect(root.querySelectorAll('img')).toHaveLength(0);
  });

  it('keeps hostile page text as text: markup in a title, a bullet and a spec name never becomes elements', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>bold</b>';
    const before = productRead('2025-03-01T10:00:00.000Z', { title: 'Bottle', bullets: ['Plain'], specs: { '<i>key</i>': 'a' } });
    const after = productRead('2025-03-02T10:00:00.000Z', { title: `Bottle ${hostile}`, bullets: [hostile], specs: { '<i>key</i>': `b ${hostile}` } });
    const root = mount(<SinceLastVisitCard visit={{ kind: 'changes', summary: { ok: true, value: sinceLastVisit(before, after) }, previousSeenMs: Date.parse(before.readAt), snapshots: 2 }} />);
    expect(root.querySelectorAll('img, script, b, i')).toHaveLength(0);
    expect(text(root.querySelector('[data-change-field="title"] ins'))).toBe(hostile);
    expect(text(root.querySelector('[data-change-field="bullets[0]"]'))).toContain(hostile);
    expect(text(root.querySelector('[data-change-field="specs.<i>key</i>"] .change-field'))).toBe('<i>key</i>');
  });

  it('shows an analysis that failed as its error, not as an empty summary', () => {
    const root = mount(<SinceLastVisitCard visit={{ kind: 'changes', summary: { ok: false, error: 'boom' }, previousSeenMs: 0, snapshots: 2 }} />);
    expect(text(root.querySelector('[data-testid="analysis-error"]'))).toBe('This analysis failed: boom');
  });

  it('shows the first lines and says how many more there are', () => {
    const root = mount(<SinceLastVisitCard visit={{ kind: 'changes', summary: { ok: true, value: sinceLastVisit(BEFORE, AFTER) }, previousSeenMs: 0, snapshots: 2 }} />);
    expect(root.querySelectorAll('[data-testid="change"]')).toHaveLength(8);
    expect(text(root.querySelector('.visit-changes > .note'))).toBe(`More changes, in the Competitors view: ${lines.length - 8}`);
  });
});

describe('price bands view', () => {
  const results = (prices: (number | undefined)[], currency = 'GBP') =>
    prices.map((p, i) => ({ productId: `P${i}`, ...(p === undefined ? {} : { price: { amount: p, currency } }) }));

  it('draws the histogram and lists every band with the contract (from, to, count, kind), the user marked', () => {
    const b = priceBands([...results([3.49, 4.99, 6.25, 7.8, 8.29, 8.99, 9.49, 9.99, 11.2, 12.75, 13.99, 19.99, 22, 89, undefined])], { userPrice: { amount: 19.99, currency: 'GBP' } });
    const root = mount(<PriceBandsView bands={b} user={{ price: { amount: 19.99, currency: 'GBP' }, label: 'Cat food' }} headingId="h" />);
    const el = root.querySelector<HTMLElement>('[data-testid="price-bands"]')!;
    expect({ ...el.dataset }).toMatchObject({ currency: 'GBP', count: '14', width: '2', bands: '12', withoutPrice: '1', q1: '7.9225', q2: '9.74', q3: '13.68', userBand: '8', userPrice: '19.99 GBP' });
    const rows = Array.from(root.querySelectorAll<HTMLElement>('[data-testid="price-band"]'), (r) => [r.dataset.from, r.dataset.to, r.dataset.count, r.dataset.kind, r.dataset.overflow ?? '', r.dataset.user ?? '']);
    expect(rows).toEqual([
      ['2', '4', '1', 'normal', '', ''], ['4', '6', '1', 'normal', '', ''], ['6', '8', '2', 'normal', '', ''], ['8', '10', '4', 'crowded', '', ''],
      ['10', '12', '1', 'normal', '', ''], ['12', '14', '2', 'normal', '', ''], ['14', '16', '0', 'empty', '', ''], ['16', '18', '0', 'empty', '', ''],
      ['18', '20', '1', 'normal', '', 'true'], ['20', '22', '0', 'empty', '', ''], ['22', '24', '1', 'normal', '', ''], ['24', '89', '1', 'normal', 'above', ''],
    ]);
    // The chart: one bar per non-empty band, a dashed mark per empty one, the overflow band hatched.
    expect(root.querySelectorAll('svg .band rect')).toHaveLength(9);
    expect(root.querySelectorAll('svg .band-empty-mark')).toHaveLength(3);
    expect(root.querySelector('svg .band-overflow rect')?.getAttribute('fill')).toMatch(/^url\(#.+-hatch\)$/);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const [title, desc] = svg.getAttribute('aria-labelledby')!.split(' ').map((id) => text(document.getElementById(id)));
    expect(title).toBe('Price bands (GBP)');
    expect(desc).toBe('Histogram of 14 prices in bands of £2.00 (bands: 12); the most products (4) are at £8.00 – £10.00. Every band is in the table below. Your price £19.99 is in £18.00 – £20.00.');
    expect(text(root.querySelector('[data-testid="bands-user"]'))).toBe('Cat food: your price £19.99 is in £18.00 – £20.00.');
    expect(text(root.querySelector('.bands-summary'))).toBe('Prices: 14, £3.49 – £89.00; quartiles £7.92 · £9.74 (median) · £13.68 · without a price: 1');
    expect(text(root.querySelector('[data-user="true"] td:last-child'))).toBe('You');
  });

  it.each<[string, ReturnType<typeof results>, string]>([
    ['no result at all', [], 'No prices to put in bands (0 without a price, 0 in another currency).'],
    ['only unpriced results', results([undefined, undefined]), 'No prices to put in bands (2 without a price, 0 in another currency).'],
  ])('says when there is nothing to band: %s', (_name, items, words) => {
    const root = mount(<PriceBandsView bands={priceBands(items)} headingId="h" />);
    expect(root.querySelector('[data-testid="price-bands"]')?.getAttribute('data-count')).toBe('0');
    expect(text(root)).toBe(words);
    expect(root.querySelector('svg')).toBeNull();
  });

  it('does not mark a price in another currency, and says so', () => {
    const b = priceBands(results([10, 12, 14, 30]), { userPrice: { amount: 20, currency: 'USD' } });
    const root = mount(<PriceBandsView bands={b} user={{ price: { amount: 20, currency: 'USD' }, label: 'Kettles' }} headingId="h" />);
    expect(root.querySelector('[data-testid="price-bands"]')?.hasAttribute('data-user-band')).toBe(false);
    expect(text(root.querySelector('[data-testid="bands-user"]'))).toBe('Kettles: your price $20.00 is not in GBP and no exchange rate links them, so it is not marked.');
  });
});

describe('search bands card: whose price is marked', () => {
  const product = (key: string, price?: { amount: number; currency: string }, marketplace: ProductRow['marketplace'] = 'amazon'): ProductRow => ({
    key,
    marketplace,
    productId: key.split(':')[1]!,
    firstSeenMs: 0,
    lastSeenMs: 0,
    role: 'mine',
    ...(price ? { latest: { readAt: '2026-03-01T00:00:00.000Z', price } } : {}),
  });
  const group = (id: string, name: string, mine?: ProductRow, updatedAt = 0): GroupSummary => ({ group: { id, name, competitors: [], createdAt: 0, updatedAt, ...(mine ? { mine: mine.key } : {}) } as GroupRow, ...(mine ? { mine } : {}) });
  const results: SearchResult[] = [10, 12, 14, 16, 30].map((p, i) => ({ position: i + 1, id: `B0R${i}`, title: `R${i}`, sponsored: false, price: { amount: p, currency: 'GBP' } }));

  it.each<[string, GroupSummary[], string | undefined]>([
    ['no groups: nothing marked, a hint', [], undefined],
    ['a group whose product is on the page', [group('a', 'Other', product('amazon:B0X', { amount: 11, currency: 'GBP' })), group('b', 'On page', product('amazon:B0R3', { amount: 16, currency: 'GBP' }))], 'On page'],
    ['a group priced in the page’s currency', [group('a', 'Dollars', product('amazon:B0X', { amount: 11, currency: 'USD' })), group('b', 'Pounds', product('amazon:B0Y', { amount: 13, currency: 'GBP' }))], 'Pounds'],
    ['only other currencies or marketplaces: nothing marked', [group('a', 'Dollars', product('amazon:B0X', { amount: 11, currency: 'USD' })), group('b', 'JD', product('jd:100', { amount: 13, currency: 'GBP' }, 'jd'))], undefined],
    ['a group with no price', [group('a', 'Unpriced', product('amazon:B0X'))], undefined],
  ])('%s', (_name, groups, marked) => {
    const root = mount(<SearchBandsCard results={results} marketplace="amazon" groups={groups} rates={[]} />);
    const bands = root.querySelector<HTMLElement>('[data-testid="price-bands"]')!;
    expect(bands.dataset.count).toBe('5');
    if (marked) expect(text(root.querySelector('[data-testid="bands-user"]'))).toMatch(new RegExp(`^${marked}: your price`));
    else expect(bands.dataset.userBand).toBeUndefined();
    expect(root.querySelector('[data-testid="bands-group"]') === null).toBe(!groups.some((g) => g.mine?.latest?.price));
    if (!groups.length) expect(text(root)).toContain('Track your own product as “my product” to see where its price falls.');
  });
});

describe('tracking card states', () => {
  const groups: GroupSummary[] = [
    { group: { id: 'g1', name: '<b>Chargers</b>', competitors: [], createdAt: 1, updatedAt: 5 } },
    { group: { id: 'g2', name: 'Cables', competitors: [], createdAt: 1, updatedAt: 9 } },
  ];
  const row = (role: ProductRow['role']): ProductRow => ({ key: 'amazon:B0X', marketplace: 'amazon', productId: 'B0X', firstSeenMs: 0, lastSeenMs: 0, role });
  it.each<[string, Parameters<typeof TrackingCard>[0]['current'], string, string[], boolean]>([
    ['loading', undefined, 'untracked', [], false],
    ['not tracked', { key: 'amazon:B0X', product: row('untracked'), groups: [], snapshots: 0 }, 'untracked', [], false],
    ['mine in one group, a competitor in another', { key: 'amazon:B0X', product: row('mine'), groups: [{ id: 'g1', name: '<b>Chargers</b>', as: 'mine' }, { id: 'g2', name: 'Cables', as: 'competitor' }], snapshots: 3 }, 'mine', ['g1 mine', 'g2 competitor'], true],
  ])('%s', (_name, current, role, chips, untrack) => {
    const root = mount(<TrackingCard productKey="amazon:B0X" current={current} groups={groups} status={{ kind: 'idle' }} onTrack={() => undefined} onUntrack={() => undefined} />);
    const card = root.querySelector<HTMLElement>('[data-testid="tracking"]')!;
    expect(card.dataset.role).toBe(role);
    expect(Array.from(card.querySelectorAll<HTMLElement>('[data-testid="tracking-group"]'), (c) => `${c.dataset.groupId} ${c.dataset.as}`)).toEqual(chips);
    expect(card.querySelector('[data-testid="untrack"]') !== null).toBe(untrack);
    // The group changed last is chosen; names are text.
    expect((card.querySelector('[data-testid="tracking-group-select"]') as HTMLSelectElement).value).toBe('g2');
    expect(card.querySelectorAll('b')).toHaveLength(0);
    expect(text(card.querySelector('option[value="g1"]'))).toBe('<b>Chargers</b>');
  });
});

describe('status line', () => {
  it.each<[ActionStatus, string, string]>([
    [{ kind: 'idle' }, 'status', ''],
    [{ kind: 'busy', what: 'prune' }, 'status', 'Working…'],
    [{ kind: 'busy', what: 'import', received: 1, of: 4 }, 'status', 'Sending part 2 of 4…'],
    [{ kind: 'done', what: 'track', detail: 'competitor' }, 'status', 'Tracked as a competitor: its history starts now.'],
    [{ kind: 'done', what: 'untrack', detail: 'competitor' }, 'status', 'Taken out of that group.'],
    [{ kind: 'done', what: 'export-json', detail: 'listing-lens-2026-03-20.json' }, 'status', 'Downloading listing-lens-2026-03-20.json'],
    [{ kind: 'done', what: 'import', counts: { added: { products: 2, snapshots: 5 }, updated: { products: 1 } } }, 'status', 'Imported. Rows added: 7, updated: 1 (products 3, snapshots 5)'],
    [{ kind: 'done', what: 'persist', detail: 'granted' }, 'status', 'The browser will keep this data under storage pressure.'],
    [{ kind: 'failed', what: 'import', code: 'invalid-file', message: 'Import refused, nothing was changed. tables.products[0].key: bad' }, 'alert', 'Failed: Import refused, nothing was changed. tables.products[0].key: bad'],
  ])('%j', (status, role, words) => {
    const root = mount(<StatusLine status={status} />);
    const el = root.querySelector<HTMLElement>('[data-testid="status"]')!;
    expect(el.getAttribute('role')).toBe(role);
    expect(text(el)).toBe(words);
  });

  it('shows only the actions it is about', () => {
    const root = mount(<StatusLine status={{ kind: 'done', what: 'rates' }} only={['prune']} />);
    expect(text(root)).toBe('');
  });
});

describe('message tables', () => {
  it.each([
    ['roles', ROLE_LABEL],
    ['unit-price refusals', UNIT_REFUSAL],
    ['standing refusals', STANDING_REFUSAL],
  ])('every key of the %s table exists in en and zh_CN', (_name, table) => {
    for (const key of Object.values(table)) {
      expect(MESSAGES.en[key], key).toBeDefined();
      expect(MESSAGES.zh_CN[key], key).toBeDefined();
    }
  });

  it('has the workspace views in the issue #8 order, Competitors last', () => {
    expect(VIEWS).toEqual(['page', 'workbench', 'fabe', 'reviews', 'prices', 'history']);
  });
});
