// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { FabeAnalyses } from '../../entrypoints/sidepanel/fabe-state';
import { FabeTableSchema, GapMatrixSchema, type FabeTable } from '../../lib/schema';
import { productRead } from '../db/fixtures/sample-reads';
import { csvObjects } from '../cli/parse-csv';
import { click, mountFabe, type MountedFabe } from './fabe-harness';
import { i18nFor } from './render';

/**
 * A long product in the FABE view: the first statements of a part, the strongest chains, a
 * chain's first steps and chips and the most shared gap-matrix themes show, each list with
 * "Show n more" (components/fabe/show-more.tsx); the exports still hold everything. The
 * numbers below are this file's own table: 40 F and 3 A statements, 12 chains (the
 * strongest with 5 features and 6 chips, the sixth contradicting it), 25 themes.
 */

let m: MountedFabe | undefined;
afterEach(() => {
  m?.cleanup();
  m = undefined;
  document.body.replaceChildren();
});

const F_COUNT = 40;
const stmt = (id: string, part: 'F' | 'A', index: number) => ({ id, text: `Statement ${id} about part ${part}`, lang: 'en', source: { origin: 'bullet', index }, part, confidence: 0.5 });

function longTable(): FabeTable {
  const statements = [
    ...Array.from({ length: F_COUNT }, (_, i) => stmt(`f${i}`, 'F', i)),
    ...Array.from({ length: 3 }, (_, i) => stmt(`a${i}`, 'A', F_COUNT + i)),
  ];
  const evidence = Array.from({ length: 6 }, (_, i) => ({ kind: 'number', text: `chip ${i}`, stance: i === 5 ? 'contradicts' : 'supports' }));
  const chains = Array.from({ length: 12 }, (_, i) => ({
    id: `c${i}`,
    theme: `theme ${i}`,
    features: i === 0 ? ['f0', 'f1', 'f2', 'f3', 'f4'] : [`f${i + 5}`],
    advantages: i === 0 ? ['a0'] : [],
    benefits: [],
    evidence: i === 0 ? evidence : [],
    unsupported: i !== 0,
    // Strongest first in the view: chain 0, then 1, 2, …
    strength: 20 - i,
  }));
  return FabeTableSchema.parse({ marketplace: 'amazon', productId: 'B0LONGFABE', title: 'A long listing', lang: 'en', statements, chains });
}

const THEMES = Array.from({ length: 25 }, (_, i) => `gap theme ${i}`);
const analyses: FabeAnalyses = {
  buildFabeTable: () => longTable(),
  gapMatrix: (mine) =>
    GapMatrixSchema.parse({
      themes: THEMES,
      products: [{ productId: mine.productId, mine: true, claims: Object.fromEntries(THEMES.map((t) => [t, ['F']])) }],
      missingFromMine: [],
      onlyMine: THEMES,
    }),
  sellingPointDrafts: () => [],
};

const read = () => productRead({ url: 'https://www.amazon.com/dp/B0LONGFABE', readAt: '2026-11-27T08:00:00.000Z' }, { id: 'B0LONGFABE', title: 'A long listing', bullets: ['One bullet'] });
const q = (root: ParentNode, sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel));
const group = (part: string) => m!.root.querySelector<HTMLElement>(`.fabe-groups [data-testid="fabe-group"][data-part="${part}"]`)!;
const button = (root: ParentNode, what: string) => root.querySelector<HTMLElement>(`[data-testid="show-more"][data-what="${what}"]`);

