// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { searchRead } from '../db/fixtures/sample-reads';
import { i18nFor } from './render';
import { click, mountWorkbench, q, settle, titleInput, typeInto, type Mounted } from './workbench-harness';

/**
 * A/B drafts in the workbench, over the real model, message dispatch and a fake IndexedDB.
 * Scores come from the harness's predictable rules: "!" fails test.special-chars (0/10),
 * "best seller" fails test.promo (0/10), over 60 characters warns test.length (2.5/5);
 * score = round(100 × earned / 25). Keyword coverage: case-insensitive substring, at the
 * front when it starts before offset 10.
 */

const HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1">';
let m: Mounted | undefined;
afterEach(() => {
  m?.cleanup();
  m = undefined;
});

/** Saves `titles` as drafts one after another (the last stays open), with `keywords` on the last. */
async function withDrafts(titles: string[], options: Parameters<typeof mountWorkbench>[0] = {}, keywords: string[] = []): Promise<Mounted> {
  const mounted = mountWorkbench(options);
  for (const [i, title] of titles.entries()) {
    if (i > 0) mounted.model.newDraft();
    await typeInto(titleInput(mounted.root), title);
    await mounted.model.flush();
  }
  if (keywords.length) mounted.model.addKeywords(keywords);
  await mounted.model.flush();
  await settle(10);
  return mounted;
}

/** Opens the comparison and waits (liveQuery answers on its own time) until it shows a result or the empty state. */
async function openCompare(root: HTMLElement): Promise<void> {
  await click(q(root, '[data-testid="ab-toggle"]'));
  for (let i = 0; i < 100 && !root.querySelector('[data-testid="ab-result"], [data-testid="ab-empty"]'); i++) await settle(10);
}

const fieldRow = (root: ParentNode, slot = 'title') => q(root, `[data-testid="ab-field"][data-slot="${slot}"]`);
const ruleRows = (root: ParentNode, slot = 'title') =>
  [...fieldRow(root, slot).querySelectorAll('tr[data-rule]')].map((tr) => `${tr.getAttribute('data-rule')}: ${tr.getAttribute('data-status-a')} – ${tr.getAttribute('data-status-b')} → ${tr.getAttribute('data-winner')}`);

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  await settle();
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(10);
}

