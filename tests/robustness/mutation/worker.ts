import { parentPort, workerData } from 'node:worker_threads';
import { loadPage, type PageSpec } from './pages';
import { mutatePage } from './run-page';

/** One worker thread of run.ts: mutates its share of the pages, posting one outcome per page. */
const { pages, seed, perPage } = workerData as { pages: PageSpec[]; seed: number; perPage: number };
for (const spec of pages) {
  parentPort!.postMessage(await mutatePage(loadPage(spec), seed, perPage));
}
