import type { SuiteRow } from '../summary';

/** STUB (issue #9, being written): hostile messages, import files and export cells. */
export async function runHostile(_opts: { seed: number; log?: (line: string) => void }): Promise<SuiteRow[]> {
  throw new Error('runHostile: not written yet');
}
