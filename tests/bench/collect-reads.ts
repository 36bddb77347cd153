/**
 * Child process of the FABE bench (fabe.ts): reads the saved pages named on the command
 * line and prints their PageReads as one JSON array on stdout, so the bench's own heap holds
 * no page documents (their garbage made every first-read GC pause longer than the work).
 */
import { readPage } from '../../lib/marketplaces/run-reader';
import type { PageRead } from '../../lib/schema';
import { answerKeys, loadSavedPage } from '../support/shared-fixtures';

const keys = ['amazon', 'taobao', 'tmall', 'jd'].flatMap(answerKeys);
const out: PageRead[] = [];
for (const file of process.argv.slice(2)) {
  const url = keys.find((k) => k.file === file)?.url;
  if (!url) continue;
  const { document, close } = loadSavedPage(file, url);
  try {
    out.push(readPage(document, url));
  } finally {
    close();
  }
}
process.stdout.write(JSON.stringify(out));
