import type { Browser } from 'wxt/browser';
import { backgroundHandlers } from '../../../entrypoints/background/handlers';
import type { ListingLensDb } from '../../../lib/db';
import { exportJson } from '../../../lib/export/json';
import { IMPORT_PART_CHARS } from '../../../lib/export/limits';
import { dispatch, MAX_MESSAGE_CHARS, parseResponse, PROTOCOL, type MessageErrorCode, type MessageType, type Self } from '../../../lib/messaging';
import { productRead } from '../../db/fixtures/sample-reads';
import { openTestDb } from '../../db/helpers';
import { fillHistory, T0 } from '../../db/history-fixture';
import { changedStores, dbBytes } from './db-snapshot';
import { addKeyAt, allPaths, pathText, setAt, wrongTypes } from './json-paths';
import type { Rng } from './rng';
import { failureNote, type SuiteResult } from './suite';

/**
 * Hostile messages at the edge (lib/messaging dispatch) in front of the real background
 * handlers over a fake IndexedDB holding some of everything: shapes that are not
 * envelopes, unknown kinds, every field of every message given a value of the wrong type,
 * payloads past the size limits (4 MB per message, import-data's parts; a 50 MB string),
 * nesting too deep to serialise, senders that may not send that kind, and hostile answers
 * on the sending side. Each must be refused with a named code and a message saying which
 * message and field, and the database must be byte-identical afterwards.
 * Prototype-pollution keys are the one case allowed through: zod drops unknown keys, so
 * the check there is that nothing is polluted and no such key is stored.
 */
type Sender = Browser.runtime.MessageSender;
const SELF: Self = { id: 'ext', origin: 'chrome-extension://ext/' };
const tab = (id: number) => ({ id, index: 0, windowId: 1, active: true, pinned: false, highlighted: true, incognito: false }) as Browser.tabs.Tab;
const READ = productRead();
const CONTENT: Sender = { id: 'ext', tab: tab(42), frameId: 0, url: READ.url };
const PANEL: Sender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };
const NOW = () => new Date(T0 + 86_400_000);

interface Hostile {
  what: string;
  raw: unknown;
  sender: Sender;
  /** Codes that are a correct refusal. */
  codes: MessageErrorCode[];
  /** Words the error message must hold (which message, which field). */
  words: string[];
}

/** A valid payload of each kind the background handles (the corpus breaks them field by field). */
function validPayloads(file: string): Partial<Record<MessageType, unknown>> {
  return {
    'page-read': { read: READ },
    'draft-save': { draft: { id: 'draft-9', marketplace: 'amazon', name: 'Kettle', title: 'Kettle 1.7 L', bullets: ['Fast boil'], searchTerms: 'kettle', keywords: ['kettle'], updatedAt: 0 }, checkpoint: true },
    'draft-delete': { id: 'draft-1' },
    'track-product': { productKey: 'amazon:B0OTHER001', role: 'competitor', groupName: 'Chargers' },
    'untrack-product': { productKey: 'amazon:B0COMP0001', groupId: 'g1' },
    'group-save': { group: { id: 'g1', name: 'Chargers', mine: 'amazon:B0MINE0001', competitors: ['amazon:B0COMP0001'], note: 'n' } },
    'group-delete': { groupId: 'g1' },
    'settings-save': { settings: { language: 'en', exchangeRates: [{ from: 'USD', to: 'EUR', rate: 0.9, asOf: '2025-03-01' }] } },
    'import-data': { text: file },
    'prune-snapshots': { keepPerProduct: 1 },
    'product-seen': { tabId: 42 },
    // Wipes everything when accepted: only the panel may send it, and only with the literal.
    'clear-data': { confirm: 'clear-all-data' },
  };
}

const senderOf = (type: MessageType): Sender => (PROTOCOL[type].from === 'content-script' ? CONTENT : PANEL);
const wrongSenderOf = (type: MessageType): Sender => (PROTOCOL[type].from === 'content-script' ? PANEL : CONTENT);

