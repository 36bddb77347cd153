import { importData, StoreRefused, storePageRead, type ListingLensDb } from '../../../lib/db';
import { exportJson } from '../../../lib/export/json';
import { MAX_IMPORT_BYTES } from '../../../lib/export/limits';
import { openTestDb } from '../../db/helpers';
import { amazonRead, fillHistory, T0 } from '../../db/history-fixture';
import { changedStores, dbBytes } from './db-snapshot';
import { addKeyAt, allPaths, getAt, pathText, setAt, withDuplicateKey, wrongTypes, type JsonPath } from './json-paths';
import type { Rng } from './rng';
import { failureNote, type SuiteResult } from './suite';

/**
 * Hostile import files against lib/db importData: a real export (tests/db/history-fixture:
 * products, snapshots, groups, drafts, settings) cut short at many offsets, with a wrong
 * format or version, values of the wrong type in sampled fields of every table,
 * `__proto__` / `constructor` / `prototype` keys at every depth, keys written twice, rows
 * repeated, nesting and strings past the limits, garbage, and a 100 MB file. The database
 * it is imported into has its own rows; after each file it must be byte-identical (every
 * record, key, index and the version), the refusal a StoreRefused naming what is wrong
 * and where, and Object.prototype clean.
 */
interface HostileFile {
  what: string;
  text: string;
  code: 'invalid-file' | 'too-large';
  /** Words the refusal must hold: what is wrong, and where. */
  words: string[];
}

type Env = Record<string, unknown> & { tables: Record<string, unknown> };

/** `tables.snapshots[3]` for a path inside that row: where a refusal must point at least. */
function rowOf(path: JsonPath): string {
  const i = path.findIndex((p) => typeof p === 'number');
  return pathText(i === -1 ? path.slice(0, 2) : path.slice(0, i + 1));
}

export function hostileFiles(r: Rng, valid: string, scale: number): HostileFile[] {
  const env = JSON.parse(valid) as Env;
  const n = (full: number) => Math.max(3, Math.round(full * scale));
  const out: HostileFile[] = [];
  const text = (e: unknown) => JSON.stringify(e);

  // Cut short anywhere: at random offsets, and at the first and last few characters.
  const offsets = new Set([1, 2, 3, valid.length - 1, valid.length - 2, valid.length - 3]);
  while (offsets.size < n(300)) offsets.add(1 + r.int(valid.length - 1));
  for (const at of offsets) out.push({ what: `cut at character ${at} of ${valid.length}`, text: valid.slice(0, at), code: 'invalid-file', words: ['Not valid JSON', 'line 1, column', 'truncated'] });
  out.push({ what: 'an empty file', text: '', code: 'invalid-file', words: ['empty'] });
  out.push({ what: 'only a byte order mark and spaces', text: '\uFEFF  \n', code: 'invalid-file', words: ['empty'] });

  for (const version of [0, -1, 2, 999, '1', 1.5, null, [], {}, true]) {
    out.push({ what: `version ${JSON.stringify(version)}`, text: text({ ...env, version }), code: 'invalid-file', words: ['version'] });
  }
  const { version: _v, ...noVersion } = env;
  out.push({ what: 'no version', text: text(noVersion), code: 'invalid-file', words: ['version'] });
  for (const format of ['Listing-Lens', 'listing-lens ', 'other-tool', 1, null, {}]) {
    out.push({ what: `format ${JSON.stringify(format)}`, text: text({ ...env, format }), code: 'invalid-file', words: ['format', 'not a Listing Lens export'] });
  }
  for (const root of ['[1,2,3]', '"listing-lens"', '42', 'null', 'true']) out.push({ what: `a file that is ${root}`, text: root, code: 'invalid-file', words: ['(root)', 'not a Listing Lens export'] });

  // A value of the wrong type in sampled fields of every table (and the envelope's own).
  const fields = allPaths(env).filter((p) => p.path[0] !== 'format' && p.path[0] !== 'version');
  for (const { path, kind } of r.sample(fields, n(400))) {
    const bad = r.pick(wrongTypes(kind));
    out.push({ what: `${pathText(path)} = ${JSON.stringify(bad)} (a ${kind} there)`, text: text(setAt(env, path, bad)), code: 'invalid-file', words: [rowOf(path)] });
  }
  const numbers = fields.filter((p) => p.kind === 'number' && typeof p.path.at(-1) === 'string');
  for (const { path } of r.sample(numbers, n(30))) {
    // 1e400 parses to Infinity, which no row holds (written through a marker JSON.stringify cannot make).
    const marked = text(setAt(env, path, '\u0000INF'));
    out.push({ what: `${pathText(path)} = 1e400`, text: marked.replace('"\\u0000INF"', '1e400'), code: 'invalid-file', words: [rowOf(path)] });
  }

  // Prototype-pollution keys at every depth: at least one object per depth, then a random sample.
  const objects: JsonPath[] = [[], ...allPaths(env).filter((p) => p.kind === 'object').map((p) => p.path)];
  const byDepth = new Map<number, JsonPath[]>();
  for (const p of objects) (byDepth.get(p.length) ?? byDepth.set(p.length, []).get(p.length)!).push(p);
  const targets = [...[...byDepth.values()].map((list) => r.pick(list)), ...r.sample(objects, n(100))];
  for (const path of targets) {
    const key = r.pick(['__proto__', 'constructor', 'prototype']);
    out.push({
      what: `"${key}" at ${pathText(path)} (depth ${path.length})`,
      text: text(addKeyAt(env, path, key, { polluted: true, isAdmin: true })),
      code: 'invalid-file',
      words: [pathText([...path, key]), 'not allowed'],
    });
  }

  // A key written twice in one object (JSON.parse keeps the last: another reader, the first).
  for (const path of [[], ['tables'], ...r.sample(objects, n(60))]) {
    const first = Object.keys(getAt(env, path) as object)[0];
    if (first === undefined) continue;
    out.push({ what: `"${first}" twice at ${pathText(path)}`, text: withDuplicateKey(env, path, 'dup'), code: 'invalid-file', words: [pathText([...path, first]), 'appears twice'] });
  }
  // A row repeated under its identity (the database holds each once).
  for (const [table, field] of [['products', 'key'], ['groups', 'id'], ['drafts', 'id'], ['latestReads', 'pageKind'], ['reviews', 'review']] as const) {
    const rows = env.tables[table] as Record<string, unknown>[] | undefined;
    if (!rows?.length) continue;
    const i = r.int(rows.length);
    const copy = structuredClone(env);
    (copy.tables[table] as unknown[]).push({ ...rows[i], ...(table === 'products' ? { title: 'Edited copy' } : {}) });
    out.push({ what: `tables.${table}[${i}] repeated`, text: text(copy), code: 'invalid-file', words: [`tables.${table}[${rows.length}].${field}`, 'appears twice'] });
  }

  // Past the bounds: nesting, one string, the file's size.
  out.push({ what: 'nesting 40 deep in a draft', text: text(setAt(env, ['tables', 'drafts', 0, 'name'], JSON.parse('['.repeat(40) + ']'.repeat(40)))), code: 'invalid-file', words: ['tables.drafts[0].name', 'nested more than 32'] });
  out.push({ what: 'nesting 1,000,000 deep', text: '['.repeat(1_000_000) + ']'.repeat(1_000_000), code: 'invalid-file', words: ['nested more than 32'] });
  const strings = fields.filter((p) => p.kind === 'string');
  for (const { path } of r.sample(strings, n(10))) {
    out.push({ what: `a 200,000-character ${pathText(path)}`, text: text(setAt(env, path, 'x'.repeat(200_000))), code: 'invalid-file', words: [pathText(path), '200,000 characters'] });
  }
  for (let i = 0; i < n(20); i++) {
    const garbage = `<${Array.from({ length: 1 + r.int(200) }, () => String.fromCharCode(r.int(0xd7ff))).join('')}`;
    out.push({ what: `${garbage.length} characters of garbage`, text: garbage, code: 'invalid-file', words: ['Not valid JSON', 'line 1, column 1'] });
  }
  out.push({ what: 'a file 100 bytes over the limit', text: `{"format":"listing-lens","version":1,"pad":"${'x'.repeat(MAX_IMPORT_BYTES + 100 - 40)}"}`, code: 'too-large', words: ['bytes', `at most ${MAX_IMPORT_BYTES / 1e6} MB`] });
  out.push({ what: 'a 100 MB file', text: `{"format":"listing-lens","version":1,"pad":"${'x'.repeat(100_000_000)}"}`, code: 'too-large', words: ['100 MB or more', `at most ${MAX_IMPORT_BYTES / 1e6} MB`] });
  return out;
}

