import type { Page } from 'playwright-core';
import type { PanelExpectation } from './pages';

/** What the panel shows, by its data-* test contract. */
export interface PanelSnapshot {
  state?: string;
  pageKind?: string;
  blockedReason?: string;
  fields: Record<string, string>;
  missing: string[];
  issues: string[];
  text: string;
  /** Listing parts (issue #10): data-part → data-part-value. */
  parts: Record<string, string>;
  /** The listing score card: its total and max, the sum of its section rows, its checks. */
  listing?: { total: number; max: number; sectionSum: number; checks: number };
}

// A string, not a function: tsx would wrap a function with helpers the page does not have.
const SNAPSHOT_JS = `(() => {
  const root = document.querySelector('[data-testid="panel"]');
  const fields = {};
  for (const el of document.querySelectorAll('[data-field]')) {
    if (!(el.dataset.field in fields)) fields[el.dataset.field] = el.dataset.value ?? '';
  }
  return {
    state: root?.dataset.state,
    pageKind: root?.dataset.pageKind,
    blockedReason: document.querySelector('[data-testid="blocked-reason"]')?.dataset.value,
    fields,
    missing: [...document.querySelectorAll('[data-missing-field]')].map((el) => el.dataset.missingField),
    issues: [...document.querySelectorAll('[data-issue-field]')].map((el) => el.dataset.issueField + ' (' + el.dataset.severity + ')'),
    text: (root?.innerText ?? document.body?.innerText ?? '').replace(/\\s+/g, ' ').trim().slice(0, 400),
    parts: Object.fromEntries([...document.querySelectorAll('[data-part]')].map((el) => [el.dataset.part, el.dataset.partValue ?? ''])),
    listing: (() => {
      const card = document.querySelector('[data-testid="listing-score"]');
      if (!card) return undefined;
      const rows = [...card.querySelectorAll('tr[data-section]')];
      return { total: Number(card.dataset.total), max: Number(card.dataset.max), sectionSum: rows.reduce((a, r) => a + Number(r.dataset.earned), 0), checks: card.querySelectorAll('[data-rule]').length };
    })(),
  };
})()`;

export async function panelSnapshot(panel: Page): Promise<PanelSnapshot> {
  return (await panel.evaluate(SNAPSHOT_JS)) as PanelSnapshot;
}

/** Human-readable differences between what the panel shows and what it should (empty = pass). */
export function panelMismatches(want: PanelExpectation, got: PanelSnapshot): string[] {
  const out: string[] = [];
  const q = (v: unknown) => JSON.stringify(v);
  if (got.state !== want.state) out.push(`state: ${q(got.state)}, want ${q(want.state)}`);
  if (want.pageKind !== undefined && got.pageKind !== want.pageKind) out.push(`page kind: ${q(got.pageKind)}, want ${q(want.pageKind)}`);
  if (want.blockedReason !== undefined && got.blockedReason !== want.blockedReason) {
    out.push(`blocked reason: ${q(got.blockedReason)}, want ${q(want.blockedReason)}`);
  }
  for (const [name, value] of Object.entries(want.fields ?? {})) {
    if (!(name in got.fields)) out.push(`${name}: not shown${got.missing.includes(name) ? ' (shown as not found)' : ''}, want ${q(value)}`);
    else if (got.fields[name] !== value) out.push(`${name}: ${q(got.fields[name])}, want ${q(value)}`);
  }
  for (const name of want.missing ?? []) {
    if (!got.missing.includes(name)) out.push(`${name}: should be shown as not found, ${name in got.fields ? `shows ${q(got.fields[name])}` : 'is not shown at all'}`);
  }
  for (const name of want.absent ?? []) {
    if (name in got.fields) out.push(`${name}: should not be shown, shows ${q(got.fields[name])}`);
  }
  for (const [name, value] of Object.entries(want.parts ?? {})) {
    if (got.parts[name] !== value) out.push(`listing part ${name}: ${q(got.parts[name])}, want ${q(value)}`);
  }
  if (want.listingScore) {
    const l = got.listing;
    if (!l) out.push('listing score: no card');
    else {
      if (Math.abs(l.total - l.sectionSum) > 1e-6) out.push(`listing score: total ${l.total} is not the sum of its sections ${l.sectionSum}`);
      if (l.checks === 0 || !(l.max > 0)) out.push(`listing score: ${l.checks} checks, max ${l.max}`);
    }
  }
  return out;
}