function corpus(r: Rng, perType: number, file: string): Hostile[] {
  const out: Hostile[] = [];
  const notMessage = (what: string, raw: unknown) => out.push({ what, raw, sender: CONTENT, codes: ['malformed'], words: ['Not a Listing Lens message'] });
  const cyclic: Record<string, unknown> = { type: 'page-read' };
  cyclic.payload = cyclic;
  for (const raw of [null, undefined, 0, -1, Number.NaN, '', 'page-read', true, [], ['page-read', {}], {}, { payload: { read: READ } }, { type: 1, payload: {} }, { type: null }, { type: ['page-read'], payload: {} }]) {
    notMessage(`not an envelope: ${JSON.stringify(raw) ?? String(raw)}`, raw);
  }
  const kinds = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'PAGE-READ', 'page-read ', 'page_read', 'import-data\u0000', 'delete-everything', 'eval'];
  for (let i = 0; i < perType; i++) kinds.push(Array.from({ length: 1 + r.int(20) }, () => String.fromCharCode(32 + r.int(95))).join(''));
  for (const type of kinds) if (!(type in PROTOCOL)) notMessage(`unknown kind ${JSON.stringify(type)}`, { type, payload: {} });
  out.push({ what: 'a cyclic payload', raw: cyclic, sender: CONTENT, codes: ['malformed'], words: ['not serialisable'] });
  out.push({ what: 'a BigInt in the payload', raw: { type: 'page-read', payload: { read: { ...READ, readAt: 10n } } }, sender: CONTENT, codes: ['malformed'], words: ['not serialisable'] });
  let deep: unknown = 'x';
  for (let i = 0; i < 100_000; i++) deep = [deep];
  out.push({ what: 'nesting 100,000 levels deep', raw: { type: 'page-read', payload: { read: deep } }, sender: CONTENT, codes: ['malformed'], words: ['not serialisable'] });
  let nested: unknown = 'x';
  for (let i = 0; i < 2_000; i++) nested = { a: nested };
  out.push({ what: 'specs nested 2,000 levels deep', raw: { type: 'page-read', payload: { read: { ...READ, product: { ...READ.product, specs: nested } } } }, sender: CONTENT, codes: ['malformed'], words: ['Invalid page-read', 'read.product.specs'] });

  // Past the size limits: refused on size, before zod looks at the shape.
  const big = (title: string) => ({ type: 'page-read', payload: { read: { ...READ, product: { ...READ.product, title } } } });
  out.push({ what: 'a page-read just over 4 MB', raw: big('x'.repeat(MAX_MESSAGE_CHARS)), sender: CONTENT, codes: ['too-large'], words: ['characters (limit'] });
  out.push({ what: 'a 50 MB title', raw: big('y'.repeat(50_000_000)), sender: CONTENT, codes: ['too-large'], words: ['characters (limit'] });
  out.push({ what: 'an import-data part over its size', raw: { type: 'import-data', payload: { text: 'z'.repeat(2 * IMPORT_PART_CHARS + 2_000) } }, sender: PANEL, codes: ['too-large'], words: ['limit', 'import-data'] });
  out.push({ what: 'an import-data part over IMPORT_PART_CHARS', raw: { type: 'import-data', payload: { text: 'z'.repeat(IMPORT_PART_CHARS + 1) } }, sender: PANEL, codes: ['malformed'], words: ['Invalid import-data', 'text'] });
  out.push({ what: '100,000 reviews', raw: { type: 'page-read', payload: { read: { ...READ, reviews: Array.from({ length: 100_000 }, (_, i) => ({ id: `R${i}` })) } } }, sender: CONTENT, codes: ['malformed', 'too-large'], words: ['read'] });
  for (const confirm of ['yes', 'CLEAR-ALL-DATA', 'clear-all-data ', '']) {
    out.push({ what: `clear-data confirmed with ${JSON.stringify(confirm)}`, raw: { type: 'clear-data', payload: { confirm } }, sender: PANEL, codes: ['malformed'], words: ['Invalid clear-data', 'confirm'] });
  }
  out.push({
    what: 'an upload of 17 parts',
    raw: { type: 'import-data', payload: { text: '{', part: { upload: 'upload-hostile-1', index: 0, count: 17 } } },
    sender: PANEL,
    codes: ['malformed'],
    words: ['Invalid import-data', 'part.count'],
  });
  out.push({
    what: 'an upload part beyond its count',
    raw: { type: 'import-data', payload: { text: '{', part: { upload: 'upload-hostile-2', index: 3, count: 3 } } },
    sender: PANEL,
    codes: ['malformed'],
    words: ['Invalid import-data', 'index must be below count'],
  });

  for (const [type, payload] of Object.entries(validPayloads(file)) as [MessageType, unknown][]) {
    // The payload itself of the wrong type, then each field (a sample per kind) of the wrong type.
    for (const raw of [null, 'x', 7, [payload]]) {
      out.push({ what: `${type} with a ${raw === null ? 'null' : Array.isArray(raw) ? 'list' : typeof raw} payload`, raw: { type, payload: raw }, sender: senderOf(type), codes: ['malformed'], words: [`Invalid ${type}`] });
    }
    const places = type === 'import-data' ? [] : r.sample(allPaths(payload), perType);
    for (const { path, kind } of places) {
      const bad = r.pick(wrongTypes(kind));
      out.push({
        what: `${type} with ${pathText(path)} = ${JSON.stringify(bad)} (a ${kind} there)`,
        raw: { type, payload: setAt(payload, path, bad) },
        sender: senderOf(type),
        codes: ['malformed'],
        words: [`Invalid ${type}`, String(path[0])],
      });
    }
    // A kind from the wrong context: a page may not save drafts; the panel may not report reads.
    out.push({ what: `${type} from the wrong context`, raw: { type, payload }, sender: wrongSenderOf(type), codes: ['wrong-sender'], words: ['may send this'] });
    out.push({ what: `${type} from another extension`, raw: { type, payload }, sender: { ...senderOf(type), id: 'other-extension' }, codes: ['wrong-sender'], words: ['another extension'] });
  }
  return out;
}

