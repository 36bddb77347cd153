// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { storePageRead, type ListingLensDb } from '../../lib/db';
import { exportJson } from '../../lib/export/json';
import { IMPORT_PART_CHARS } from '../../lib/export/limits';
import { PageReadSchema, type PageRead } from '../../lib/schema';
import { amazonRead, at, dumpTables, fillHistory } from '../db/history-fixture';
import { openTestDb } from '../db/helpers';
import { click, datasets, mountHistory, NOW, setValue, type MountedHistory } from './history-harness';
import { i18nFor } from './render';

let mounted: MountedHistory | undefined;
afterEach(() => {
  mounted?.cleanup();
  mounted = undefined;
  document.body.replaceChildren();
});

const $ = (root: ParentNode, sel: string) => root.querySelector<HTMLElement>(sel);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A product read in another storefront (GBP), for mixed-currency groups. */
function ukRead(id: string, i: number, price: number, title = `UK product ${id}`): PageRead {
  const r = amazonRead(id, i, price, { title, price: { amount: price, currency: 'GBP' } });
  return PageReadSchema.parse({ ...r, url: `https://www.amazon.co.uk/dp/${id}`, locale: 'en-GB' });
}

async function tracked(db: ListingLensDb, read: PageRead, tab: number): Promise<void> {
  await storePageRead(db, tab, read);
}

/** Tracks the product of `read` through the page view's model (and the background), then unmounts. */
async function trackVia(db: ListingLensDb, read: PageRead, role: 'mine' | 'competitor', target: { groupId: string } | { groupName: string } | Record<string, never> = {}): Promise<void> {
  const m = mountHistory({ db, view: 'page', read });
  await m.model.track(role, target);
  expect(m.model.trackStatus.value.kind).toBe('done');
  m.detach();
}

