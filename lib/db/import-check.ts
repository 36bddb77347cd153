import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportEnvelopeSchema,
  formatPath,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_DEPTH,
  MAX_IMPORT_STRING,
  type ExportEnvelope,
} from '../export/format';
import { StoreRefused } from './errors';
import { findDuplicateKey } from './json-duplicates';

/**
 * Reading an import file, before anything touches the database: size, JSON syntax, a walk
 * over every value (nesting, string length, prototype-pollution keys), the envelope's
 * format and version, then every row against its schema. Each refusal says what is wrong
 * and where, as a path into the JSON (`tables.snapshots[3].read.product.price.amount`).
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_LISTED = 5;

export function parseImport(text: string, maxBytes: number = MAX_IMPORT_BYTES): ExportEnvelope {
  if (typeof text !== 'string') throw invalid('(root): expected the file’s text');
  // Characters never outnumber UTF-8 bytes: the cheap count first, the exact one only when it may pass.
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes) {
    // Just over the limit, rounded megabytes would read "50 MB; at most 50 MB": give the bytes.
    const size = mb(bytes) === mb(maxBytes) ? `${bytes.toLocaleString('en')} bytes` : `${mb(bytes)} MB`;
    throw new StoreRefused('too-large', `The file is ${size}${text.length > maxBytes ? ' or more' : ''}; an import takes at most ${mb(maxBytes)} MB`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) throw invalid('The file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    throw invalid(`Not valid JSON: ${describeJsonError(err, body)}`);
  }
  const problem = walk(raw, [], 0);
  if (problem) throw invalid(problem);
  const duplicate = findDuplicateKey(body);
  if (duplicate) {
    throw invalid(`${formatPath([...duplicate.path, duplicate.key])}: the key "${duplicate.key.slice(0, 60)}" appears twice in one object (the file can be read two ways)`);
  }
  checkEnvelope(raw);
  const parsed = ExportEnvelopeSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const listed = issues.slice(0, MAX_LISTED).map((i) => `${formatPath(i.path)}: ${i.message}`);
    const more = issues.length > MAX_LISTED ? `; and ${issues.length - MAX_LISTED} more` : '';
    throw invalid(`${issues.length === 1 ? '1 problem' : `${issues.length} problems`}: ${listed.join('; ')}${more}`);
  }
  return parsed.data;
}

/** UTF-8 length without building the encoded bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function mb(bytes: number): string {
  return (bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 });
}

function invalid(message: string): StoreRefused {
  return new StoreRefused('invalid-file', `Import refused, nothing was changed. ${message}`.slice(0, 1900));
}

/** The envelope's own fields first, so a wrong file says "not an export", not 40 row errors. */
function checkEnvelope(raw: unknown): void {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw invalid(`(root): expected an object with format "${EXPORT_FORMAT}" — not a Listing Lens export`);
  const env = raw as Record<string, unknown>;
  if (env.format !== EXPORT_FORMAT) {
    throw invalid(`format: expected "${EXPORT_FORMAT}", found ${JSON.stringify(env.format ?? null)?.slice(0, 60)} — not a Listing Lens export`);
  }
  const version = env.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw invalid(`version: expected a whole number ≥ 1, found ${JSON.stringify(version ?? null)?.slice(0, 60)}`);
  }
  if (version > EXPORT_VERSION) {
    throw invalid(`version: the file is format version ${version}, written by a newer Listing Lens; this one reads version ${EXPORT_VERSION}`);
  }
}

/** First problem in the parsed value, depth first; the path is kept in one array (push/pop). */
function walk(value: unknown, path: (string | number)[], depth: number): string | undefined {
  if (typeof value === 'string') {
    return value.length > MAX_IMPORT_STRING ? `${formatPath(path)}: a text of ${value.length.toLocaleString('en')} characters (limit ${MAX_IMPORT_STRING.toLocaleString('en')})` : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_IMPORT_DEPTH) return `${formatPath(path)}: nested more than ${MAX_IMPORT_DEPTH} levels deep`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const problem = walk(value[i], path, depth + 1);
      path.pop();
      if (problem) return problem;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    path.push(key);
    if (FORBIDDEN_KEYS.has(key)) return `${formatPath(path)}: the key "${key}" is not allowed (it could change object prototypes)`;
    if (key.length > MAX_IMPORT_STRING) return `${formatPath(path.slice(0, -1))}: a key of ${key.length.toLocaleString('en')} characters`;
    const problem = walk((value as Record<string, unknown>)[key], path, depth + 1);
    path.pop();
    if (problem) return problem;
  }
  return undefined;
}

/** V8's message, with the line and column of its position when it gives one. */
function describeJsonError(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/Unexpected end of JSON input/i.test(message)) {
    return `the text ends early (${where(text, text.length)}) — the file looks truncated`;
  }
  const token = unexpectedToken(message, text);
  if (token) return `Unexpected ${JSON.stringify(token.token).slice(0, 20)} (${token.at === undefined ? 'position unknown' : where(text, token.at)})`;
  const position = /position (\d+)/.exec(message);
  const short = message.replace(/\s*\(line \d+ column \d+\)/, '').slice(0, 200);
  // A string still open at the end, or any error at the very end (a number, an escape or an
  // object cut short): the file was cut off there.
  const atEnd = position !== null && Number(position[1]) >= text.trimEnd().length;
  const truncated = /Unterminated string/i.test(message) || atEnd ? ' — the file looks truncated' : '';
  return position ? `${short} (${where(text, Number(position[1]))})${truncated}` : short;
}

/**
 * V8 words some errors without a position: `Unexpected token '<', "<html>…" is not valid
 * JSON`, quoting up to 10 characters either side of the token (`..."` when cut). The token
 * is found again through that quote, so the message can still say where.
 */
function unexpectedToken(message: string, text: string): { token: string; at?: number } | undefined {
  const m = /^Unexpected token '([\s\S]+?)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!m) return undefined;
  const [, token, cutBefore, quoted] = m as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(quoted);
  if (start === -1) return { token };
  const offset = cutBefore ? 10 : quoted.indexOf(token);
  return { token, at: start + Math.max(0, offset) };
}

function where(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${position - lineStart + 1}`;
}