describe('FABE view: long lists show their first items and "Show n more"', () => {
  it('a part with 40 statements shows 25 and says how many more; the button shows all, then fewer', async () => {
    m = mountFabe({ read: read(), analyses });
    const f = group('F');
    expect(f.dataset.count).toBe(String(F_COUNT));
    expect(q(f, '[data-testid="statement"]').map((s) => s.dataset.statementId)).toEqual(Array.from({ length: 25 }, (_, i) => `f${i}`));
    const more = button(f, 'statements')!;
    expect([more.textContent, more.dataset.hidden, more.getAttribute('aria-expanded')]).toEqual(['Show 15 more', '15', 'false']);
    await click(more);
    expect(q(f, '[data-testid="statement"]')).toHaveLength(F_COUNT);
    expect([button(f, 'statements')!.textContent, button(f, 'statements')!.getAttribute('aria-expanded')]).toEqual(['Show fewer', 'true']);
    await click(button(f, 'statements'));
    expect(q(f, '[data-testid="statement"]')).toHaveLength(25);
    // A short part has no button.
    expect(q(group('A'), '[data-testid="statement"]')).toHaveLength(3);
    expect(button(group('A'), 'statements')).toBeNull();
  });

  it('shows the ten strongest chains of twelve, then all', async () => {
    m = mountFabe({ read: read(), analyses });
    const themes = () => q(m!.root, '[data-testid="chain"]').map((c) => c.dataset.theme);
    expect(themes()).toEqual(Array.from({ length: 10 }, (_, i) => `theme ${i}`));
    expect(button(m.root.querySelector('.fabe-section')!, 'chains')?.dataset.hidden).toBe('2');
    await click(button(m.root, 'chains'));
    expect(themes()).toHaveLength(12);
  });

  it('a chain shows three statements per step and four chips, and never hides the chip that contradicts it', async () => {
    m = mountFabe({ read: read(), analyses });
    const chain = m.root.querySelector<HTMLElement>('[data-testid="chain"][data-chain-id="c0"]')!;
    const step = (part: string) => q(chain, `.fabe-step[data-part="${part}"] [data-testid="statement"]`).map((s) => s.dataset.statementId);
    expect(step('F')).toEqual(['f0', 'f1', 'f2']);
    expect(step('A')).toEqual(['a0']);
    expect(q(chain, '[data-testid="evidence"]').map((e) => e.querySelector('.chip-text')!.textContent)).toEqual(['chip 0', 'chip 1', 'chip 2', 'chip 3', 'chip 5']);
    expect(chain.dataset.contradicted).toBe('true');
    // Hidden: f3, f4 and chip 4.
    expect(button(chain, 'chain')?.textContent).toBe('Show 3 more');
    await click(button(chain, 'chain'));
    expect(step('F')).toEqual(['f0', 'f1', 'f2', 'f3', 'f4']);
    expect(q(chain, '[data-testid="evidence"]')).toHaveLength(6);
  });

  it('the gap matrix shows the 20 most shared themes of 25 as columns, then all', async () => {
    m = mountFabe({ read: read(), analyses });
    const matrix = () => m!.root.querySelector<HTMLElement>('[data-testid="gap-matrix"]')!;
    expect(matrix().dataset.themes).toBe('25');
    expect(q(matrix(), 'thead th[data-theme]').map((th) => th.dataset.theme)).toEqual(THEMES.slice(0, 20));
    expect(q(matrix(), 'tbody td')).toHaveLength(20);
    expect(button(m.root, 'themes')?.dataset.hidden).toBe('5');
    await click(button(m.root, 'themes'));
    expect(q(matrix(), 'thead th[data-theme]')).toHaveLength(25);
    // The lists under the matrix were whole all along.
    expect(m.root.querySelector('[data-testid="gap-only-mine"]')?.getAttribute('data-count')).toBe('25');
  });

  it('the table CSV holds every statement and chip, shown or not', async () => {
    m = mountFabe({ read: read(), analyses });
    await click(m.root.querySelector('[data-testid="download-table-csv"]'));
    const [, text] = m.download.mock.calls[0]!;
    const table = longTable();
    const want = [...table.statements.map((s) => s.text), ...table.chains.flatMap((c) => c.evidence.map((e) => e.text))];
    expect(csvObjects(text).map((r) => r.text).sort()).toEqual(want.sort());
  });

  it('says it in Chinese', () => {
    m = mountFabe({ read: read(), analyses, i18n: i18nFor('zh_CN') });
    expect(button(group('F'), 'statements')?.textContent).toBe('再显示 15 项');
  });
});