describe('tracking card (page view)', () => {
  it('tracks the shown product as mine in a new group with one click, shows its role and group, and untracks it', async () => {
    const db = openTestDb();
    const read = amazonRead('B0MINE0001', 0, 30);
    await tracked(db, read, 1);
    mounted = mountHistory({ db, read, view: 'page' });
    const card = () => $(mounted!.page(), '[data-testid="tracking"]')!;
    await expect.poll(() => card()?.dataset.role).toBe('untracked');
    expect(text($(card(), '[data-testid="tracking-role"]'))).toBe('Not tracked');
    // No group yet: "New group…" is chosen; the name is optional.
    expect(($(card(), '[data-testid="tracking-group-select"]') as HTMLSelectElement).value).toBe('__new');
    await setValue($(card(), '[data-testid="tracking-group-name"]'), '  Chargers ');
    await click($(card(), '[data-testid="track-mine"]'));
    await expect.poll(() => card().dataset.role).toBe('mine');
    expect(mounted.send).toHaveBeenCalledWith('track-product', { productKey: 'amazon:B0MINE0001', role: 'mine', groupName: 'Chargers' });
    await expect.poll(() => datasets(card(), '[data-testid="tracking-group"]')).toEqual([{ testid: 'tracking-group', groupId: 'g1', as: 'mine' }]);
    expect(text($(card(), '[data-testid="tracking-group"]'))).toContain('Chargers');
    expect(text($(card(), '[data-testid="status"]'))).toBe('Tracked as your product: its history starts now.');
    // Tracked with one snapshot: the top of the page says history starts here.
    await expect.poll(() => $(mounted!.page(), '[data-testid="since-last-visit"]')?.dataset.kind).toBe('first');

    await click($(card(), '[data-testid="untrack"]'));
    await expect.poll(() => card().dataset.role).toBe('untracked');
    expect(text($(card(), '[data-testid="status"]'))).toBe('No longer tracked. Its history is kept until you prune it.');
    expect($(mounted.page(), '[data-testid="since-last-visit"]')).toBeNull();
  });

  it('tracks a competitor into the group chosen by default (the one changed last), and takes it out of that group', async () => {
    const db = openTestDb();
    await tracked(db, amazonRead('B0MINE0001', 0, 30), 1);
    const comp = amazonRead('B0COMP0001', 0, 25);
    await tracked(db, comp, 2);
    mounted = mountHistory({ db, read: amazonRead('B0MINE0001', 0, 30), view: 'page' });
    const card = () => $(mounted!.page(), '[data-testid="tracking"]')!;
    await expect.poll(() => card()?.dataset.role).toBe('untracked');
    await click($(card(), '[data-testid="track-mine"]')); // no name: a group named after the product
    await expect.poll(() => card().dataset.role).toBe('mine');
    mounted.read.value = comp;
    await expect.poll(() => card().dataset.productKey).toBe('amazon:B0COMP0001');
    await expect.poll(() => ($(card(), '[data-testid="tracking-group-select"]') as HTMLSelectElement).value).toBe('g1');
    await click($(card(), '[data-testid="track-competitor"]'));
    await expect.poll(() => card().dataset.role).toBe('competitor');
    expect(mounted.send).toHaveBeenLastCalledWith('track-product', { productKey: 'amazon:B0COMP0001', role: 'competitor', groupId: 'g1' });
    await click($(card(), '[data-testid="tracking-group"] button'));
    await expect.poll(() => card().dataset.role).toBe('untracked');
    expect(mounted.send).toHaveBeenLastCalledWith('untrack-product', { productKey: 'amazon:B0COMP0001', groupId: 'g1' });
    expect(text($(card(), '[data-testid="status"]'))).toBe('No longer tracked. Its history is kept until you prune it.');
  });

  it('shows the background’s refusal as an alert', async () => {
    const read = amazonRead('B0MINE0001', 0, 30);
    mounted = mountHistory({
      read,
      view: 'page',
      send: async () => ({ ok: false, error: { code: 'storage-full', message: 'Storage is full (QuotaExceededError): nothing from this request was saved' } }),
    });
    const card = () => $(mounted!.page(), '[data-testid="tracking"]')!;
    await click($(card(), '[data-testid="track-competitor"]'));
    await expect.poll(() => $(card(), '[role="alert"]')?.dataset.code).toBe('storage-full');
    expect(text($(card(), '[role="alert"]'))).toBe('Failed: Storage is full (QuotaExceededError): nothing from this request was saved');
    expect(card().dataset.role).toBe('untracked');
  });

  it('is shown on a review page too, and not on a search page', async () => {
    const reviews = PageReadSchema.parse({ ...amazonRead('B0MINE0001', 0, 30), pageKind: 'reviews', url: 'https://www.amazon.com/product-reviews/B0MINE0001' });
    mounted = mountHistory({ read: reviews, view: 'page' });
    expect($(mounted.page(), '[data-testid="tracking"]')?.dataset.productKey).toBe('amazon:B0MINE0001');
    mounted.read.value = PageReadSchema.parse({ version: 1, marketplace: 'amazon', pageKind: 'search', url: 'https://www.amazon.com/s?k=x', locale: 'en-US', readAt: at(0), results: [], issues: [] });
    await expect.poll(() => $(mounted!.page(), '[data-testid="tracking"]')).toBeNull();
  });
});

