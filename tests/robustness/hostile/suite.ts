import type { SuiteRow } from '../summary';

/** One hostile suite's row for the summary, and every failure spelled out (the row notes the first). */
export interface SuiteResult {
  row: SuiteRow;
  failures: string[];
}

/** The row's note: the first failure (and how many more), else what the rejections were. */
export function failureNote(failures: readonly string[], allGood: string): string {
  if (!failures.length) return allGood;
  const first = failures[0]!.length > 140 ? `${failures[0]!.slice(0, 140)}…` : failures[0]!;
  return failures.length > 1 ? `${first} (+${failures.length - 1} more)` : first;
}
