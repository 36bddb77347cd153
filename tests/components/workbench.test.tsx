// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allFieldsText } from '../../components/workbench/copy-bar';
import { slotsFor } from '../../components/workbench/model';
import { createTranslator } from '../../components/i18n';
import { productRead, searchRead } from '../db/fixtures/sample-reads';
import { MESSAGES, i18nFor } from './render';
import { checkStatuses, click, mountWorkbench, q, settle, titleInput, titleMarks, typeInto, type Mounted } from './workbench-harness';

const HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1"><script>alert(1)</script>';
let m: Mounted | undefined;
afterEach(() => {
  m?.cleanup();
  m = undefined;
});

describe('workbench: the title editor', () => {
  it('scores on every keystroke and highlights the failing spans as text', async () => {
    m = mountWorkbench();
    const root = m.root;
    await typeInto(titleInput(root), 'Garlic Press');
    expect(q(root, '[data-testid="title-score"]').dataset.value).toBe('100');
    expect(titleMarks(root)).toEqual([]);
    await typeInto(titleInput(root), 'Garlic Press Best Seller!');
    expect(q(root, '[data-testid="title-score"]').dataset.value).toBe('20');
    expect(titleMarks(root)).toEqual(['Best Seller|fail|test.promo', '!|fail|test.special-chars']);
    // The layer mirrors the textarea exactly (plus the zero-width space that keeps a last empty line).
    expect(q(root, '[data-testid="title-highlights"]').textContent).toBe('Garlic Press Best Seller!\u200b');
    expect(checkStatuses(root)).toEqual({ 'test.special-chars': 'fail', 'test.promo': 'fail', 'test.length': 'pass' });
  });

  it('lists the checks failing first with the fix, the points and the sum that makes the score', async () => {
    m = mountWorkbench();
    await typeInto(titleInput(m.root), 'Best Seller garlic press, stainless steel, dishwasher safe, easy to clean');
    const items = [...m.root.querySelectorAll('[data-slot="title"] [data-testid="checks"] li[data-rule]')];
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['fail', 'warn', 'pass']);
    expect(items[0]!.textContent).toContain('No promotional phrases');
    expect(items.find((li) => li.getAttribute('data-rule') === 'test.special-chars')?.textContent).toContain('Fix: Remove the !');
    expect(items.map((li) => li.querySelector('.check-points')?.textContent)).toEqual(['0/10', '2.5/5', '10/10']);
    const sum = q(m.root, '[data-slot="title"] [data-testid="score-arithmetic"]');
    expect([sum.dataset.earned, sum.dataset.weight]).toEqual(['12.5', '25']);
    expect(sum.textContent).toBe('Points earned 12.5 of 25 → score 50/100');
    // Passing checks fold under one line that still says what they are worth.
    expect(q(m.root, '[data-slot="title"] .passed-checks summary').textContent).toBe('1 checks passed (10 of 10 points)');
  });

  it('applies a mechanical fix in one click, keeping the text before it as a version', async () => {
    m = mountWorkbench();
    await typeInto(titleInput(m.root), 'Garlic Press!! Stainless');
    await m.model.flush();
    // Only checks whose fix changes the text offer the button.
    expect([...m.root.querySelectorAll('[data-slot="title"] [data-testid="apply-fix"]')]).toHaveLength(1);
    await click(q(m.root, '[data-slot="title"] [data-rule="test.special-chars"] [data-testid="apply-fix"]'));
    expect(titleInput(m.root).value).toBe('Garlic Press Stainless');
    expect(checkStatuses(m.root)['test.special-chars']).toBe('pass');
    expect(m.root.querySelector('[data-slot="title"] [data-testid="apply-fix"]')).toBeNull();
    await m.model.flush();
    await settle(10);
    expect((await m.db.draftHistory.toArray()).map((h) => h.draft.title)).toEqual(['Garlic Press!! Stainless', 'Garlic Press Stainless']);
  });

  it('shows each check’s Chinese message in a Chinese UI', async () => {
    m = mountWorkbench({ i18n: i18nFor('zh_CN') });
    await typeInto(titleInput(m.root), '压蒜器!');
    const bang = q(m.root, '[data-slot="title"] [data-rule="test.special-chars"]');
    expect(bang.textContent).toContain('不得使用 ! 等特殊字符');
    expect(bang.textContent).toContain('修改建议： 删除 !');
    expect(bang.textContent).not.toContain('No special characters');
  });

  it('shows a title holding markup as text: no element is created from it', async () => {
    m = mountWorkbench();
    await typeInto(titleInput(m.root), `${HOSTILE}!`);
    expect(m.root.querySelector('img, script')).toBeNull();
    expect(document.body.dataset.pwned).toBeUndefined();
    expect(q(m.root, '[data-testid="title-highlights"]').textContent).toBe(`${HOSTILE}!\u200b`);
    // The "!" is past 60 characters: both the length warning and the character failure cover it.
    expect(titleMarks(m.root).at(-1)).toBe('!|fail|test.special-chars test.length');
  });

  it('shows Amazon’s five bullets and search terms, JD’s short title, Taobao’s title only', async () => {
    m = mountWorkbench();
    const slots = () => [...m!.root.querySelectorAll('.draft-field')].map((el) => el.getAttribute('data-slot'));
    expect(slots()).toEqual(['title', 'bullet0', 'bullet1', 'bullet2', 'bullet3', 'bullet4', 'searchTerms']);
    await act(() => m!.model.setMarketplace('jd'));
    expect(slots()).toEqual(['title', 'shortTitle']);
    await act(() => m!.model.setMarketplace('taobao'));
    expect(slots()).toEqual(['title']);
  });

  it('scores a bullet as it is typed, on its own', async () => {
    m = mountWorkbench();
    await typeInto(q<HTMLTextAreaElement>(m.root, '#draft-bullet1'), 'Best Seller quality!');
    expect(q(m.root, '[data-testid="field-score"][data-slot="bullet1"]').dataset.value).toBe('20');
    expect(q(m.root, '[data-testid="title-score"]').dataset.value).toBe('100');
    expect(m.model.draft.value.bullets[1]).toBe('Best Seller quality!');
  });
});

