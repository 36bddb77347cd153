import { isDeepStrictEqual } from 'node:util';
import { parseUntrustedHtml } from '../../../lib/cli/load-page';
import { readWith } from '../../../lib/marketplaces/read-with';
import { adapterFor } from '../../../lib/marketplaces/registry';
import type { MarketplaceAdapter } from '../../../lib/marketplaces/types';
import { PageReadSchema, type PageRead } from '../../../lib/schema';
import { RAN_FLAG } from './hostile-strings';
import { applyMutations, truncateHtml, undoAll, type Applied } from './operators';
import { judge, squeeze, type Explanation } from './oracle';
import { mutantRng, type Rng } from './prng';
import { findTargets, type PageTargets } from './targets';

/**
 * Mutants of one saved page: parse once, read the original, then per mutant apply 1–3 DOM
 * operators (or cut the file and re-parse, one mutant in TRUNCATE_SHARE), read, judge
 * against the original read, undo.
 */
export interface PageJob {
  /** Path under the shared fixtures folder, e.g. `amazon/product/x.html`. */
  file: string;
  /** Where the page is read (its answer key's address). */
  url: string;
  /** Marketplace row the page counts in (the key's; tmall separate from taobao). */
  marketplace: string;
  html: string;
}

export type FailureKind = 'throw' | 'invalid' | 'wrong' | 'script-ran' | 'harness';

export interface PageOutcome {
  file: string;
  marketplace: string;
  tried: number;
  rejected: number;
  failures: number;
  byKind: Partial<Record<FailureKind, number>>;
  /** The first few failures, each replayable from seed, file and index. */
  notes: string[];
  ms: number;
}

const TRUNCATE_SHARE = 0.1;
const NOTES_KEPT = 5;
/** Fixed so reads compare equal (readAt is stamped from it). */
const NOW = new Date('2026-11-26T00:00:00Z');

interface Attempt {
  read?: PageRead;
  /** A reader exception (caught by readWith and turned into a `page` issue) or a validate throw. */
  threw?: string;
  invalid?: string;
}

