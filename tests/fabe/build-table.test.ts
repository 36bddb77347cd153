import { describe, expect, it } from 'vitest';
import { buildFabeTable } from '../../lib/analyses/fabe';
import { readPage } from '../../lib/marketplaces/run-reader';
import { FabeTableSchema, type PageRead, type StatementSource } from '../../lib/schema';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../support/shared-fixtures';

/** buildFabeTable over every real saved product page: statements must point at real text. */

if (!HAVE_SHARED_FIXTURES) console.log(`[fabe] ${SKIP_REASON}; real-page FABE tests skipped.`);

const pages = HAVE_SHARED_FIXTURES
  ? ['amazon', 'taobao', 'tmall', 'jd'].flatMap(answerKeys).filter((k) => k.url && k.pageKind === 'product').map((k) => [k.file, k.url!] as const)
  : [];

function sourceText(read: PageRead, s: StatementSource): string | undefined {
  const p = read.product!;
  switch (s.origin) {
    case 'title': return p.title;
    case 'bullet': return p.bullets?.[s.index!];
    case 'description': return p.description;
    case 'review': return read.reviews?.[s.index!]?.body;
    default: return undefined;
  }
}

describe.skipIf(!HAVE_SHARED_FIXTURES)('buildFabeTable on real product pages', () => {
  it.each(pages)('%s', (file, url) => {
    const { document, close } = loadSavedPage(file, url);
    let read: PageRead;
    try { read = readPage(document, url); } finally { close(); }
    const table = buildFabeTable(read)!;
    expect(FabeTableSchema.safeParse(table).success).toBe(true);
    expect(table.productId).toBe(read.product!.id);
    const ids = new Set(table.statements.map((s) => s.id));
    expect(ids.size).toBe(table.statements.length);
    for (const s of table.statements) {
      if (s.source.start !== undefined) {
        expect(sourceText(read, s.source)?.slice(s.source.start, s.source.end)).toBe(s.text);
      } else if (s.source.origin === 'spec') {
        expect(`${s.source.specName}: ${read.product!.specs![s.source.specName!]}`.startsWith(s.text)).toBe(true);
      } else {
        expect(s.source.origin).toBe('review');
        expect(read.reviews![s.source.index!]!.title?.trim().startsWith(s.text)).toBe(true);
      }
    }
    // Chains only name statements of the table.
    for (const c of table.chains) for (const id of [...c.features, ...c.advantages, ...c.benefits]) expect(ids.has(id)).toBe(true);
    const statements = (read.product!.bullets?.length ?? 0) + Object.keys(read.product!.specs ?? {}).length + (read.reviews?.length ?? 0);
    if (statements > 0) expect(table.statements.length).toBeGreaterThan(0);
  });
});
