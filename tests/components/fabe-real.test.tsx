// @vitest-environment happy-dom
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/cli/audit-file';
import { storePageRead } from '../../lib/db';
import type { PageRead } from '../../lib/schema';
import { searchRead } from '../db/fixtures/sample-reads';
import { csvObjects, parseCsv } from '../cli/parse-csv';
import { click, mountFabe, type MountedFabe } from './fabe-harness';
import { i18nFor } from './render';

/**
 * The FABE view on the real analyses (lib/analyses/fabe) and real reads of our own pages:
 * what the user would see for a travel mug with a competitor power bank from the open
 * search. Checks the contract the real-browser test relies on.
 */
const ROOT = join(import.meta.dirname, '../..');
const NOW = new Date('2026-11-26T08:00:00Z');
let mug: PageRead;
let bank: PageRead;
beforeAll(async () => {
  const read = async (path: string) => {
    const r = await auditFile(join(ROOT, path), { now: NOW });
    if (!r.ok) throw new Error(r.message);
    return r.read;
  };
  mug = await read('tests/fixtures/cli/fabe-mug.html');
  bank = await read('tests/fixtures/browser/amazon-power-bank.html');
});

let m: MountedFabe | undefined;
afterEach(() => {
  m?.cleanup();
  m = undefined;
});

const q = (root: ParentNode, sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function mountWithCompetitor(i18n = i18nFor('en')): Promise<MountedFabe> {
  const mounted = mountFabe({ read: mug, i18n });
  const search = searchRead({
    url: 'https://www.amazon.com/s?k=travel+mug',
    results: [
      { position: 1, id: 'B0CB1FW5FC', title: bank.product!.title!, sponsored: false },
      { position: 2, id: 'B0TESTFABE', title: mug.product!.title!, sponsored: false },
    ],
  });
  await storePageRead(mounted.db, 2, search, NOW);
  await storePageRead(mounted.db, 3, bank, NOW);
  return mounted;
}

describe('the FABE view on the real analyses', () => {
  it('shows statements of several parts, each pointing at the bullet it came from', async () => {
    m = await mountWithCompetitor();
    const statements = q(m.root, '.fabe-groups [data-testid="statement"]');
    const parts = new Set(statements.map((s) => s.dataset.part).filter((p) => p !== 'none'));
    expect(parts.size, [...parts].join(' ')).toBeGreaterThanOrEqual(3);
    const bullets = mug.product!.bullets!;
    const fromBullets = statements.filter((s) => s.dataset.origin === 'bullet');
    expect(fromBullets.length).toBeGreaterThanOrEqual(bullets.length);
    for (const s of fromBullets) {
      const i = Number(s.dataset.index);
      expect(norm(bullets[i] ?? ''), `statement ${s.dataset.statementId} names bullet ${i}`).toContain(norm(s.querySelector('.fabe-stmt-text')!.textContent!));
      expect(s.querySelector('[data-testid="statement-source"]')?.textContent).toBe(`Bullet ${i + 1}`);
    }
    expect(statements.some((s) => s.dataset.origin === 'review' && s.querySelector('[data-testid="statement-source"]')?.textContent === 'Review · 2026-01-20 · 1★')).toBe(true);
    expect(q(m.root, '[data-testid="chain"]').filter((c) => c.dataset.theme).length).toBeGreaterThan(0);
    // The description holds "<hot>": text, not an element.
    expect(m.root.querySelectorAll('hot, img, script')).toHaveLength(0);
  });

  it('compares with the opened search result in the gap matrix, the user’s product first', async () => {
    m = await mountWithCompetitor();
    const rows = () => q(m!.root, '[data-testid="gap-matrix"] tbody tr').map((r) => [r.dataset.productId, r.dataset.mine, r.dataset.source]);
    await expect.poll(rows).toEqual([
      ['B0TESTFABE', 'true', 'page'],
      ['B0CB1FW5FC', 'false', 'search'],
    ]);
    expect(Number(m.root.querySelector<HTMLElement>('[data-testid="gap-matrix"]')!.dataset.themes)).toBeGreaterThan(0);
    expect(m.root.querySelector('[data-testid="fabe-gap"]')?.getAttribute('data-status')).toBe('ok');
  });

  it('offers one-line selling points to copy', async () => {
    m = await mountWithCompetitor();
    const drafts = q(m.root, '[data-testid="selling-point"]');
    expect(drafts.length).toBeGreaterThan(0);
    const text = drafts[0]!.querySelector('.fabe-draft-text')!.textContent!;
    expect(text.trim()).not.toBe('');
    await click(drafts[0]!.querySelector('[data-testid="copy-selling-point"]'));
    expect(m.copy).toHaveBeenCalledWith(text);
  });

  it('exports the real table as a CSV a spreadsheet opens: BOM, every statement, the formula-looking bullet neutralised', async () => {
    m = await mountWithCompetitor();
    await click(m.root.querySelector('[data-testid="download-table-csv"]'));
    const [, text] = m.download.mock.calls[0]!;
    expect(parseCsv(text).bom).toBe(true);
    const rows = csvObjects(text);
    const shown = q(m.root, '.fabe-groups [data-testid="statement"] .fabe-stmt-text').map((e) => e.textContent!);
    const cells = new Set(rows.map((r) => (r.text ?? '').replace(/^'(?=[=+\-@])/, '')));
    for (const s of shown) expect(cells.has(s), s).toBe(true);
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(rows.some((r) => r.text?.includes('随时随地'))).toBe(true);
  });

  it('in Chinese: the same statements with Chinese labels', async () => {
    m = await mountWithCompetitor(i18nFor('zh_CN'));
    expect(m.root.querySelector('[data-testid="fabe-table"] h2')?.textContent).toBe('FABE 卖点表');
    const labels = q(m.root, '.fabe-groups [data-origin="bullet"] [data-testid="statement-source"]').map((e) => e.textContent);
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l).toMatch(/^要点 \d$/);
  });

  it('a listing with no bullet points or description: says so, and still shows what the title, specs and reviews give', () => {
    const bare: PageRead = { ...mug, product: { ...mug.product!, bullets: undefined, description: undefined } };
    m = mountFabe({ read: bare });
    expect(m.root.querySelector('[data-testid="fabe-thin"]')).not.toBeNull();
    expect(m.root.querySelector('[data-testid="fabe-table"]')?.getAttribute('data-status')).toBe('ok');
    const origins = new Set(q(m.root, '.fabe-groups [data-testid="statement"]').map((s) => s.dataset.origin));
    expect(origins.has('bullet') || origins.has('description')).toBe(false);
    expect(origins.has('spec') && origins.has('review')).toBe(true);
    expect(m.root.querySelectorAll('[data-testid="fabe-error"]')).toHaveLength(0);
  });

  it('a product page with nothing but an id still renders every section without an error', () => {
    const empty: PageRead = { ...mug, product: { id: 'B0TESTFABE' }, reviews: undefined };
    m = mountFabe({ read: empty });
    expect(q(m.root, '.fabe-section').map((s) => s.dataset.status)).toEqual(['ok', 'ok', 'ok']);
    expect(m.root.querySelector('[data-testid="fabe-thin"]')).not.toBeNull();
  });
});