/** Answers the panel or a content script might get from something that is not our background. */
function hostileAnswers(r: Rng, n: number): { what: string; type: MessageType; raw: unknown }[] {
  const types = Object.keys(PROTOCOL) as MessageType[];
  const shapes: unknown[] = [
    undefined,
    null,
    'ok',
    { ok: true },
    { ok: true, data: 'yes' },
    { ok: 'true', data: {} },
    { ok: false },
    { ok: false, error: { code: 'boom', message: 'x' } },
    { ok: false, error: { code: 'malformed', message: 'm'.repeat(5_000) } },
    { ok: false, error: 'malformed' },
    JSON.parse('{"ok":true,"data":{"__proto__":{"polluted":true}}}'),
  ];
  return Array.from({ length: n }, () => {
    const type = r.pick(types);
    const raw = r.pick(shapes);
    return { what: `answer to ${type}: ${(JSON.stringify(raw) ?? 'undefined').slice(0, 60)}`, type, raw };
  });
}

export async function messagesSuite(r: Rng, scale: number): Promise<SuiteResult> {
  const db = openTestDb();
  const source = openTestDb();
  const failures: string[] = [];
  let tried = 0;
  let rejected = 0;
  let stripped = 0;
  try {
    await fillHistory(db);
    await fillHistory(source);
    const file = await exportJson(source);
    const handlers = backgroundHandlers(db, { now: NOW, newId: () => 'g-hostile' });
    const before = await dbBytes(db);
    for (const h of corpus(r, Math.max(4, Math.round(60 * scale)), file)) {
      tried++;
      const res = await dispatch(handlers, h.raw, h.sender, SELF);
      const problem = res.ok
        ? 'accepted'
        : !h.codes.includes(res.error.code)
          ? `answered ${res.error.code} (${res.error.message.slice(0, 120)}), want ${h.codes.join(' or ')}`
          : h.words.filter((w) => !res.error.message.includes(w)).map((w) => `the message does not say ${JSON.stringify(w)}: ${res.error.message.slice(0, 160)}`)[0];
      if (!res.ok && !problem) rejected++;
      if (problem) failures.push(`${h.what}: ${problem}`);
      const now = await dbBytes(db);
      if (!now.equals(before)) {
        failures.push(`${h.what}: the database changed (${changedStores(before, now)})`);
        break; // every later check would compare against a moved baseline
      }
    }
    for (const a of hostileAnswers(r, Math.max(10, Math.round(60 * scale)))) {
      tried++;
      let res: ReturnType<typeof parseResponse>;
      try {
        res = parseResponse(a.type, a.raw);
      } catch (err) {
        failures.push(`${a.what}: threw ${String(err).slice(0, 120)}`);
        continue;
      }
      if (res.ok || res.error.code !== 'bad-response' || !res.error.message.includes(a.type)) failures.push(`${a.what}: ${res.ok ? 'accepted' : res.error.message}`);
      else rejected++;
    }
    const polluted = await pollutionMessages(r, Math.max(5, Math.round(40 * scale)));
    tried += polluted.tried;
    rejected += polluted.rejected;
    stripped = polluted.tried - polluted.rejected;
    failures.push(...polluted.failures);
  } finally {
    db.close();
    source.close();
  }
  return {
    row: { suite: 'messages', tried, rejected, failures: failures.length, note: failureNote(failures, `refused with a named code and the field named, database byte-identical; ${stripped} with __proto__-style keys stored with the keys dropped, nothing polluted`) },
    failures,
  };
}

