import type { ClassifiedStatement, FabePart, FabeTable, GapMatrix, PageRead, SellingPointDraft } from '../../schema';

/**
 * STUBS (issue #5, being written) with their final signatures:
 * - classifyStatement: one statement → part, confidence and the deciding cue.
 * - classifyByCues: the cue-word-only baseline the evaluation compares against.
 * - buildFabeTable: a PageRead's product (bullets, description, specs, title) and its reviews
 *   → statements linked to their source, classified, grouped into chains with evidence.
 * - gapMatrix: the user's table against competitors' tables.
 * - sellingPointDrafts: 一句话卖点 from the strongest chains, checked against the banned lists.
 */

export interface Classification {
  part: FabePart;
  confidence: number;
  cue?: string;
}

export function classifyStatement(_text: string, _lang?: string): Classification {
  return { part: 'none', confidence: 0 };
}

export function classifyByCues(_text: string, _lang?: string): Classification {
  return { part: 'none', confidence: 0 };
}

export function buildFabeTable(read: PageRead): FabeTable | undefined {
  if (!read.product) return undefined;
  return { marketplace: read.marketplace, productId: read.product.id, lang: read.locale, statements: [] as ClassifiedStatement[], chains: [] };
}

export function gapMatrix(mine: FabeTable, competitors: readonly FabeTable[]): GapMatrix {
  return {
    themes: [],
    products: [mine, ...competitors].map((t, i) => ({ productId: t.productId, title: t.title, mine: i === 0, claims: {} })),
    missingFromMine: [],
    onlyMine: [],
  };
}

export function sellingPointDrafts(_table: FabeTable, _options: { limit?: number } = {}): SellingPointDraft[] {
  return [];
}