/** The database a hostile file is imported into: rows of its own, so any write would show. */
async function targetDb(): Promise<ListingLensDb> {
  const db = openTestDb();
  await fillHistory(db);
  await storePageRead(db, 30, amazonRead('B0LOCAL001', 8, 5));
  return db;
}

export async function importFilesSuite(r: Rng, scale: number): Promise<SuiteResult> {
  const source = openTestDb();
  await fillHistory(source);
  // The source's export with edited titles: merged, it would add snapshots to the target.
  const file = (await exportJson(source)).replaceAll('"Product B0', '"Edited product B0');
  source.close();
  let db = await targetDb();
  let before = await dbBytes(db);
  const failures: string[] = [];
  let tried = 0;
  let rejected = 0;
  try {
    for (const f of hostileFiles(r, file, scale)) {
      tried++;
      const err = await importData(db, f.text, { now: T0 }).then(
        () => undefined,
        (e: unknown) => e,
      );
      let problem: string | undefined;
      if (err === undefined) problem = 'accepted';
      else if (!(err instanceof StoreRefused)) problem = `threw ${String(err).slice(0, 160)}`;
      else if (err.code !== f.code) problem = `refused as ${err.code}, want ${f.code}: ${err.message.slice(0, 160)}`;
      else {
        const missing = f.words.find((w) => !err.message.includes(w));
        if (missing !== undefined) problem = `the message does not say ${JSON.stringify(missing)}: ${err.message.slice(0, 200)}`;
        else if (err.message.length >= 2000) problem = 'the message is over 2,000 characters';
      }
      if (({} as Record<string, unknown>).polluted !== undefined || ({} as Record<string, unknown>).isAdmin !== undefined) problem = 'Object.prototype was polluted';
      const now = await dbBytes(db);
      const changed = !now.equals(before);
      if (changed) problem = `${problem ? `${problem}; ` : ''}the database changed (${changedStores(before, now)})`;
      if (problem) failures.push(`${f.what}: ${problem}`);
      else rejected++;
      if (changed) {
        // Start the next file from a clean database again.
        db.close();
        db = await targetDb();
        before = await dbBytes(db);
      }
    }
  } finally {
    db.close();
  }
  return {
    row: { suite: 'import files', tried, rejected, failures: failures.length, note: failureNote(failures, 'each refused naming what and where; database byte-identical after every file') },
    failures,
  };
}