describe('A/B drafts: comparing', () => {
  it('is closed until asked, then compares the open draft (A) with the one saved before it (B)', async () => {
    m = await withDrafts(['Garlic Press Best Seller!', 'Garlic Press Stainless'], {}, ['garlic press', 'stainless']);
    const toggle = q(m.root, '[data-testid="ab-toggle"]');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(m.root.querySelector('[data-testid="ab-result"]')).toBeNull();
    await openCompare(m.root);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const result = q(m.root, '[data-testid="ab-result"]');
    expect([result.dataset.a, result.dataset.b]).toEqual(['draft-2', 'draft-1']);
    // A passes all three rules: 25/25. B fails "!" and "best seller": 5/25 = 20.
    expect([fieldRow(m.root).dataset.scoreA, fieldRow(m.root).dataset.scoreB, fieldRow(m.root).dataset.verdict]).toEqual(['100', '20', 'a']);
    expect(q(fieldRow(m.root), '[data-testid="ab-verdict"]').textContent).toBe('A better by 80');
    // Empty bullets and search terms in both drafts are not compared.
    expect([...m.root.querySelectorAll('[data-testid="ab-field"]')].map((f) => f.getAttribute('data-slot'))).toEqual(['title']);
    expect(q(m.root, '[data-testid="ab-wins"]').textContent).toBe('A is better in 1 fields, B in 0, 0 tied.');
  });

  it('marks the better side of each rule by colour and by a word; equal rules fold away', async () => {
    m = await withDrafts(['Garlic Press Best Seller!', 'Garlic Press Stainless']);
    await openCompare(m.root);
    expect(ruleRows(m.root)).toEqual(['test.special-chars: pass – fail → a', 'test.promo: pass – fail → a', 'test.length: pass – pass → tie']);
    const bang = q(fieldRow(m.root), 'tr[data-rule="test.special-chars"]');
    const [cellA, cellB] = [q(bang, 'td[data-side="a"]'), q(bang, 'td[data-side="b"]')];
    expect(cellA.classList.contains('ab-win')).toBe(true);
    expect(cellA.textContent).toBe('✓ Pass 10/10(better)'); // the gap before the marker is CSS: no space in Chinese
    expect(cellB.classList.contains('ab-win')).toBe(false);
    expect(cellB.textContent).toBe('✕ Fail 0/10');
    // The loser's message says what to fix.
    expect(bang.querySelector('th')?.textContent).toBe('No special characters such as !test.special-chars');
    expect(q(fieldRow(m.root), '.ab-same summary').textContent).toBe('1 rules with the same result');
    expect(fieldRow(m.root).querySelector('.ab-same tr[data-rule="test.length"] .ab-win')).toBeNull();
  });

  it('lists the union of both drafts’ keywords with which title has each, and where', async () => {
    m = await withDrafts(['Garlic Press Best Seller!', 'Garlic Press Stainless'], {}, ['garlic press', 'stainless']);
    await openCompare(m.root);
    const rows = [...m.root.querySelectorAll('[data-testid="ab-keywords"] tr[data-keyword]')].map((tr) => [
      tr.getAttribute('data-keyword'),
      tr.querySelector('td[data-side="a"]')?.textContent,
      tr.querySelector('td[data-side="b"]')?.textContent,
      tr.getAttribute('data-winner'),
    ]);
    // "garlic press" starts at 0 in both (front); "stainless" at 13 in A only.
    expect(rows).toEqual([
      ['garlic press', '✓ Yes · front', '✓ Yes · front', 'tie'],
      ['stainless', '✓ Yes(better)', '✕ No', 'a'],
    ]);
    expect(q(m.root, '[data-testid="ab-compare"]').textContent).toContain('No competitor titles yet');
  });

  it('looks up the terms mined from the open search page in both titles', async () => {
    // Fake mining: words over 3 letters by how many titles use them — portable and charger 2, the rest 1.
    m = await withDrafts(['Power Bank 10000mAh', 'Portable Charger 10000mAh'], { read: searchRead() });
    await openCompare(m.root);
    const rows = [...m.root.querySelectorAll('[data-testid="ab-terms"] tr[data-term]')].map((tr) => `${tr.getAttribute('data-term')} ${tr.querySelector('td[data-side="a"]')?.getAttribute('data-has')}/${tr.querySelector('td[data-side="b"]')?.getAttribute('data-has')} ${tr.getAttribute('data-winner')}`);
    expect(rows).toEqual(['portable true/false a', 'charger true/false a', 'anker false/false tie', 'iniu false/false tie', 'baseus false/false tie', 'power false/true b', 'bank false/true b']);
    expect(q(m.root, '[data-testid="ab-terms"] tr[data-term="portable"] th').textContent).toBe('portable 2 competitors');
  });

  it('uses the real title rules in the panel: the hand-worked Amazon pair', async () => {
    // As in tests/analyses/title/compare-drafts.test.ts: the clean title passes all 118
    // points; "!!" (0/15), "Best Seller" (0/15) and the missing "silicone peeler" (5/10) leave 83/118 = 70.
    m = await withDrafts(['Garlic Press!! Best Seller Stainless Steel Mincer', 'Garlic Press Stainless Steel Mincer with Silicone Peeler'], { analyses: 'real' }, [
      'garlic press',
      'stainless steel',
      'silicone peeler',
    ]);
    await openCompare(m.root);
    expect([fieldRow(m.root).dataset.scoreA, fieldRow(m.root).dataset.scoreB]).toEqual(['100', '70']);
    expect(ruleRows(m.root).filter((r) => !r.endsWith('tie'))).toEqual([
      'amazon.banned-chars: pass – fail → a',
      'amazon.promo: pass – fail → a',
      'keywords.missing: pass – warn → a',
    ]);
  });

  it('rescores A as it is typed while the comparison is open', async () => {
    m = await withDrafts(['Garlic Press Best Seller!', 'Garlic Press Stainless']);
    await openCompare(m.root);
    await typeInto(titleInput(m.root), 'Garlic Press Stainless!');
    expect([fieldRow(m.root).dataset.scoreA, fieldRow(m.root).dataset.scoreB]).toEqual(['60', '20']);
  });
});