/**
 * page-read messages with `__proto__` / `constructor` / `prototype` keys at random depths.
 * zod keeps only known keys, so these may be stored; what must not happen is a polluted
 * Object.prototype, or such a key (or a changed prototype) in what the handler stores.
 */
async function pollutionMessages(r: Rng, n: number): Promise<{ tried: number; rejected: number; failures: string[] }> {
  const db = openTestDb();
  const failures: string[] = [];
  let rejected = 0;
  try {
    const handlers = backgroundHandlers(db, { now: NOW });
    const objects = [{ path: [], kind: 'object' as const }, ...allPaths({ read: READ })].filter((p) => p.kind === 'object');
    for (let i = 0; i < n; i++) {
      const { path } = r.pick(objects);
      const key = r.pick(['__proto__', 'constructor', 'prototype']);
      const payload = addKeyAt({ read: READ }, path, key, { polluted: true, toString: 'x' });
      const what = `page-read with "${key}" at ${pathText(path)}`;
      const res = await dispatch(handlers, { type: 'page-read', payload }, { ...CONTENT, tab: tab(100 + i) }, SELF);
      if (!res.ok) rejected++;
      if (({} as Record<string, unknown>).polluted !== undefined) failures.push(`${what}: Object.prototype was polluted`);
      const stored = (await db.tabReads.get(100 + i))?.read;
      if (res.ok && stored === undefined) failures.push(`${what}: answered ok but stored nothing`);
      const bad = stored === undefined ? undefined : strangeObject(stored);
      if (bad) failures.push(`${what}: stored ${bad}`);
    }
  } finally {
    db.close();
  }
  return { tried: n, rejected, failures };
}

/** Where a stored value has a prototype-pollution key or a prototype other than Object's / Array's. */
function strangeObject(value: unknown, path = 'read'): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return `${path} with a foreign prototype`;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'prototype' || key === 'constructor') return `a "${key}" key at ${path}`;
    const inner = strangeObject((value as Record<string, unknown>)[key], `${path}.${key}`);
    if (inner) return inner;
  }
  return undefined;
}