export function readOnce(adapter: MarketplaceAdapter, doc: Document, href: string): Attempt {
  const url = new URL(href);
  let read: PageRead;
  try {
    read = readWith(adapter, doc, url, NOW);
  } catch (err) {
    return { threw: `readWith threw: ${String(err)}` };
  }
  if (read.issues.some((i) => i.field === 'page' && i.message.startsWith('Reader failed:'))) {
    return { read, threw: readerStack(adapter, doc, url) };
  }
  const parsed = PageReadSchema.safeParse(read);
  if (!parsed.success) return { read, invalid: parsed.error.issues.slice(0, 2).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { read };
}

/** readWith keeps only the message; re-running the reader gives the stack for the note. */
function readerStack(adapter: MarketplaceAdapter, doc: Document, url: URL): string {
  try {
    adapter.read(doc, url, adapter.detect(url, doc));
    return 'reader threw (not reproduced on re-read)';
  } catch (err) {
    const stack = err instanceof Error ? (err.stack ?? String(err)) : String(err);
    return stack.split('\n').slice(0, 4).map((l) => l.trim()).join(' | ');
  }
}

function scriptRan(doc: Document): boolean {
  const view = doc.defaultView as unknown as Record<string, unknown> | null;
  return (globalThis as Record<string, unknown>)[RAN_FLAG] !== undefined || view?.[RAN_FLAG] !== undefined;
}

export interface Mutant {
  doc: Document;
  applied: Applied[];
  /** The re-parsed cut file, when the mutant is a truncation (close it when done). */
  cut?: ReturnType<typeof parseUntrustedHtml>;
  cutHtml?: string;
  ops: string;
}

/** One mutant: a cut and re-parsed file, or 1–3 operators applied to `doc` (undo with undoAll). */
export function buildMutant(job: PageJob, doc: Document, targets: PageTargets, rng: Rng): Mutant {
  if (rng.chance(TRUNCATE_SHARE)) {
    const t = truncateHtml(job.html, rng);
    const cut = parseUntrustedHtml(t.html, job.url);
    return { doc: cut.document, applied: [], cut, cutHtml: t.html, ops: t.detail };
  }
  const applied = applyMutations(doc, targets, rng);
  return { doc, applied, ops: applied.map((a) => a.detail).join('; ') };
}

/** The tail as text: a tag cut in half reaches the read with its `&amp;` decoded. */
function decodeEntities(html: string): string {
  return html.replace(/&(amp|quot|lt|gt|#39|nbsp);/g, (_, e: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", nbsp: ' ' })[e]!);
}

/** Characters before a cut that the oracle may find a cut value in. */
const CUT_TAIL = 2000;

export function explain(applied: readonly Applied[], cutHtml?: string, pageText?: string): Explanation {
  const truncated = cutHtml !== undefined;
  return {
    cutTail: cutHtml === undefined ? undefined : decodeEntities(cutHtml.slice(-CUT_TAIL)),
    pageText,
    lost: truncated || applied.some((a) => a.lost),
    truncated,
    inPlace: applied.some((a) => a.inPlace),
    duplicated: applied.some((a) => a.duplicated),
    removedTexts: applied.flatMap((a) => (a.removedText ? [a.removedText] : [])),
    addedTexts: applied.flatMap((a) => (a.addedText ? [a.addedText] : [])),
    injectedTexts: applied.flatMap((a) => (a.addedText && a.op.startsWith('inject-') ? [a.addedText] : [])),
  };
}


export async function mutatePage(job: PageJob, seed: number, count: number): Promise<PageOutcome> {
  const started = performance.now();
  const out: PageOutcome = { file: job.file, marketplace: job.marketplace, tried: 0, rejected: 0, failures: 0, byKind: {}, notes: [], ms: 0 };
  const record = (kind: FailureKind, index: number, ops: string, detail: string) => {
    out.failures++;
    out.byKind[kind] = (out.byKind[kind] ?? 0) + 1;
    if (out.notes.length < NOTES_KEPT) out.notes.push(`${job.file} #${index} [${ops}] ${kind}: ${detail}`);
  };
  const adapter = adapterFor(new URL(job.url));
  if (!adapter) {
    record('harness', -1, '', `no adapter for ${job.url}`);
    return { ...out, ms: performance.now() - started };
  }
  const page = parseUntrustedHtml(job.html, job.url);
  try {
    const base = readOnce(adapter, page.document, job.url);
    if (!base.read || base.threw || base.invalid) {
      record('harness', -1, 'original', base.threw ?? base.invalid ?? 'no read');
      return out;
    }
    const original = base.read;
    const targets = findTargets(page.document, original);
    const pageText = squeeze(page.document.documentElement.textContent ?? '');
    for (let i = 0; i < count; i++) {
      const { doc, applied, cut, cutHtml, ops } = buildMutant(job, page.document, targets, mutantRng(seed, job.file, i));
      try {
        out.tried++;
        const attempt = readOnce(adapter, doc, job.url);
        if (scriptRan(doc)) record('script-ran', i, ops, 'an injected script or handler ran');
        if (attempt.threw) record('throw', i, ops, attempt.threw);
        else if (attempt.invalid) record('invalid', i, ops, attempt.invalid);
        else {
          const verdict = judge(original, attempt.read!, explain(applied, cutHtml, pageText));
          if (verdict.rejected) out.rejected++;
          if (verdict.failures.length > 0) record('wrong', i, ops, verdict.failures.join(' | '));
        }
      } finally {
        undoAll(applied);
        cut?.close();
      }
    }
    // The undos must have restored the page exactly, or later mutants judged a different page.
    const after = readOnce(adapter, page.document, job.url);
    if (!isDeepStrictEqual(after.read, original)) record('harness', count, 'restore', 'page read differs after undoing every mutant');
  } finally {
    page.close();
    // happy-dom's close is asynchronous: give it a turn so parsed pages do not pile up.
    await new Promise((resolve) => setImmediate(resolve));
  }
  out.ms = performance.now() - started;
  return out;
}
