import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseUntrustedHtml } from '../../../../lib/cli/load-page';
import { readPage } from '../../../../lib/marketplaces/run-reader';
import { PageReadSchema, type PageRead } from '../../../../lib/schema';

/** Pages we wrote (tests/fixtures/{taobao,tmall}); each says at its top what it is based on. */
const FIXTURES = join(import.meta.dirname, '../../../fixtures');
const NOW = new Date('2026-11-26T00:00:00Z');

/** Reads one of our pages at `url`, after an optional edit of its DOM; the read must be schema-valid. */
export function readOwnPage(file: string, url: string, edit: (doc: Document) => void = () => undefined): PageRead {
  const { document, close } = parseUntrustedHtml(readFileSync(join(FIXTURES, file), 'utf8'), url);
  try {
    edit(document);
    const read = readPage(document, url, NOW);
    expect(PageReadSchema.safeParse(read).success).toBe(true);
    return read;
  } finally {
    close();
  }
}

export const cny = (amount: number) => ({ amount, currency: 'CNY' });
export const issueFields = (r: PageRead) => r.issues.map((i) => i.field);

/** Removes every element matching `selector` (test edits only). */
export const removeAll = (selector: string) => (doc: Document) => {
  for (const el of Array.from(doc.querySelectorAll(selector))) el.remove();
};

/** Removes the inline scripts (the embedded page-state JSON), leaving the rendered DOM. */
export const withoutScripts = removeAll('script');
