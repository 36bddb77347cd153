import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as fabe from '../analyses/fabe';
import type { FabeTable } from '../schema';
import { UsageError } from './args';
import { auditFile } from './audit-file';
import { FABE_USAGE, parseFabeArgs } from './fabe-args';
import type { AuditIo } from './run-audit';

/** The analyses the command runs (tests pass ones that throw). */
export type FabeCommandAnalyses = Pick<typeof fabe, 'buildFabeTable' | 'classifyStatement'>;

/** A statement list is text; anything this large is not one. */
const MAX_SENTENCE_BYTES = 64 * 1024 * 1024;

/**
 * `audit fabe …`: FABE tables of saved pages as JSON, or `--sentences` classified one JSON
 * object per line. stdout holds only that output; every problem is one line on stderr.
 * Returns the exit code: 0 all done, 1 something could not be read or analysed, 2 usage.
 */
export async function runFabe(argv: readonly string[], io: AuditIo, analyses: FabeCommandAnalyses = fabe): Promise<number> {
  let options;
  try {
    options = parseFabeArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`audit fabe: ${err.message}\n\n${FABE_USAGE}\n`);
    return 2;
  }
  if (options.mode === 'help') {
    io.stdout(`${FABE_USAGE}\n`);
    return 0;
  }
  if (options.mode === 'sentences') return classifyLines(options.file, options.lang, io, analyses);

  const tables: FabeTable[] = [];
  let failed = false;
  for (const file of options.files) {
    const result = await auditFile(file, { url: options.url, now: io.now, cwd: io.cwd });
    const fail = (message: string) => {
      failed = true;
      io.stderr(`audit fabe: ${file}: ${message}\n`);
    };
    if (!result.ok) {
      fail(result.message);
      continue;
    }
    if (!result.read.product) {
      fail(`no product on this ${result.read.pageKind} page, so no FABE table (open a product page and save that)`);
      continue;
    }
    try {
      const table = analyses.buildFabeTable(result.read);
      if (table) tables.push(table);
      else fail('no FABE table could be built from this page');
    } catch (err) {
      fail(`the FABE analysis failed: ${oneLine(err)}`);
    }
  }
  if (tables.length > 0 || options.files.length > 1) {
    // One page → one object; several → an array (of the tables that could be built).
    io.stdout(`${JSON.stringify(options.files.length === 1 ? tables[0] : tables, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}

async function classifyLines(file: string, lang: string | undefined, io: AuditIo, analyses: FabeCommandAnalyses): Promise<number> {
  let text: string;
  try {
    text = await readText(file, io);
  } catch (err) {
    io.stderr(`audit fabe: ${file === '-' ? 'stdin' : file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  let failed = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: string[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    try {
      const { part, confidence } = analyses.classifyStatement(line, lang);
      // Exactly these keys, in this order: consumers may compare lines as text.
      out.push(JSON.stringify({ text: line, part, confidence }));
    } catch (err) {
      failed = true;
      io.stderr(`audit fabe: line ${i + 1}: could not be classified: ${oneLine(err)}\n`);
    }
  });
  if (out.length) io.stdout(`${out.join('\n')}\n`);
  return failed ? 1 : 0;
}

/** The file (or stdin for `-`) as UTF-8; a file that is not UTF-8 text is refused, not guessed. */
async function readText(file: string, io: AuditIo): Promise<string> {
  if (file === '-') {
    if (!io.readStdin) throw new Error('no stdin to read from');
    return io.readStdin();
  }
  const path = resolve(io.cwd ?? process.cwd(), file);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new Error('is a directory, not a text file');
    if (info.size > MAX_SENTENCE_BYTES) throw new Error(`too large for a statement list (${Math.round(info.size / 1048576)} MB)`);
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error('no such file');
    if (code === 'EACCES' || code === 'EPERM') throw new Error('permission denied');
    throw err;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text (save it as UTF-8)');
  }
}

function oneLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).replace(/\s+/g, ' ').slice(0, 300);
}
