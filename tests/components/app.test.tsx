// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../entrypoints/sidepanel/app';
import { createPanelModel, type PanelModel } from '../../entrypoints/sidepanel/state';
import { storePageRead, type ListingLensDb } from '../../lib/db';
import { productRead } from '../db/fixtures/sample-reads';
import { openTestDb } from '../db/helpers';
import { FakeTabs, isRead } from './fake-tabs';
import { fieldValues, i18nFor } from './render';

let db: ListingLensDb | undefined;
let model: PanelModel | undefined;
afterEach(() => {
  model?.stop();
  db?.close();
  document.body.replaceChildren();
});

describe('side panel app', () => {
  it('re-renders from loading to the read when the background stores it (liveQuery → signal → DOM)', async () => {
    db = openTestDb();
    const tabs = new FakeTabs();
    const read = productRead();
    tabs.add(5, read.url, 1, true);
    model = createPanelModel({ db, tabs, isReadUrl: isRead, requestRead: async () => true });
    const root = document.createElement('div');
    document.body.append(root);
    render(<App model={model} i18n={i18nFor('zh_CN')} />, root);
    await model.start();
    const panel = () => root.querySelector('[data-testid="panel"]')!;
    await expect.poll(() => panel().getAttribute('data-state')).toBe('loading');
    expect(panel().textContent).toContain('正在读取此页面');

    await storePageRead(db, 5, read);
    await expect.poll(() => panel().getAttribute('data-state')).toBe('read');
    expect(panel().getAttribute('data-page-kind')).toBe('product');
    expect(fieldValues(root)).toMatchObject({ price: '35.99 USD', reviewCount: '12873', marketplace: 'amazon' });
    expect(root.querySelector('[data-field="price"] dt')?.textContent).toBe('价格');
  });
});
