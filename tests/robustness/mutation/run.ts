import type { SuiteRow } from '../summary';

/** STUB (issue #9, being written): seeded mutations of every real fixture page through its reader. */
export async function runMutations(_opts: { seed: number; perPage?: number; log?: (line: string) => void }): Promise<SuiteRow[]> {
  throw new Error('runMutations: not written yet');
}