describe('since your last visit (page view)', () => {
  async function visits(db: ListingLensDb): Promise<void> {
    await tracked(db, amazonRead('B0MINE0001', 0, 30, { bullets: ['Fast charging', 'Small'] }), 1);
    await trackVia(db, amazonRead('B0MINE0001', 0, 30), 'mine', { groupName: 'Chargers' });
    // The next visit, in another tab, shows a lower price, more reviews and a changed bullet.
    await tracked(db, amazonRead('B0MINE0001', 1, 25, { reviewCount: 13001, bullets: ['Fast USB-C charging', 'Small'] }), 2);
  }

  it('names the price change with before and after first, then the others, with text diffs as <ins>/<del> text', async () => {
    const db = openTestDb();
    await visits(db);
    mounted = mountHistory({ db, read: amazonRead('B0MINE0001', 1, 25, { reviewCount: 13001, bullets: ['Fast USB-C charging', 'Small'] }), view: 'page' });
    const card = () => $(mounted!.page(), '[data-testid="since-last-visit"]');
    await expect.poll(() => card()?.dataset.kind).toBe('changes');
    const lines = datasets(card()!, '[data-testid="change"]');
    expect(lines.map((l) => [l.changeField, l.kind, l.before, l.after, l.deltaPct])).toEqual([
      ['price', 'changed', '30 USD', '25 USD', '-16.67'],
      ['reviewCount', 'changed', '12873', '13001', '0.99'],
      ['bullets[0]', 'changed', 'Fast charging', 'Fast USB-C charging', undefined],
    ]);
    const price = $(card()!, '[data-change-field="price"]');
    expect(text(price)).toBe('Price $30.00 → became $25.00 (−16.7%)');
    const bullet = $(card()!, '[data-change-field="bullets[0]"]')!;
    expect(Array.from(bullet.querySelectorAll('ins'), (e) => e.textContent)).toEqual(['USB-C ']);
    expect(bullet.querySelectorAll('del')).toHaveLength(0);
    expect(text($(card()!, '.meta'))).toContain('snapshots: 2');
    // The page view shows it at the top: before the product card.
    const cards = Array.from(mounted.page().querySelectorAll('.read > section')).map((s) => (s as HTMLElement).dataset.testid ?? s.className);
    expect(cards[0]).toBe('since-last-visit');
  });

  it('says nothing changed when the newest state is older than this visit', async () => {
    const db = openTestDb();
    await visits(db);
    const third = amazonRead('B0MINE0001', 2, 25, { reviewCount: 13001, bullets: ['Fast USB-C charging', 'Small'] });
    await tracked(db, third, 3);
    mounted = mountHistory({ db, read: third, view: 'page' });
    await expect.poll(() => $(mounted!.page(), '[data-testid="since-last-visit"]')?.dataset.kind).toBe('unchanged');
    expect(text($(mounted.page(), '[data-testid="since-last-visit"] .note'))).toMatch(/^Nothing has changed since /);
  });

  it.each(['en', 'zh_CN'] as const)('is worded in %s', async (lang) => {
    const db = openTestDb();
    await visits(db);
    mounted = mountHistory({ db, read: amazonRead('B0MINE0001', 1, 25, { reviewCount: 13001, bullets: ['Fast USB-C charging', 'Small'] }), view: 'page', i18n: i18nFor(lang) });
    await expect.poll(() => $(mounted!.page(), '[data-testid="since-last-visit"]')?.dataset.kind).toBe('changes');
    expect(text($(mounted.page(), '#visit-heading'))).toBe(lang === 'en' ? 'Since your last visit' : '自上次查看以来');
    expect(text($(mounted.page(), '[data-change-field="price"] .change-field'))).toBe(lang === 'en' ? 'Price' : '价格');
  });
});

