/**
 * Child process of the reviews bench (reviews.ts): reads every saved page that has reviews
 * and prints them as one JSON array on stdout, so the bench's own heap stays clean.
 */
import { readPage } from '../../lib/marketplaces/run-reader';
import type { Review } from '../../lib/schema';
import { answerKeys, loadSavedPage } from '../support/shared-fixtures';

const out: Review[] = [];
for (const key of ['amazon', 'taobao', 'tmall', 'jd'].flatMap(answerKeys)) {
  if (!key.url) continue;
  const { document, close } = loadSavedPage(key.file, key.url);
  try {
    out.push(...(readPage(document, key.url).reviews ?? []).filter((r) => r.body || r.title));
  } finally {
    close();
  }
}
process.stdout.write(JSON.stringify(out));
