// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { searchRead } from '../db/fixtures/sample-reads';
import { i18nFor } from './render';
import { checkStatuses, mountWorkbench, q, titleInput, titleMarks, typeInto, type Mounted } from './workbench-harness';

/**
 * The workbench with the real title rules (lib/analyses/title), as the panel runs it:
 * the rule ids and spans the real-browser test relies on, in both marketplaces' scripts.
 */
let m: Mounted | undefined;
afterEach(() => {
  m?.cleanup();
  m = undefined;
});

describe('workbench with the real title rules', () => {
  it('flags Amazon’s banned "!" and a promo phrase, each highlighted where it is', async () => {
    m = mountWorkbench({ analyses: 'real' });
    await typeInto(titleInput(m.root), 'Garlic Press Best Seller! Stainless Steel');
    const status = checkStatuses(m.root);
    expect([status['amazon.banned-chars'], status['amazon.promo']]).toEqual(['fail', 'fail']);
    const marks = titleMarks(m.root);
    expect(marks.some((x) => x.startsWith('!|fail|') && x.includes('amazon.banned-chars'))).toBe(true);
    expect(marks.some((x) => /^Best Seller\|fail\|.*amazon\.promo/.test(x))).toBe(true);
    const score = Number(q(m.root, '[data-testid="title-score"]').dataset.value);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(100);
    // The sum under the checks is the checks' own points.
    const sum = q(m.root, '[data-slot="title"] [data-testid="score-arithmetic"]');
    const points = [...m.root.querySelectorAll<HTMLElement>('[data-slot="title"] .check-points')].reduce((s, el) => s + Number(el.dataset.earned), 0);
    expect(Number(sum.dataset.earned)).toBeCloseTo(points, 6);
  });

  it('flags a Chinese absolute term on Taobao, in Chinese', async () => {
    m = mountWorkbench({ analyses: 'real', i18n: i18nFor('zh_CN') });
    await act(() => m!.model.setMarketplace('taobao'));
    await typeInto(titleInput(m.root), '最好的压蒜器 家用不锈钢 手动捣蒜泥神器');
    expect(checkStatuses(m.root)['cn.absolute-terms']).toBe('fail');
    expect(titleMarks(m.root).some((x) => x.includes('cn.absolute-terms') && x.startsWith('最'))).toBe(true);
    expect(q(m.root, '[data-slot="title"] [data-rule="cn.absolute-terms"]').textContent).toMatch(/[\u4e00-\u9fff]/);
  });

  it('crosses off keywords the title uses and suggests terms from the competitors’ titles', async () => {
    const search = searchRead({
      results: [
        { position: 1, id: 'B000000001', title: 'Garlic Press Rocker, Stainless Steel Garlic Mincer Crusher', sponsored: false },
        { position: 2, id: 'B000000002', title: 'Garlic Mincer Rocker Stainless Steel Garlic Crusher Press', sponsored: false },
        { position: 3, id: 'B000000003', title: 'Garlic Crusher Rocker with Silicone Peeler, Stainless Steel', sponsored: false },
      ],
    });
    m = mountWorkbench({ analyses: 'real', read: search });
    await act(() => void m!.model.addKeywords(['garlic press', 'garlic crusher']));
    await typeInto(titleInput(m.root), 'Garlic Press, Stainless Steel');
    expect(q(m.root, '[data-keyword="garlic press"]').dataset.present).toBe('true');
    expect(q(m.root, '[data-keyword="garlic crusher"]').dataset.present).toBe('false');
    await vi.waitFor(async () => {
      await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
      const terms = [...m!.root.querySelectorAll('[data-suggestion]')].map((el) => el.getAttribute('data-suggestion')!.toLowerCase());
      expect(terms.some((t) => t.includes('rocker'))).toBe(true);
      expect(terms).not.toContain('garlic crusher');
    });
  });
});
