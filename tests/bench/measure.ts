/**
 * Timing helpers for the benchmark: medians of interleaved runs, so a slow moment of the
 * machine (two cores shared with other work) hits both measurements alike.
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (`p` in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Milliseconds one call of `fn` takes. */
export function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * The baseline a reader is compared with: one full walk of the document, visiting every
 * element (`querySelectorAll('*')`) and reading every text node. A reader that costs a
 * few walks is cheap; one that costs hundreds is doing something per element it should not.
 */
export function fullWalk(doc: Document): { elements: number; textChars: number } {
  const elements = doc.querySelectorAll('*').length;
  let textChars = 0;
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textChars += (node as Text).data.length;
  return { elements, textChars };
}

export interface PairTiming {
  readMs: number;
  walkMs: number;
  ratio: number;
}

/** One warm-up of each, then `runs` interleaved pairs; medians and the ratio of medians. */
export function measurePair(read: () => unknown, walk: () => unknown, runs: number): PairTiming {
  read();
  walk();
  const reads: number[] = [];
  const walks: number[] = [];
  for (let i = 0; i < runs; i++) {
    reads.push(time(read));
    walks.push(time(walk));
  }
  const readMs = median(reads);
  const walkMs = median(walks);
  return { readMs, walkMs, ratio: readMs / walkMs };
}

/** One page's timing in the benchmark. */
export interface PageTiming extends PairTiming {
  marketplace: string;
}

export interface MarketplaceSummary {
  marketplace: string;
  pages: number;
  readMedianMs: number;
  readMaxMs: number;
  walkMedianMs: number;
  /** Median of the pages' read/walk ratios, and the largest. */
  ratioMedian: number;
  ratioMax: number;
  /** Total read time over total walk time (big pages weigh more). */
  ratioAll: number;
}

/** Per-marketplace medians and ratios, in the order the marketplaces first appear. */
export function summariseByMarketplace(rows: readonly PageTiming[]): MarketplaceSummary[] {
  const groups = new Map<string, PageTiming[]>();
  for (const r of rows) groups.set(r.marketplace, [...(groups.get(r.marketplace) ?? []), r]);
  return [...groups].map(([marketplace, g]) => ({
    marketplace,
    pages: g.length,
    readMedianMs: median(g.map((r) => r.readMs)),
    readMaxMs: Math.max(...g.map((r) => r.readMs)),
    walkMedianMs: median(g.map((r) => r.walkMs)),
    ratioMedian: median(g.map((r) => r.ratio)),
    ratioMax: Math.max(...g.map((r) => r.ratio)),
    ratioAll: g.reduce((s, r) => s + r.readMs, 0) / g.reduce((s, r) => s + r.walkMs, 0),
  }));
}

/** Prints a table: text columns (the first `textColumns`) left-aligned, numbers right-aligned; a rule before the last row when `footer`. */
export function printTable(header: string[], body: string[][], textColumns: number, footer = false): void {
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const lines = body.map(line);
  if (footer) lines.splice(lines.length - 1, 0, rule);
  console.log([line(header), rule, ...lines].join('\n'));
}
