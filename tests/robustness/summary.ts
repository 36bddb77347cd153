/**
 * The robustness suite's one report (issue #9): every part returns rows of this shape and
 * run.ts prints them as one table, which the closing note quotes.
 */
export interface SuiteRow {
  /** e.g. "mutated pages · amazon", "import files", "messages". */
  suite: string;
  /** Inputs tried (mutated pages, files, messages…). */
  tried: number;
  /** Inputs rejected with a named error (expected for hostile input; 0 for pages). */
  rejected: number;
  /** Failures: a throw, an invalid output, a silent wrong value, a changed database. Must be 0. */
  failures: number;
  /** One line: what a failure was, or what the rejections said. */
  note?: string;
}

export function formatSummary(rows: readonly SuiteRow[]): string {
  const head = ['suite', 'tried', 'rejected', 'failures', 'note'];
  const body = rows.map((r) => [r.suite, String(r.tried), String(r.rejected), String(r.failures), r.note ?? '']);
  const total = ['total', String(sum(rows, 'tried')), String(sum(rows, 'rejected')), String(sum(rows, 'failures')), ''];
  const all = [head, ...body, total];
  const widths = head.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c >= 1 && c <= 3 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), line(total)].join('\n');
}

function sum(rows: readonly SuiteRow[], key: 'tried' | 'rejected' | 'failures'): number {
  return rows.reduce((n, r) => n + r[key], 0);
}
