import type { FabePart, FabeTable, GapMatrix } from '../../schema';
import { canonicalKey } from './themes';

/**
 * Which themes each listing claims, compared across the user's listing and competitors.
 * Themes are compared by their key (themes.ts: stemmed, synonym groups across languages),
 * so "Batteries" on one listing and 电池 on another are one row; the row is named by the
 * user's wording when the user claims it, else by the first competitor that does.
 * A theme is claimed with the parts its chain has: F/A/B for its statements, E when
 * evidence supports it. missingFromMine is ordered by how many competitors claim the theme.
 */

function claimsOf(table: FabeTable): Map<string, { name: string; parts: Set<FabePart> }> {
  const out = new Map<string, { name: string; parts: Set<FabePart> }>();
  for (const c of table.chains) {
    const key = canonicalKey(c.theme);
    let entry = out.get(key);
    if (!entry) out.set(key, (entry = { name: c.theme, parts: new Set() }));
    if (c.features.length) entry.parts.add('F');
    if (c.advantages.length) entry.parts.add('A');
    if (c.benefits.length) entry.parts.add('B');
    if (!c.unsupported) entry.parts.add('E');
  }
  return out;
}

const ORDER: readonly FabePart[] = ['F', 'A', 'B', 'E'];

export function gapMatrix(mine: FabeTable, competitors: readonly FabeTable[]): GapMatrix {
  const tables = [mine, ...competitors];
  const claims = tables.map(claimsOf);
  const names = new Map<string, string>();
  const count = new Map<string, number>();
  claims.forEach((c, i) => {
    for (const [key, { name }] of c) {
      if (!names.has(key)) names.set(key, name);
      if (i > 0) count.set(key, (count.get(key) ?? 0) + 1);
    }
  });
  const keys = [...names.keys()].sort((a, b) => (count.get(b) ?? 0) + (claims[0]!.has(b) ? 1 : 0) - ((count.get(a) ?? 0) + (claims[0]!.has(a) ? 1 : 0)) || names.get(a)!.localeCompare(names.get(b)!));
  const name = (k: string) => names.get(k)!.slice(0, 200);
  return {
    themes: keys.map(name),
    products: tables.map((t, i) => ({
      productId: t.productId,
      ...(t.title !== undefined ? { title: t.title } : {}),
      mine: i === 0,
      claims: Object.fromEntries(keys.map((k) => [name(k), ORDER.filter((p) => claims[i]!.get(k)?.parts.has(p))])),
    })),
    missingFromMine: keys.filter((k) => !claims[0]!.has(k) && (count.get(k) ?? 0) > 0).sort((a, b) => count.get(b)! - count.get(a)!).map(name),
    onlyMine: keys.filter((k) => claims[0]!.has(k) && !count.get(k)).map(name),
  };
}