describe('workbench: keywords', () => {
  async function addTyped(text: string) {
    const input = q<HTMLInputElement>(m!.root, '.kw-entry input[type="text"]');
    await typeInto(input, text);
    await act(() => q<HTMLFormElement>(m!.root, '.kw-entry').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  }
  const items = () => [...m!.root.querySelectorAll('[data-keyword]')].map((li) => `${li.getAttribute('data-keyword')}:${li.getAttribute('data-present')}`);

  it('crosses keywords off as the title uses them, with front-loaded and stuffed', async () => {
    m = mountWorkbench();
    await addTyped('garlic press, stainless steel，dishwasher safe');
    expect(items()).toEqual(['garlic press:false', 'stainless steel:false', 'dishwasher safe:false']);
    await typeInto(titleInput(m.root), 'Garlic Press in Stainless Steel');
    expect(items()).toEqual(['garlic press:true', 'stainless steel:true', 'dishwasher safe:false']);
    expect(q(m.root, '[data-testid="keywords-used"]').dataset.value).toBe('2');
    expect(q(m.root, '[data-keyword="garlic press"]').className).toContain('kw-used');
    expect(q(m.root, '[data-keyword="garlic press"]').dataset.frontLoaded).toBe('true');
    expect(q(m.root, '[data-keyword="stainless steel"]').dataset.frontLoaded).toBe('false');
    await typeInto(titleInput(m.root), 'garlic press garlic press garlic press');
    expect(q(m.root, '[data-keyword="garlic press"]').dataset.stuffed).toBe('true');
    expect(q(m.root, '[data-keyword="garlic press"]').textContent).toContain('stuffed');
    // Keywords used are underlined in the editor too.
    expect(titleMarks(m.root)[0]).toBe('garlic press|keyword|keyword:garlic press');
  });

  it('takes a pasted list whole and skips terms already listed (any case, any width)', async () => {
    m = mountWorkbench();
    await addTyped('Garlic Press');
    const input = q<HTMLInputElement>(m.root, '.kw-entry input[type="text"]');
    const paste = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent;
    Object.defineProperty(paste, 'clipboardData', { value: { getData: () => 'garlic press\nＧＡＲＬＩＣ ＰＲＥＳＳ\r\ngarlic crusher\tmincer\n' } });
    await act(() => input.dispatchEvent(paste));
    expect(paste.defaultPrevented).toBe(true);
    expect(items()).toEqual(['Garlic Press:false', 'garlic crusher:false', 'mincer:false']);
    // The pasted copies of one term count once; that one was already listed.
    expect(m.root.querySelector('.keywords [role="status"]')?.textContent).toBe('Added 2 (1 already listed).');
  });

  it('leaves out pasted cells that look like spreadsheet formulas, and says so', async () => {
    m = mountWorkbench();
    await addTyped('=HYPERLINK("http://x"),mincer');
    expect(items()).toEqual(['mincer:false']);
    expect(m.root.querySelector('.keywords [role="status"]')?.textContent).toBe(
      'Added 1 (0 already listed). Left out 1 that look like spreadsheet formulas or run over 200 characters.',
    );
  });

  it('imports a CSV file (UTF-8 or a GBK export) into the list', async () => {
    m = mountWorkbench();
    const gbk = new Uint8Array([0xd1, 0xb9, 0xcb, 0xe2, 0xc6, 0xf7, 0x0a, 0xb2, 0xbb, 0xd0, 0xe2, 0xb8, 0xd6]); // 压蒜器\n不锈钢 in GBK
    const input = q<HTMLInputElement>(m.root, '[data-testid="keyword-file"]');
    Object.defineProperty(input, 'files', { value: [new File([gbk], 'keywords.csv', { type: 'text/csv' })], configurable: true });
    await act(() => input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle(10);
    expect(items()).toEqual(['压蒜器:false', '不锈钢:false']);
    expect(m.root.querySelector('.keywords [role="status"]')?.textContent).toBe('Imported 2 new keywords from keywords.csv.');
  });

  it('removes a keyword with its × button', async () => {
    m = mountWorkbench();
    await addTyped('a1, b2');
    await click(m.root.querySelector('[data-keyword="a1"] .kw-remove'));
    expect(items()).toEqual(['b2:false']);
  });
});

describe('workbench: competitors and suggestions', () => {
  const search = searchRead({
    results: [
      { position: 1, id: 'B000000001', title: 'Garlic Press Rocker Stainless', sponsored: true },
      { position: 2, id: 'B000000002', title: `Garlic Press Rocker ${HOSTILE}`, sponsored: false },
      { position: 3, id: 'B000000003', title: 'Best Seller Garlic Mincer!', sponsored: false },
    ],
  });

  it('scores the search’s top titles beside the draft, hostile titles shown as text', async () => {
    m = mountWorkbench({ read: search });
    await typeInto(titleInput(m.root), 'Garlic Press');
    const rows = [...m.root.querySelectorAll('[data-testid="competitor"]')];
    expect(rows.map((r) => [r.getAttribute('data-id'), r.getAttribute('data-score')])).toEqual([
      ['B000000001', '100'],
      ['B000000002', '90'], // the long hostile title warns on length
      ['B000000003', '20'],
    ]);
    expect(rows[1]!.querySelector('.cmp-title')?.textContent).toBe(`Garlic Press Rocker ${HOSTILE}`);
    expect(rows[2]!.textContent).toContain('Search #3');
    expect(rows[2]!.textContent).toContain('2 failing · 0 warnings');
    expect(m.root.querySelector('.competitors img, .competitors script')).toBeNull();
    expect(q(m.root, '.cmp-own').dataset.score).toBe('100');
  });

  it('adds a suggestion to the keywords in one click, and then stops suggesting it', async () => {
    m = mountWorkbench({ read: search });
    const terms = () => [...m!.root.querySelectorAll('[data-suggestion]')].map((el) => el.getAttribute('data-suggestion'));
    await settle(5);
    expect(terms().slice(0, 2)).toEqual(['garlic', 'press']);
    await typeInto(titleInput(m.root), 'Garlic Press');
    // Suggestions follow the title when the browser is idle (mining is slower than scoring).
    await vi.waitFor(async () => {
      await settle(5);
      expect(terms()[0]).toBe('rocker');
    });
    expect(terms()).toContain('<img'); // page text, offered as text
    await click(m.root.querySelector('[data-suggestion="rocker"] button'));
    expect(m.model.draft.value.keywords).toEqual(['rocker']);
    expect(terms()).not.toContain('rocker');
    expect(q(m.root, '[data-keyword="rocker"]').dataset.present).toBe('false');
    expect(m.root.querySelector('.suggestions img')).toBeNull();
  });

  it('scores the live product page beside the draft', async () => {
    m = mountWorkbench({ read: productRead({}, { title: 'Anker Portable Charger Best Seller' }) });
    await settle();
    const live = q(m.root, '[data-testid="competitor"][data-source="page"]');
    expect(live.dataset.score).toBe('60');
    expect(live.textContent).toContain('This page (live)');
  });
});

describe('workbench: drafts', () => {
  it('starts a draft from the product page with its title, brand and bullets, and saves it with a version', async () => {
    const read = productRead({}, { brand: 'Anker', bullets: ['Compact', 'Fast', `Safe ${HOSTILE}`] });
    m = mountWorkbench({ read });
    await click(q(m.root, '[data-testid="start-from-page"]'));
    expect(titleInput(m.root).value).toBe(read.product!.title);
    expect(q<HTMLTextAreaElement>(m.root, '#draft-bullet2').value).toBe(`Safe ${HOSTILE}`);
    expect(m.model.draft.value).toMatchObject({ brand: 'Anker', productId: 'B0BYNZ6B6Y', marketplace: 'amazon' });
    await m.model.flush();
    await settle(10);
    expect(m.saves).toEqual([{ title: read.product!.title, checkpoint: true }]);
    expect(await m.db.drafts.count()).toBe(1);
    expect(await m.db.draftHistory.count()).toBe(1);
    expect(q(m.root, '[data-testid="save-state"]').dataset.value).toBe('saved');
    expect(m.root.querySelector('img, script')).toBeNull();
  });

  it('cannot start from a page that is not a product page', async () => {
    m = mountWorkbench({ read: searchRead() });
    expect(q<HTMLButtonElement>(m.root, '[data-testid="start-from-page"]').disabled).toBe(true);
  });

  it('saves once after a pause in typing, not per keystroke', async () => {
    m = mountWorkbench();
    for (const t of ['G', 'Ga', 'Gar', 'Garl']) await typeInto(titleInput(m.root), t);
    expect(m.saves).toEqual([]);
    await settle(60);
    await m.model.flush();
    expect(m.saves).toEqual([{ title: 'Garl', checkpoint: false }]);
  });

  it('opens the newest stored draft when the panel opens, and switches drafts from the menu', async () => {
    m = mountWorkbench();
    await typeInto(titleInput(m.root), 'First draft');
    await m.model.flush();
    await act(() => m!.model.newDraft());
    await typeInto(titleInput(m.root), 'Second draft');
    await m.model.flush();
    await settle(10);
    const db = m.db;
    m.model.stop();
    const again = mountWorkbench({ db });
    await vi.waitFor(async () => {
      await settle(5);
      expect(titleInput(again.root).value).toBe('Second draft');
    });
    const select = q<HTMLSelectElement>(again.root, '[data-testid="draft-select"]');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Second draft · Amazon', 'First draft · Amazon']);
    await act(async () => {
      select.value = select.options[1]!.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () => {
      await settle(5);
      expect(titleInput(again.root).value).toBe('First draft');
    });
    again.cleanup();
  });

  it('deletes a draft only after a second confirming click', async () => {
    m = mountWorkbench();
    await typeInto(titleInput(m.root), 'Doomed');
    await m.model.flush();
    await settle(10);
    await click([...m.root.querySelectorAll('.draft-bar button')].find((b) => b.textContent === 'Delete draft'));
    expect(await m.db.drafts.count()).toBe(1);
    await click(q(m.root, '[data-testid="confirm-delete"]'));
    await vi.waitFor(async () => expect(await m!.db.drafts.count()).toBe(0));
    await vi.waitFor(async () => {
      await settle(5);
      expect(titleInput(m!.root).value).toBe('');
    });
  });

  it('restores an earlier version from the history', async () => {
    m = mountWorkbench();
    await typeInto(titleInput(m.root), 'Version one');
    await m.model.flush();
    await typeInto(titleInput(m.root), 'Version two');
    await act(() => m!.model.checkpoint());
    await m.model.flush();
    await settle(10);
    const restore = [...m.root.querySelectorAll('.history-entry')].find((li) => li.textContent?.includes('Version one'))?.querySelector('button');
    await click(restore);
    await vi.waitFor(() => expect(titleInput(m!.root).value).toBe('Version one'));
    await m.model.flush();
    // The restored text is itself a version (the newest), so restoring can be undone too.
    await vi.waitFor(async () => {
      await settle(5);
      expect(q(m!.root, '[data-testid="history"]').dataset.value).toBe('3');
    });
    expect(m.root.querySelector('.history-entry .history-title')?.textContent).toBe('Version one');
  });

  it('shows a save the background could not write, keeps the text and saves it with the next edit', async () => {
    m = mountWorkbench();
    const refuse = () => {
      throw new Error('QuotaExceededError');
    };
    m.db.drafts.hook('creating', refuse);
    await typeInto(titleInput(m.root), 'Kept');
    await m.model.flush();
    await settle(10);
    const state = q(m.root, '[data-testid="save-state"]');
    expect(state.dataset.value).toBe('error');
    expect(state.getAttribute('role')).toBe('alert');
    expect(state.textContent).toContain('QuotaExceededError');
    expect(titleInput(m.root).value).toBe('Kept');
    m.db.drafts.hook('creating').unsubscribe(refuse);
    await typeInto(titleInput(m.root), 'Kept!');
    await m.model.flush();
    await settle(10);
    expect(q(m.root, '[data-testid="save-state"]').dataset.value).toBe('saved');
    expect((await m.db.drafts.get(m.model.draft.value.id))?.title).toBe('Kept!');
  });

  it('caps keywords at what a draft holds, so the save still passes validation', async () => {
    m = mountWorkbench();
    await act(() => m!.model.addKeywords(Array.from({ length: 501 }, (_, i) => `k${i}`)));
    expect(m.model.draft.value.keywords).toHaveLength(500);
    await m.model.flush();
    await settle(10);
    expect(q(m.root, '[data-testid="save-state"]').dataset.value).toBe('saved');
  });
});

describe('workbench: copy', () => {
  it('copies the title and shows that it did', async () => {
    m = mountWorkbench();
    await typeInto(titleInput(m.root), 'Garlic Press');
    await click(q(m.root, '[data-testid="copy-title"]'));
    expect(m.copy).toHaveBeenCalledWith('Garlic Press');
    expect(q(m.root, '[data-testid="copy-status"]').dataset.value).toBe('copied');
    expect(q(m.root, '[data-testid="copy-status"]').textContent).toBe('Title copied to the clipboard');
  });

  it('copies every filled field under its label', async () => {
    m = mountWorkbench();
    await typeInto(titleInput(m.root), 'Garlic Press');
    await typeInto(q<HTMLTextAreaElement>(m.root, '#draft-bullet0'), 'Crushes unpeeled cloves');
    await typeInto(q<HTMLTextAreaElement>(m.root, '#draft-searchTerms'), 'mincer crusher');
    await click(q(m.root, '[data-testid="copy-all"]'));
    expect(m.copy).toHaveBeenCalledWith('Title\nGarlic Press\n\nBullet point 1\nCrushes unpeeled cloves\n\nSearch terms (backend keywords)\nmincer crusher');
  });

  it('says so when the clipboard refuses', async () => {
    m = mountWorkbench();
    m.copy.mockRejectedValueOnce(new Error('Document is not focused.'));
    await click(q(m.root, '[data-testid="copy-title"]'));
    expect(q(m.root, '[data-testid="copy-status"]').textContent).toBe('Copy failed: Document is not focused.');
  });
});

describe('allFieldsText', () => {
  it('labels fields in the UI language and leaves empty ones out', () => {
    const t = createTranslator(MESSAGES.zh_CN);
    const draft = { id: 'd', marketplace: 'jd' as const, name: '', title: '电热水壶', bullets: [], searchTerms: '', shortTitle: '大容量', keywords: [], updatedAt: 0 };
    expect(allFieldsText(draft, t)).toBe('标题\n电热水壶\n\n短标题\n大容量');
    expect(slotsFor('tmall').map((s) => s.key)).toEqual(['title']);
  });
});

async function act(fn: () => unknown): Promise<void> {
  const { act: preactAct } = await import('preact/test-utils');
  await preactAct(async () => {
    await fn();
  });
}