describe('Competitors view: a product’s history', () => {
  it.each<[string, (db: ListingLensDb) => Promise<void>, Record<string, unknown>]>([
    ['no tracked product', async () => undefined, { empty: true, points: 0 }],
    [
      'one snapshot',
      async (db) => {
        await tracked(db, amazonRead('B0MINE0001', 0, 30), 1);
        await trackVia(db, amazonRead('B0MINE0001', 0, 30), 'mine');
      },
      { empty: false, points: 1, chart: '1', diff: 'one' },
    ],
    [
      'two snapshots',
      async (db) => {
        await tracked(db, amazonRead('B0MINE0001', 0, 30), 1);
        await trackVia(db, amazonRead('B0MINE0001', 0, 30), 'mine');
        await tracked(db, amazonRead('B0MINE0001', 1, 27, { title: 'Product B0MINE0001 v2' }), 2);
      },
      { empty: false, points: 2, chart: '2', diff: 'ok' },
    ],
  ])('%s', async (_name, fill, want) => {
    const db = openTestDb();
    await fill(db);
    mounted = mountHistory({ db, view: 'history' });
    const view = mounted.history();
    await expect.poll(() => $(view, '[data-testid="history-product"]')?.dataset.tracked).toBe(want.empty ? '0' : '1');
    if (want.empty) {
      expect(text($(view, '[data-testid="history-empty"]'))).toMatch(/^No tracked products yet/);
      expect($(view, '[data-testid="groups-empty"]')).not.toBeNull();
      return;
    }
    await expect.poll(() => view.querySelectorAll('[data-testid="timeline-point"]').length).toBe(want.points);
    expect($(view, '[data-testid="price-chart"]')?.dataset.points).toBe(want.chart);
    expect($(view, '[data-testid="snapshot-diff"]')?.dataset.state).toBe(want.diff);
    const svg = $(view, '[data-testid="price-chart"] svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const [title, desc] = svg.getAttribute('aria-labelledby')!.split(' ').map((id) => text(document.getElementById(id)));
    expect(title).toBe('Price history (USD)');
    // The price's first and last values, low and high (the list price is drawn, not summed up here).
    expect(desc).toMatch(
      want.points === 2
        ? /^Price \$30\.00 on .+, \$27\.00 on .+; lowest \$27\.00, highest \$30\.00; snapshots with a price: 2\. Every value is in the table below\.$/
        : /^Price \$30\.00 on .+, \$30\.00 on .+; lowest \$30\.00, highest \$30\.00; snapshots with a price: 1\./,
    );
    if (want.points === 2) {
      expect(datasets(view, '[data-testid="timeline-point"]').map((p) => p.price)).toEqual(['27 USD', '30 USD']);
      expect(datasets(view, '[data-testid="snapshot-diff"] [data-testid="change"]').map((c) => c.changeField)).toEqual(['price', 'title']);
      expect(Array.from(view.querySelectorAll('[data-change-field="title"] ins'), (e) => e.textContent)).toEqual([' v2']);
    }
  });

  it('compares any two snapshots the user chooses, either way round', async () => {
    const db = openTestDb();
    await tracked(db, amazonRead('B0MINE0001', 0, 30), 1);
    await trackVia(db, amazonRead('B0MINE0001', 0, 30), 'competitor');
    await tracked(db, amazonRead('B0MINE0001', 1, 27), 2);
    await tracked(db, amazonRead('B0MINE0001', 2, 27, { rating: 4.5 }), 3);
    mounted = mountHistory({ db, view: 'history' });
    const view = mounted.history();
    await expect.poll(() => view.querySelectorAll('[data-testid="timeline-point"]').length).toBe(3);
    const fields = () => datasets(view, '[data-testid="snapshot-diff"] [data-testid="change"]').map((c) => `${c.changeField} ${c.before}→${c.after}`);
    expect(fields()).toEqual(['rating 4.2→4.5']);
    const options = Array.from(view.querySelectorAll<HTMLOptionElement>('[data-testid="diff-from"] option'), (o) => o.value);
    await setValue($(view, '[data-testid="diff-from"]'), options[0]!, 'change');
    expect(fields()).toEqual(['price 30 USD→27 USD', 'rating 4.2→4.5']);
    await setValue($(view, '[data-testid="diff-to"]'), options[0]!, 'change');
    expect($(view, '[data-testid="snapshot-diff"]')?.dataset.state).toBe('same');
    await setValue($(view, '[data-testid="diff-from"]'), options[2]!, 'change');
    expect(fields()).toEqual(['price 27 USD→30 USD', 'rating 4.5→4.2']);
  });

  it('downloads the product’s snapshots as CSV', async () => {
    const db = openTestDb();
    await fillHistory(db);
    mounted = mountHistory({ db, view: 'history' });
    const view = mounted.history();
    await expect.poll(() => $(view, '[data-testid="export-product-csv"]')).not.toBeNull();
    const key = $(view, '[data-testid="history-product"]')!.dataset.productKey!;
    await click($(view, '[data-testid="export-product-csv"]'));
    await expect.poll(() => mounted!.download.mock.calls.length).toBe(1);
    const [name, csv, type] = mounted.download.mock.calls[0]!;
    expect(name).toBe(`listing-lens-snapshots-${key.replace(':', '-')}-2026-03-20.csv`);
    expect(type).toBe('text/csv;charset=utf-8');
    expect(csv.split('\r\n').slice(1, -1).every((line) => line.startsWith(key))).toBe(true);
  });
});

describe('Competitors view: group price comparison', () => {
  async function group(db: ListingLensDb): Promise<void> {
    await tracked(db, amazonRead('B0MINE0001', 0, 30, { title: 'Cat food, 12 x 85 g' }), 1);
    await tracked(db, ukRead('B0UKCOMP01', 0, 20, 'UK cat food, 24 x 100 g'), 2);
    await tracked(db, amazonRead('B0NOQTY001', 0, 35, { title: 'Cat food tasting box' }), 3);
    await trackVia(db, amazonRead('B0MINE0001', 0, 30), 'mine', { groupName: 'Cat food' });
    await trackVia(db, ukRead('B0UKCOMP01', 0, 20), 'competitor', { groupId: 'g1' });
    await trackVia(db, amazonRead('B0NOQTY001', 0, 35), 'competitor', { groupId: 'g1' });
  }
  const rows = (view: HTMLElement) => datasets(view, '[data-testid="compare-row"]').map((r) => [r.productKey, r.price, r.rank, r.percentile, r.gapMedian, r.gapCheapest, r.standingReason]);

  it('keeps GBP and USD apart until the user enters a rate, then compares them (settings-save)', async () => {
    const db = openTestDb();
    await group(db);
    mounted = mountHistory({ db, view: 'history' });
    const view = mounted.history();
    await expect.poll(() => view.querySelectorAll('[data-testid="compare-row"]').length).toBe(3);
    // Mine $30 against $35; the £20 product is left out of the dollar standings and has nothing in pounds.
    expect(rows(view)).toEqual([
      ['amazon:B0MINE0001', '30 USD', '1', '50', '-7.69', '0', undefined],
      ['amazon:B0UKCOMP01', '20 GBP', undefined, undefined, undefined, undefined, 'nothing-to-compare'],
      ['amazon:B0NOQTY001', '35 USD', '2', '100', '7.69', '16.67', undefined],
    ]);
    expect(text($(view, '[data-testid="currency-note"]'))).toBe('Prices in different currencies are kept apart; add a rate for GBP→USD to compare them.');
    expect(text($(view, '[data-product-key="amazon:B0UKCOMP01"] [data-testid="standing-why-not"]'))).toBe(
      'nothing to compare with (other currencies left out: 2; add an exchange rate to include them)',
    );

    await click($(view, '[data-testid="rate-suggest"]'));
    await setValue($(view, '[data-testid="rate-value"]'), '1,25');
    await click($(view, '[data-testid="rate-save"]'));
    expect(mounted.send).toHaveBeenCalledWith('settings-save', { settings: { exchangeRates: [{ from: 'GBP', to: 'USD', rate: 1.25, asOf: '2026-03-20' }] } });
    // £20 = $25: 25, 30, 35.
    await expect.poll(() => rows(view)).toEqual([
      ['amazon:B0MINE0001', '30 USD', '2', '66.67', '0', '20', undefined],
      ['amazon:B0UKCOMP01', '20 GBP', '1', '33.33', '-16.67', '0', undefined],
      ['amazon:B0NOQTY001', '35 USD', '3', '100', '16.67', '40', undefined],
    ]);
    expect($(view, '[data-testid="currency-note"]')).toBeNull();
    expect(datasets(view, '[data-testid="rate"]')).toEqual([{ testid: 'rate', from: 'GBP', to: 'USD', rate: '1.25' }]);

    // Removing the rate puts them apart again.
    await click($(view, '[data-testid="rate"] button'));
    await expect.poll(() => rows(view)[1]![6]).toBe('nothing-to-compare');
  });

  it('compares by unit price with the words it rests on, and says why a product has none', async () => {
    const db = openTestDb();
    await group(db);
    mounted = mountHistory({ db, view: 'history' });
    const view = mounted.history();
    await expect.poll(() => view.querySelectorAll('[data-testid="compare-row"]').length).toBe(3);
    await click($(view, '[data-testid="basis-unit"]'));
    expect($(view, '[data-testid="group-comparison"]')?.dataset.basis).toBe('unit');
    expect(datasets(view, '[data-testid="compare-row"]').map((r) => [r.unitPrice, r.unitReason, r.standingReason])).toEqual([
      ['2.94118 USD', undefined, 'nothing-to-compare'], // $30 / 1020 g; the other unit price is in GBP
      ['0.833333 GBP', undefined, 'nothing-to-compare'], // £20 / 2400 g
      [undefined, 'no-quantity', 'no-unit-price'],
    ]);
    expect(text($(view, '[data-product-key="amazon:B0MINE0001"] .unit-price'))).toBe('$2.94 / 100 g from “12 x 85 g” (Title)');
    expect(text($(view, '[data-product-key="amazon:B0NOQTY001"] [data-testid="unit-why-not"]'))).toBe('no quantity in the title or specs');
  });

  it('bands the group only from three prices, with mine marked', async () => {
    const db = openTestDb();
    await group(db);
    mounted = mountHistory({ db, view: 'history' });
    const view = mounted.history();
    await expect.poll(() => $(view, '[data-testid="group-bands-few"]')).not.toBeNull();
    expect(text($(view, '[data-testid="group-bands-few"]'))).toBe('Price bands need at least 3 prices in one currency; this group has 2.');
    await mounted.model.saveRates([{ from: 'GBP', to: 'USD', rate: 1.25, asOf: '2026-03-20' }]);
    await expect.poll(() => $(view, '[data-testid="group-section"] [data-testid="price-bands"]')?.dataset.count).toBe('3');
    const bands = $(view, '[data-testid="group-section"] [data-testid="price-bands"]')!;
    // $25, $30, $35 → width 2 over [24, 36): one product each at 24, 30, 34.
    expect(bands.dataset.userPrice).toBe('30 USD');
    expect(datasets(bands, '[data-testid="price-band"]').filter((b) => b.count !== '0').map((b) => [b.from, b.to, b.user])).toEqual([
      ['24', '26', undefined],
      ['30', '32', 'true'],
      ['34', '36', undefined],
    ]);
  });

  it('deletes a group after a confirmation; its products keep their history', async () => {
    const db = openTestDb();
    await group(db);
    mounted = mountHistory({ db, view: 'history' });
    const view = mounted.history();
    await expect.poll(() => $(view, '[data-testid="group-delete"]')).not.toBeNull();
    await click($(view, '[data-testid="group-delete"]'));
    expect(mounted.send).not.toHaveBeenCalledWith('group-delete', expect.anything());
    await click($(view, '[data-testid="group-delete-go"]'));
    await expect.poll(() => $(view, '[data-testid="groups-empty"]')).not.toBeNull();
    expect(mounted.send).toHaveBeenCalledWith('group-delete', { groupId: 'g1' });
    expect(await db.snapshots.count()).toBe(3);
  });
});

describe('Competitors view: your data', () => {
  it('exports everything as JSON and all snapshots as CSV (Blob downloads through the panel)', async () => {
    const db = openTestDb();
    await fillHistory(db);
    mounted = mountHistory({ db, view: 'history' });
    const view = mounted.history();
    await click($(view, '[data-testid="export-json"]'));
    await expect.poll(() => mounted!.download.mock.calls.length).toBe(1);
    await click($(view, '[data-testid="export-csv"]'));
    await expect.poll(() => mounted!.download.mock.calls.length).toBe(2);
    const [[jsonName, json, jsonType], [csvName, csv]] = mounted.download.mock.calls as [[string, string, string], [string, string, string]];
    expect([jsonName, jsonType]).toEqual(['listing-lens-2026-03-20.json', 'application/json']);
    expect(json).toBe(await exportJson(db, NOW));
    expect(csvName).toBe('listing-lens-snapshots-2026-03-20.csv');
    expect(csv.startsWith('\uFEFFproduct,marketplace,productId,role')).toBe(true);
    expect(text($(view, '[data-testid="data-tools"] [data-testid="status"]'))).toBe('Downloading listing-lens-snapshots-2026-03-20.csv');
  });

  it('imports an export and says what it added; importing it again adds nothing', async () => {
    const source = openTestDb();
    await fillHistory(source);
    const file = new File([await exportJson(source, NOW)], 'export.json', { type: 'application/json' });
    source.close();
    mounted = mountHistory({ view: 'history' });
    const view = mounted.history();
    await mounted.model.importFile(file);
    const status = () => $(view, '[data-testid="data-tools"] [data-testid="status"]');
    await expect.poll(() => (mounted!.model.dataStatus.value.kind === 'failed' ? JSON.stringify(mounted!.model.dataStatus.value) : status()?.dataset.kind)).toBe('done');
    expect(text(status())).toMatch(/^Imported\. Rows added: \d+, updated: 0 \(products 5, snapshots 6, /);
    await expect.poll(() => $(view, '[data-testid="storage"]')?.dataset.snapshots).toBe(String(await mounted!.db.snapshots.count()));
    await mounted.model.importFile(file);
    expect(text(status())).toBe('Imported. Rows added: 0, updated: 0');
  });

  it('shows an invalid file’s error with its path, and nothing changes', async () => {
    const db = openTestDb();
    await fillHistory(db);
    const good = JSON.parse(await exportJson(db, NOW));
    good.tables.snapshots[1].read.product.price = { amount: -5, currency: 'USD' };
    mounted = mountHistory({ db, view: 'history' });
    const before = await dumpTables(db);
    await mounted.model.importFile(new File([JSON.stringify(good)], 'bad.json'));
    const alert = () => $(mounted!.history(), '[data-testid="data-tools"] [role="alert"]');
    await expect.poll(() => alert()?.dataset.code).toBe('invalid-file');
    expect(text(alert())).toContain('tables.snapshots[1].read.product.price.amount');
    expect(await dumpTables(db)).toEqual(before);
  });

  it('sends a large file in parts and shows each part’s progress', async () => {
    const seen: string[] = [];
    let calls = 0;
    mounted = mountHistory({
      view: 'history',
      send: async (type, payload) => {
        if (type !== 'import-data') return { ok: false, error: { code: 'malformed', message: 'unexpected' } };
        const p = payload as { part?: { index: number; count: number } };
        calls++;
        const status = mounted!.model.dataStatus.value;
        seen.push(status.kind === 'busy' ? `${status.received}/${status.of}` : status.kind);
        const last = !p.part || p.part.index === p.part.count - 1;
        return { ok: true, data: last ? { done: true, added: { products: 1 }, updated: {} } : { done: false, received: p.part!.index + 1, of: p.part!.count } } as never;
      },
    });
    await mounted.model.importFile(new File(['x'.repeat(2 * IMPORT_PART_CHARS + 10)], 'big.json'));
    expect(calls).toBe(3);
    expect(seen).toEqual(['0/3', '1/3', '2/3']);
    expect(text($(mounted.history(), '[data-testid="data-tools"] [data-testid="status"]'))).toBe('Imported. Rows added: 1, updated: 0 (products 1)');
  });

  it.each<[string, { keep?: string; days?: string }, Record<string, unknown>]>([
    ['keeping each product’s newest snapshot', { keep: '1' }, { keepPerProduct: 1 }],
    ['removing snapshots not seen for 30 days', { days: '30' }, { before: new Date(NOW.getTime() - 30 * 86_400_000).toISOString() }],
  ])('prunes after a confirmation: %s', async (_name, input, payload) => {
    const db = openTestDb();
    await fillHistory(db);
    mounted = mountHistory({ db, view: 'history' });
    const view = mounted.history();
    const before = await db.snapshots.count();
    if (input.keep) {
      await setValue($(view, '[data-testid="prune-keep"]'), input.keep);
      await click($(view, '[data-testid="prune-keep-go"]'));
    } else {
      await setValue($(view, '[data-testid="prune-days"]'), input.days!);
      await click($(view, '[data-testid="prune-days-go"]'));
    }
    expect(mounted.send).not.toHaveBeenCalled();
    expect(text($(view, '[data-testid="prune-confirm"] p'))).toMatch(/cannot be undone/);
    await click($(view, '[data-testid="prune-confirm-go"]'));
    await expect.poll(() => $(view, '[data-testid="data-tools"] [data-testid="status"]')?.dataset.kind).toBe('done');
    expect(mounted.send).toHaveBeenCalledWith('prune-snapshots', payload);
    const deleted = before - (await db.snapshots.count());
    expect(text($(view, '[data-testid="data-tools"] [data-testid="status"]'))).toBe(`Old snapshots removed: ${deleted}.`);
    if (input.keep) expect(deleted).toBeGreaterThan(0);
  });

  it('refuses a prune with no number', async () => {
    mounted = mountHistory({ view: 'history' });
    await setValue($(mounted.history(), '[data-testid="prune-keep"]'), '0');
    expect(($(mounted.history(), '[data-testid="prune-keep-go"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it.each<[string, Parameters<typeof mountHistory>[0], string, string]>([
    ['the panel’s own storage grants it', { storage: { persist: async () => true, persisted: async () => true, estimate: async () => ({ usage: 733_400, quota: 10_700_000_000 }) } }, 'The browser will keep this data under storage pressure.', 'yes'],
    ['the panel’s own storage refuses', { storage: { persist: async () => false, persisted: async () => false, estimate: async () => ({ usage: 733_400, quota: 10_700_000_000 }) } }, 'The browser did not grant persistent storage; it may clear this data when disk space runs low.', 'no'],
    ['neither the panel nor the background can ask', {}, 'This browser cannot be asked for persistent storage here.', 'unknown'],
  ])('asks for persistent storage: %s', async (_name, options, words, persisted) => {
    mounted = mountHistory({ ...options, view: 'history' });
    const view = mounted.history();
    await click($(view, '[data-testid="persist"]'));
    await expect.poll(() => text($(view, '[data-testid="data-tools"] [data-testid="status"]'))).toBe(words);
    if (!options?.storage) expect(mounted.send).toHaveBeenCalledWith('request-persistence', {});
    else expect(mounted.send).not.toHaveBeenCalled();
    await expect.poll(() => text($(view, '[data-testid="storage"] .field:last-child dd'))).toBe(persisted);
    if (options?.storage) expect(text($(view, '[data-testid="storage"] .field:first-child dd'))).toBe('733.4 kB of 10.7 GB');
  });
});

describe('hostile page text', () => {
  it('shows markup in titles, bullets and group names as text everywhere in the Competitors view', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>Kettle</b> 1.7 L';
    const db = openTestDb();
    await tracked(db, amazonRead('B0EVIL0001', 0, 30, { title: hostile, bullets: [hostile] }), 1);
    await trackVia(db, amazonRead('B0EVIL0001', 0, 30, { title: hostile, bullets: [hostile] }), 'mine', { groupName: '<i>Group</i>' });
    await tracked(db, amazonRead('B0EVIL0001', 1, 28, { title: `${hostile}!`, bullets: [`${hostile}<svg onload=alert(3)>`] }), 2);
    mounted = mountHistory({ db, view: 'both', read: amazonRead('B0EVIL0001', 1, 28, { title: `${hostile}!`, bullets: [`${hostile}<svg onload=alert(3)>`] }) });
    const root = mounted.root;
    await expect.poll(() => root.querySelectorAll('[data-testid="compare-row"]').length).toBe(1);
    await expect.poll(() => $(root, '[data-testid="since-last-visit"]')?.dataset.kind).toBe('changes');
    await expect.poll(() => root.querySelectorAll('[data-testid="timeline-point"]').length).toBe(2);
    expect(root.querySelectorAll('img, script, b, i, svg image, svg[onload]')).toHaveLength(0);
    // The only SVGs are the panel's own charts.
    expect(Array.from(root.querySelectorAll('svg'), (s) => s.getAttribute('class'))).toEqual(['chart-svg']);
    // Long titles are cut at 70 characters in the product list.
    expect(text($(root, '[data-testid="history-select"] option'))).toBe(`${`${hostile}!`.slice(0, 69)}… · My product`);
    expect(text($(root, '[data-testid="group-select"] option'))).toBe('<i>Group</i>');
    expect(text($(root, '[data-testid="compare-row"] .compare-title'))).toBe(`${hostile}!`);
    expect(text($(root, '[data-testid="tracking-group"] span'))).toBe('<i>Group</i>');
    expect(Array.from(root.querySelectorAll('[data-testid="since-last-visit"] [data-change-field="bullets[0]"] ins'), (e) => e.textContent)).toEqual(['<svg onload=alert(3)>']);
  });
});

describe('price bands of the search page (page view)', () => {
  it('appear after the results, with the price of my product (tracked, on the page) marked', async () => {
    const db = openTestDb();
    // searchRead's results: B0BYNZ6B6Y $35.99, B07QXV6N1B $19.99, B09VPHVT2Z unpriced.
    const mine = amazonRead('B07QXV6N1B', 0, 19.99);
    await tracked(db, mine, 1);
    await trackVia(db, mine, 'mine', { groupName: 'Chargers' });
    const search = PageReadSchema.parse({
      version: 1,
      marketplace: 'amazon',
      pageKind: 'search',
      url: 'https://www.amazon.com/s?k=portable+charger',
      locale: 'en-US',
      readAt: at(1),
      results: [
        { position: 1, id: 'B0BYNZ6B6Y', title: 'Anker', price: { amount: 35.99, currency: 'USD' }, sponsored: true },
        { position: 2, id: 'B07QXV6N1B', title: 'INIU', price: { amount: 19.99, currency: 'USD' }, sponsored: false },
        { position: 3, id: 'B09VPHVT2Z', title: 'Baseus', sponsored: false },
        { position: 4, id: 'B0C1111111', title: 'Other', price: { amount: 24.5, currency: 'USD' }, sponsored: false },
      ],
      issues: [],
    });
    mounted = mountHistory({ db, read: search, view: 'page' });
    const bands = () => $(mounted!.page(), '[data-testid="price-bands"]');
    await expect.poll(() => bands()?.dataset.userPrice).toBe('19.99 USD');
    // 19.99, 24.50, 35.99 → width 2 over [18, 36): the first band holds mine.
    expect({ count: bands()!.dataset.count, withoutPrice: bands()!.dataset.withoutPrice, width: bands()!.dataset.width, userBand: bands()!.dataset.userBand }).toEqual({ count: '3', withoutPrice: '1', width: '2', userBand: '0' });
    const order = Array.from(mounted.page().querySelectorAll('.read > section'), (s) => (s as HTMLElement).dataset.testid ?? (s as HTMLElement).dataset.field ?? s.className);
    expect(order.indexOf('search-bands')).toBe(order.indexOf('results') + 1);
    // Choosing no group removes the mark.
    await setValue($(mounted.page(), '[data-testid="bands-group"]'), '', 'change');
    expect(bands()!.dataset.userBand).toBeUndefined();
  });
});