describe('A/B drafts: picking and using', () => {
  it('opens B in the editor with "Use B", keeping the sides as they were', async () => {
    m = await withDrafts(['Garlic Press Best Seller!', 'Garlic Press Stainless']);
    await openCompare(m.root);
    expect(q<HTMLButtonElement>(m.root, '[data-testid="ab-use-a"]').disabled).toBe(true);
    await click(q(m.root, '[data-testid="ab-use-b"]'));
    await settle(10);
    expect(titleInput(m.root).value).toBe('Garlic Press Best Seller!');
    const result = q(m.root, '[data-testid="ab-result"]');
    expect([result.dataset.a, result.dataset.b]).toEqual(['draft-2', 'draft-1']);
    expect(q<HTMLButtonElement>(m.root, '[data-testid="ab-use-b"]').disabled).toBe(true);
    expect(q<HTMLButtonElement>(m.root, '[data-testid="ab-use-a"]').disabled).toBe(false);
  });

  it('swaps the sides when A is set to B’s draft, and compares a third draft when picked', async () => {
    m = await withDrafts(['Garlic Press!', 'Garlic Press Best Seller!', 'Garlic Press Stainless']);
    await openCompare(m.root);
    const pickA = q<HTMLSelectElement>(m.root, '[data-testid="ab-pick-a"]');
    // Newest first; the open draft is labelled as such.
    expect([...pickA.options].map((o) => o.value)).toEqual(['draft-3', 'draft-2', 'draft-1']);
    expect(pickA.options[0]!.textContent).toMatch(/^Garlic Press Stainless · .+ \(open now\)$/);
    await choose(pickA, 'draft-2');
    let result = q(m.root, '[data-testid="ab-result"]');
    expect([result.dataset.a, result.dataset.b]).toEqual(['draft-2', 'draft-3']);
    await choose(q<HTMLSelectElement>(m.root, '[data-testid="ab-pick-b"]'), 'draft-1');
    result = q(m.root, '[data-testid="ab-result"]');
    expect([result.dataset.a, result.dataset.b]).toEqual(['draft-2', 'draft-1']);
    // Best seller and "!" (A, 5/25 = 20) against "!" only (B, 15/25 = 60).
    expect([fieldRow(m.root).dataset.scoreA, fieldRow(m.root).dataset.scoreB, fieldRow(m.root).dataset.verdict]).toEqual(['20', '60', 'b']);
    expect(q(fieldRow(m.root), '[data-testid="ab-verdict"]').textContent).toBe('B better by 40');
  });

  it('offers only drafts of the same marketplace', async () => {
    m = await withDrafts(['Garlic Press!', '禾木保温杯', 'Garlic Press Stainless']);
    await m.model.openDraft('draft-2');
    m.model.setMarketplace('jd');
    await m.model.flush();
    await m.model.openDraft('draft-3');
    await settle(10);
    await openCompare(m.root);
    expect([...q<HTMLSelectElement>(m.root, '[data-testid="ab-pick-a"]').options].map((o) => o.value)).toEqual(['draft-3', 'draft-1']);
  });
});

describe('A/B drafts: empty state, languages and page text', () => {
  it.each([
    ['en', 'Save a second draft to compare.'],
    ['zh_CN', '再保存一个草稿即可对比。'],
  ] as const)('asks for a second draft when only one is saved (%s)', async (folder, text) => {
    m = await withDrafts(['Garlic Press'], { i18n: i18nFor(folder) });
    await openCompare(m.root);
    expect(q(m.root, '[data-testid="ab-empty"]').textContent).toBe(text);
    expect(m.root.querySelector('[data-testid="ab-pick-a"]')).toBeNull();
  });

  it('speaks Chinese in a Chinese UI', async () => {
    m = await withDrafts(['Garlic Press Best Seller!', 'Garlic Press Stainless'], { i18n: i18nFor('zh_CN') }, ['stainless']);
    expect(q(m.root, '[data-testid="ab-toggle"]').textContent).toBe('▸ 对比草稿');
    await openCompare(m.root);
    expect(q(fieldRow(m.root), '[data-testid="ab-verdict"]').textContent).toBe('A 高 80 分');
    expect(q(m.root, '[data-testid="ab-wins"]').textContent).toBe('A 有 1 个字段更好，B 有 0 个，0 个持平。');
    const bang = q(fieldRow(m.root), 'tr[data-rule="test.special-chars"]');
    expect(bang.querySelector('td[data-side="a"]')?.textContent).toBe('✓ 通过 10/10（更好）');
    expect(bang.querySelector('th')?.textContent).toContain('不得使用 ! 等特殊字符');
    expect(q(m.root, '[data-testid="ab-keywords"] tr[data-keyword="stainless"] td[data-side="b"]').textContent).toBe('✕ 无');
    expect(q(m.root, '[data-testid="ab-use-b"]').textContent).toBe('使用 B');
  });

  it('shows draft text holding markup as text', async () => {
    m = await withDrafts([`${HOSTILE}!`, 'Garlic Press'], {}, [HOSTILE]);
    await openCompare(m.root);
    expect(m.root.querySelector('[data-testid="ab-compare"] img')).toBeNull();
    expect(document.body.dataset.pwned).toBeUndefined();
    expect(q(m.root, '[data-testid="ab-pick-b"]').textContent).toContain(HOSTILE);
    expect(q(m.root, '[data-testid="ab-keywords"] tr[data-keyword] th').textContent).toBe(HOSTILE);
  });
});
