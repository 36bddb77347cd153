// @vitest-environment happy-dom
import { computed } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/sidepanel/app';
import { createFabe } from '../../entrypoints/sidepanel/fabe-state';
import { createHistory, type HistoryStateModel } from '../../entrypoints/sidepanel/history-state';
import { createReviews } from '../../entrypoints/sidepanel/reviews-state';
import { createPanelModel, type PanelModel } from '../../entrypoints/sidepanel/state';
import { createWorkbench } from '../../entrypoints/sidepanel/workbench-state';
import { analyseReviews } from '../../lib/analyses/reviews';
import { storePageRead, type ListingLensDb } from '../../lib/db';
import { reviewsRead } from '../db/fixtures/sample-reads';
import { openTestDb } from '../db/helpers';
import { FakeTabs, isRead } from './fake-tabs';
import { click } from './fabe-harness';
import { i18nFor } from './render';

let db: ListingLensDb | undefined;
let model: PanelModel | undefined;
let history: HistoryStateModel | undefined;
afterEach(() => {
  model?.stop();
  history?.stop();
  db?.close();
  document.body.replaceChildren();
});

describe('side panel app: the Reviews tab', () => {
  it('sits after FABE, and analyses nothing until it is first opened', async () => {
    db = openTestDb();
    const tabs = new FakeTabs();
    const read = reviewsRead();
    tabs.add(5, read.url, 1, true);
    model = createPanelModel({ db, tabs, isReadUrl: isRead, requestRead: async () => true });
    const shown = computed(() => (model!.state.value.kind === 'read' ? model!.state.value.read : undefined));
    const refuse = async () => ({ ok: false as const, error: { code: 'no-receiver' as const, message: 'no background in this test' } });
    const spy = vi.fn(analyseReviews);
    const reviews = createReviews({ read: shown, copy: async () => undefined, download: () => undefined, analyseReviews: spy });
    history = createHistory({ db, read: shown, send: refuse, download: () => undefined });
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <App
          model={model!}
          workbench={createWorkbench({ db: db!, read: shown, save: refuse, remove: refuse, copy: async () => undefined })}
          fabe={createFabe({ db: db!, read: shown, copy: async () => undefined, download: () => undefined })}
          history={history!}
          reviews={reviews}
          i18n={i18nFor('en')}
        />,
        root,
      ),
    );
    await model.start();
    await storePageRead(db, 5, read);
    await expect.poll(() => root.querySelector('[data-testid="panel"]')?.getAttribute('data-state')).toBe('read');
    const tabIds = Array.from(root.querySelectorAll<HTMLElement>('[role="tab"]')).map((t) => t.dataset.testid);
    expect(tabIds.indexOf('tab-reviews')).toBe(tabIds.indexOf('tab-fabe') + 1);
    expect(root.querySelector('[data-testid="tab-reviews"]')?.textContent).toBe('Reviews');
    expect(spy).not.toHaveBeenCalled();
    expect(root.querySelector('[data-testid="reviews"]')).toBeNull();

    await click(root.querySelector('[data-testid="tab-reviews"]'));
    expect(spy).toHaveBeenCalledTimes(1);
    // The sample read holds two reviews (Anna 5★ "Sehr gut.", Ben 2★ "Kam beschädigt an.").
    expect(root.querySelector<HTMLElement>('#view-reviews [data-testid="reviews"]')!.dataset).toMatchObject({ state: 'small-sample', reviewCount: '2' });
  });
});
