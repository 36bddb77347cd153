import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { parseImport, StoreRefused } from '../../lib/db';
import { findDuplicateKey } from '../../lib/db/json-duplicates';
import { exportJson } from '../../lib/export/json';
import { csvDocument } from '../../lib/export/csv';
import { dispatch, type Self } from '../../lib/messaging';
import { parseCsv } from '../cli/parse-csv';
import { openTestDb } from '../db/helpers';
import { fillHistory } from '../db/history-fixture';
import { cellProblem } from './hostile/csv-cells';
import { changedStores, dbBytes } from './hostile/db-snapshot';
import { HOSTILE_SUITES, runHostileDetailed } from './hostile/run';
import { formatSummary } from './summary';

/**
 * Issue #9's hostile inputs at a tenth of `npm run robustness`'s size (same code, same
 * seed scheme): every suite must try inputs, refuse the hostile ones, and fail none. Then
 * the pieces the suites rely on, each with a case that must be caught.
 */
describe('the hostile corpora (scale 0.1)', async () => {
  const results = await runHostileDetailed({ seed: 20261126, scale: 0.1 });
  console.log(`\n${formatSummary(results.map((r) => r.row))}`);

  it('runs every suite', () => {
    expect(results.map((r) => r.row.suite)).toEqual(Object.keys(HOSTILE_SUITES));
  });

  it.each(results.map((r) => [r.row.suite, r] as const))('%s: inputs tried and refused, no failures', (_name, r) => {
    expect(r.failures).toEqual([]);
    expect(r.row.tried).toBeGreaterThan(0);
    expect(r.row.rejected).toBeGreaterThan(0);
  });
}, 120_000);

describe('findDuplicateKey', () => {
  it.each<[string, string, { path: (string | number)[]; key: string } | undefined]>([
    ['no repeats', '{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}', undefined],
    ['a repeat at the root', '{"format":"other","version":1,"format":"listing-lens"}', { path: [], key: 'format' }],
    ['a repeat inside an array item', '{"t":[{"x":1},{"x":1,"y":2,"x":3}]}', { path: ['t', 1], key: 'x' }],
    ['the same key written with an escape', '{"a":1,"\\u0061":2}', { path: [], key: 'a' }],
    ['braces, quotes and backslashes inside strings', '{"a":"}{\\"a\\":","b":"\\\\","c":{"a":"]"}}', undefined],
    ['a key repeated in a nested array of objects', '{"a":[[{"k":1}],[{"k":1,"k":2}]]}', { path: ['a', 1, 0], key: 'k' }],
  ])('%s', (_name, text, want) => {
    JSON.parse(text); // the scanner runs on text JSON.parse accepted
    expect(findDuplicateKey(text)).toEqual(want);
  });
});

describe('import refusals say what and where', () => {
  const refusal = (text: string, maxBytes?: number): StoreRefused => {
    try {
      parseImport(text, maxBytes);
    } catch (err) {
      if (err instanceof StoreRefused) return err;
      throw err;
    }
    throw new Error('accepted');
  };
  const valid = async () => {
    const db = openTestDb();
    await fillHistory(db);
    const text = await exportJson(db);
    db.close();
    return JSON.parse(text) as { tables: Record<string, Record<string, unknown>[]> };
  };

  it.each([
    ['cut inside a number', '{"format":"listing-lens","version":1', ['line 1, column 37', 'truncated']],
    ['cut after an escape', '{"format":"listing-lens","x":"\\u12', ['truncated']],
    ['markup instead of JSON', '<html><body>Not found</body></html>', ['Unexpected "<"', 'line 1, column 1']],
    ['a bad token on line 3', '{\n"format":"listing-lens",\n"version":tru}', ['Unexpected "}"', 'line 3, column 14']],
    ['a key written twice', '{"format":"other","format":"listing-lens","version":1}', ['format: the key "format" appears twice']],
  ])('%s', (_name, text, words) => {
    const err = refusal(text);
    expect(err.code).toBe('invalid-file');
    for (const w of words) expect(err.message).toContain(w);
  });

  it('refuses a product repeated under its key, naming both rows', async () => {
    const env = await valid();
    env.tables.products!.push({ ...env.tables.products![1]!, title: 'Edited' });
    const err = refusal(JSON.stringify(env));
    expect(err.message).toContain(`tables.products[5].key: ${env.tables.products![1]!.key as string} appears twice (also tables.products[1])`);
  });

  it('gives the bytes when a file is just over the limit (50 MB vs at most 50 MB says nothing)', () => {
    const err = refusal(`{"pad":"${'x'.repeat(990)}"}`.padEnd(1_000_100, ' '), 1_000_000);
    expect(err.code).toBe('too-large');
    expect(err.message).toBe('The file is 1,000,100 bytes or more; an import takes at most 1 MB');
  });
});

describe('the checks the suites rely on', () => {
  it('dbBytes sees a one-field change, and names the store', async () => {
    const db = openTestDb();
    await fillHistory(db);
    const before = await dbBytes(db);
    expect((await dbBytes(db)).equals(before)).toBe(true);
    await db.products.update('amazon:B0MINE0001', { title: 'Product B0MINE0002' });
    const after = await dbBytes(db);
    expect(after.equals(before)).toBe(false);
    expect(changedStores(before, after)).toBe('products');
    db.close();
  });

  it('cellProblem catches a live formula and a lost payload', () => {
    const raw = `=cmd|' /C calc'!A0,x\r\n`;
    expect(cellProblem(parseCsv(raw).records.flat(), [`=cmd|' /C calc'!A0`])).toContain('starts a formula');
    expect(cellProblem(parseCsv(csvDocument([['=1+1']])).records.flat(), ['=1+1'])).toBeUndefined();
    expect(cellProblem(parseCsv(csvDocument([['other']])).records.flat(), ['=1+1'])).toContain('not in the output');
  });

  it('an oversized message names its type', async () => {
    const self: Self = { id: 'ext', origin: 'chrome-extension://ext/' };
    const panel: Browser.runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };
    const res = await dispatch({}, { type: 'import-data', payload: { text: 'z'.repeat(9_000_000) } }, panel, self);
    expect(!res.ok && [res.error.code, res.error.message]).toEqual(['too-large', expect.stringContaining('Message (import-data) has 9000')]);
  });
});
