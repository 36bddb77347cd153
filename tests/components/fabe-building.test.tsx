// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { storePageRead } from '../../lib/db';
import type { FabeTable, PageRead } from '../../lib/schema';
import { productRead } from '../db/fixtures/sample-reads';
import { fakeFabe } from './fabe-fixtures';
import { mountFabe, type MountedFabe } from './fabe-harness';
import { i18nFor } from './render';

/**
 * The FABE view while tables are built elsewhere (the panel's worker, fabe-builder.ts): the
 * product shows as being read until its table arrives, a competitor still being built is
 * counted under the matrix and joins it when done, a failed build is that table's error,
 * and a table that arrives for a product no longer shown is dropped. The builder here hands
 * out promises the test settles.
 */

let m: MountedFabe | undefined;
afterEach(() => {
  m?.cleanup();
  m = undefined;
  document.body.replaceChildren();
});

const T0 = new Date(Date.parse('2026-11-26T08:00:00Z'));
const mug = (id = 'B0TESTFABE') =>
  productRead({ url: `https://www.amazon.com/dp/${id}`, readAt: '2026-11-26T08:00:00.000Z' }, { id, title: `Mug ${id}`, bullets: ['Made of 304 stainless steel', 'Keeps drinks hot for 12 hours'] });
const competitor = (id: string) => productRead({ url: `https://www.amazon.com/dp/${id}`, readAt: '2026-11-25T08:00:00.000Z' }, { id, title: `Competitor ${id}`, bullets: ['Lid seals tight'] });

/** A builder whose tables come when `settle(id)` says (the fake analyses' table for that read). */
function deferredBuilder() {
  const waiting = new Map<string, { read: PageRead; resolve: (t: FabeTable | undefined) => void; reject: (e: Error) => void }>();
  const asked: string[] = [];
  return {
    asked,
    build: (read: PageRead) =>
      new Promise<FabeTable | undefined>((resolve, reject) => {
        asked.push(read.product!.id);
        waiting.set(read.product!.id, { read, resolve, reject });
      }),
    async settle(id: string, error?: string) {
      const w = waiting.get(id);
      if (!w) throw new Error(`no build of ${id} is waiting`);
      waiting.delete(id);
      await act(async () => {
        if (error) w.reject(new Error(error));
        else w.resolve(fakeFabe.buildFabeTable(w.read));
      });
    },
  };
}

const view = () => m!.root.querySelector<HTMLElement>('[data-testid="fabe"]')!;

describe('FABE view: tables built in the worker', () => {
  it('shows the product as being read, then its table when it arrives', async () => {
    const b = deferredBuilder();
    m = mountFabe({ read: mug(), analyses: fakeFabe, buildTable: b.build });
    expect([view().dataset.state, view().dataset.productId]).toEqual(['building', 'B0TESTFABE']);
    expect(m.root.querySelector('[data-testid="fabe-building"]')?.textContent).toBe('Finding the selling points of this listing…');
    expect(m.root.querySelector('.fabe-product-title')?.textContent).toBe('Mug B0TESTFABE');
    await b.settle('B0TESTFABE');
    expect(view().dataset.state).toBe('product');
    expect(m.root.querySelectorAll('.fabe-groups [data-testid="statement"]').length).toBeGreaterThan(0);
    // Asked once, however often the view looked.
    expect(b.asked).toEqual(['B0TESTFABE']);
  });

  it('counts a competitor still being built under the matrix; it joins when done', async () => {
    const b = deferredBuilder();
    m = mountFabe({ read: mug(), analyses: fakeFabe, buildTable: b.build, i18n: i18nFor('en') });
    await b.settle('B0TESTFABE');
    await storePageRead(m.db, 2, competitor('B0COMP0001'), T0);
    await expect.poll(() => m!.root.querySelector('[data-testid="gap-building"]')?.textContent).toBe('Competitors still being analysed: 1 (they join the matrix when done).');
    const rows = () => [...m!.root.querySelectorAll<HTMLElement>('[data-testid="gap-matrix"] tbody tr')].map((r) => r.dataset.productId);
    expect(rows()).toEqual(['B0TESTFABE']);
    await b.settle('B0COMP0001');
    expect(rows()).toEqual(['B0TESTFABE', 'B0COMP0001']);
    expect(m.root.querySelector('[data-testid="gap-building"]')).toBeNull();
  });

  it('a build that fails is that table’s error (in Chinese too)', async () => {
    const b = deferredBuilder();
    m = mountFabe({ read: mug(), analyses: fakeFabe, buildTable: b.build, i18n: i18nFor('zh_CN') });
    expect(m.root.querySelector('[data-testid="fabe-building"]')?.textContent).toBe('正在提炼该商品的卖点…');
    await b.settle('B0TESTFABE', 'The FABE worker failed: out of memory');
    expect(view().dataset.state).toBe('product');
    expect(m.root.querySelector('[data-testid="fabe-table"] [role="alert"]')?.textContent).toBe('此项分析出错：The FABE worker failed: out of memory');
  });

  it('drops a table that arrives for a product no longer shown, and builds the one shown', async () => {
    const b = deferredBuilder();
    m = mountFabe({ read: mug('B0FIRST001'), analyses: fakeFabe, buildTable: b.build });
    await act(async () => {
      m!.read.value = mug('B0SECOND01');
    });
    expect([view().dataset.state, view().dataset.productId]).toEqual(['building', 'B0SECOND01']);
    await b.settle('B0FIRST001');
    expect([view().dataset.state, view().dataset.productId]).toEqual(['building', 'B0SECOND01']);
    await b.settle('B0SECOND01');
    expect([view().dataset.state, view().dataset.productId]).toEqual(['product', 'B0SECOND01']);
    // Back to the first: its late table was dropped, so it is built again.
    await act(async () => {
      m!.read.value = mug('B0FIRST001');
    });
    expect(view().dataset.state).toBe('building');
    expect(b.asked).toEqual(['B0FIRST001', 'B0SECOND01', 'B0FIRST001']);
  });
});
