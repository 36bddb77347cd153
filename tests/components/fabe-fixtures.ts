import type { FabeAnalyses } from '../../entrypoints/sidepanel/fabe-state';
import { FabeTableSchema, GapMatrixSchema, SellingPointDraftSchema, type FabePart, type FabeTable, type GapMatrix, type PageRead } from '../../lib/schema';

/**
 * Hand-built FABE results for the view tests, parsed through the schema so they are what
 * the real analyses may return. The view tests check layout, isolation and escaping on
 * these (predictable) values; fabe-real.test.tsx runs the same views on the real analyses.
 */

export const HOSTILE = 'Enjoy your tea <img src=x onerror="alert(1)"> on the commute';

export function mugTable(productId = 'B0TESTFABE'): FabeTable {
  return FabeTableSchema.parse({
    marketplace: 'amazon',
    productId,
    title: 'Listing Lens Test Travel Mug, 16 oz',
    lang: 'en',
    statements: [
      { id: 's1', text: 'Made of 304 stainless steel with a double-wall vacuum layer', lang: 'en', source: { origin: 'bullet', index: 0, start: 0, end: 59 }, part: 'F', confidence: 0.9, cue: 'made of' },
      { id: 's2', text: 'Keeps drinks hot for 12 hours, far longer than single-wall cups', lang: 'en', source: { origin: 'bullet', index: 1 }, part: 'A', confidence: 0.8, cue: 'longer than' },
      { id: 's3', text: '=Fill it at breakfast and your coffee is still hot, "even on long days", 随时随地', lang: 'en', source: { origin: 'bullet', index: 2 }, part: 'B', confidence: 0.7, cue: 'your' },
      { id: 's4', text: 'SGS tested and certified FDA food-grade', lang: 'en', source: { origin: 'bullet', index: 3 }, part: 'E', confidence: 0.95, cue: 'SGS' },
      { id: 's5', text: 'Material: 304 Stainless Steel', lang: 'en', source: { origin: 'spec', specName: 'Material' }, part: 'F', confidence: 0.85, cue: 'material' },
      { id: 's6', text: HOSTILE, lang: 'en', source: { origin: 'description', index: 1 }, part: 'none', confidence: 0.2 },
      { id: 's7', text: 'The lid leaked and the tea was cold by noon', lang: 'en', source: { origin: 'review', index: 2, reviewId: 'R1FABETEST03', reviewDate: '2026-01-20', reviewRating: 1 }, part: 'E', confidence: 0.6, cue: '1★ review' },
      { id: 's8', text: 'Leak-proof lid you can toss in your bag', lang: 'en', source: { origin: 'bullet', index: 4 }, part: 'B', confidence: 0.75, cue: 'you can' },
    ],
    chains: [
      {
        id: 'c-lid',
        theme: 'lid',
        features: [],
        advantages: [],
        benefits: ['s8'],
        evidence: [{ kind: 'review-quote', text: 'The lid leaked and the tea was cold by noon', statementId: 's7', stance: 'contradicts' }],
        unsupported: true,
        strength: 1,
      },
      {
        id: 'c-insulation',
        theme: 'insulation',
        features: ['s1', 's5'],
        advantages: ['s2'],
        benefits: ['s3'],
        evidence: [
          { kind: 'certification', text: 'SGS tested and certified FDA food-grade', statementId: 's4', stance: 'supports', warnings: [{ en: 'FDA approved needs a document', zh: 'FDA 认证需要证明文件' }] },
          { kind: 'rating', text: '4.7★ from 2,300 ratings', stance: 'supports' },
        ],
        unsupported: false,
        strength: 3.5,
      },
    ],
  });
}

/** A competitor's table: one F statement and one chain per bullet, the theme its first word. */
export function bulletTable(read: PageRead): FabeTable | undefined {
  const p = read.product;
  if (!p) return undefined;
  const bullets = p.bullets ?? [];
  return FabeTableSchema.parse({
    marketplace: read.marketplace,
    productId: p.id,
    title: p.title,
    lang: 'en',
    statements: bullets.map((b, i) => ({ id: `${p.id}-${i}`, text: b, lang: 'en', source: { origin: 'bullet', index: i }, part: 'F', confidence: 0.5 })),
    chains: bullets.map((b, i) => ({
      id: `${p.id}-c${i}`,
      theme: b.split(/\s+/)[0]!.toLowerCase(),
      features: [`${p.id}-${i}`],
      advantages: [],
      benefits: [],
      evidence: [],
      unsupported: true,
      strength: 0.5,
    })),
  });
}

/** Themes × products from the chains, the parts each chain has. */
export function simpleGap(mine: FabeTable, competitors: readonly FabeTable[]): GapMatrix {
  const claims = (t: FabeTable) => {
    const out: Record<string, FabePart[]> = {};
    for (const c of t.chains) {
      const parts: FabePart[] = [];
      if (c.features.length) parts.push('F');
      if (c.advantages.length) parts.push('A');
      if (c.benefits.length) parts.push('B');
      if (c.evidence.length) parts.push('E');
      out[c.theme] = parts;
    }
    return out;
  };
  const all = [mine, ...competitors];
  const themes = [...new Set(all.flatMap((t) => t.chains.map((c) => c.theme)))];
  const mineThemes = new Set(mine.chains.map((c) => c.theme));
  const theirs = new Set(competitors.flatMap((t) => t.chains.map((c) => c.theme)));
  return GapMatrixSchema.parse({
    themes,
    products: all.map((t, i) => ({ productId: t.productId, title: t.title, mine: i === 0, claims: claims(t) })),
    missingFromMine: themes.filter((th) => !mineThemes.has(th)),
    onlyMine: themes.filter((th) => mineThemes.has(th) && !theirs.has(th)),
  });
}

/** Analyses over the hand-built tables: the mug table for B0TESTFABE, bulletTable for the rest. */
export const fakeFabe: FabeAnalyses = {
  buildFabeTable: (read) => (read.product?.id === 'B0TESTFABE' ? mugTable() : bulletTable(read)),
  gapMatrix: simpleGap,
  sellingPointDrafts: (table, options = {}) =>
    table.chains
      .filter((c) => c.benefits.length > 0)
      .slice(0, options.limit ?? 3)
      .map((c, i) =>
        SellingPointDraftSchema.parse({
          text: i === 0 ? 'Commuters: coffee still hot at 4 pm — SGS-tested 304 steel' : `Drafted from ${c.theme}`,
          lang: 'en',
          chainId: c.id,
          rulesPassed: i === 0,
        }),
      ),
};

/** The same analyses with one of them throwing. */
export function throwing(which: keyof FabeAnalyses, message = 'boom: analysis exploded'): FabeAnalyses {
  return {
    ...fakeFabe,
    [which]: () => {
      throw new Error(message);
    },
  };
}
