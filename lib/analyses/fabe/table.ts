import type { FabeTable, PageRead } from '../../schema';
import { buildChains } from './chains';
import { baseLang } from './lang';
import { classifyDrafts, draftStatements } from './statements';

/**
 * A PageRead's product and reviews → the FABE table: classified statements with their
 * sources, and chains with evidence. Undefined when the read holds no product.
 */
export function buildFabeTable(read: PageRead): FabeTable | undefined {
  if (!read.product) return undefined;
  const statements = classifyDrafts(draftStatements(read));
  return {
    marketplace: read.marketplace,
    productId: read.product.id,
    ...(read.product.title !== undefined ? { title: read.product.title.slice(0, 20000) } : {}),
    lang: baseLang(read.locale) ?? read.locale,
    statements,
    chains: buildChains(statements, read.product),
  };
}
