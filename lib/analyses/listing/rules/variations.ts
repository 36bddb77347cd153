import type { ListingCheck, Product } from '../../../schema';
import { cannotJudge, judged, missingWhy, msg, num, type RuleEnv, unknown } from '../check';
import { HEURISTIC, SOURCES } from '../norms';

/**
 * Variations (变体 / SKU). `offered` (heuristic, the LQS write-up lists variations): sizes
 * or colours on one listing pool its reviews and catch each variant's searches, so a
 * single-variant listing warns (never fails: one variant is a valid product). `selected`
 * (Amazon, JD): a page that opens with a variant chosen shows its price and stock at once;
 * a single-variant listing has nothing to choose, so it passes.
 */

const OFFERED_SOURCE = `${SOURCES.lqs} (${HEURISTIC})`;

export interface VariationView {
  dimensions: string[];
  count?: number;
  selected?: string;
}

/** Variations from the page's `variations` part, else from option groups with a real choice (2+ values). */
export function variationsOf(p: Product): VariationView | undefined {
  // A page that counts exactly one variant offers no choice.
  if (p.variations?.count === 1) return undefined;
  if (p.variations) return { dimensions: p.variations.dimensions, ...(p.variations.count !== undefined ? { count: p.variations.count } : {}), ...(p.variations.selected ? { selected: p.variations.selected } : {}) };
  const groups = (p.options ?? []).filter((g) => g.values.length >= 2);
  if (groups.length === 0) return undefined;
  const chosen = groups.flatMap((g) => g.values.filter((v) => v.selected).map((v) => `${g.name}: ${v.text}`));
  return {
    dimensions: groups.map((g) => g.name),
    // Every combination is a variant only as an upper bound; pages do not say which exist, so no count.
    ...(chosen.length ? { selected: chosen.join(' · ') } : {}),
  };
}

const describe = (v: VariationView, zh = false) => `${v.dimensions.join(' × ')}${v.count === undefined ? '' : zh ? ` · ${num(v.count)} 个变体` : ` · ${num(v.count)} variants`}`;

function offeredCheck(env: RuleEnv, v: VariationView | undefined): ListingCheck {
  const rule = 'listing.variations.offered';
  const source = OFFERED_SOURCE;
  if (!v) {
    return judged(env, rule, 'warn', msg('只有一个款式，没有尺码、颜色等可选变体。', 'A single variant — no sizes, colours or other choices.'), {
      value: 'single variant',
      source,
      fix: msg('若有多个尺码/颜色/规格，合并到一个链接下作为变体。', 'If you sell several sizes, colours or packs, list them as variations of one listing.'),
    });
  }
  const value = describe(v);
  return judged(env, rule, 'pass', msg(`有变体：${describe(v, true)}。`, `Variations offered: ${value}.`), { value, source });
}

function selectedCheck(env: RuleEnv, v: VariationView | undefined): ListingCheck {
  const rule = 'listing.variations.selected';
  if (!v) return judged(env, rule, 'pass', msg('只有一个款式，无需选择，价格和库存直接可见。', 'A single variant: nothing to choose, price and stock show at once.'), { value: 'single variant', source: HEURISTIC });
  if (v.selected) return judged(env, rule, 'pass', msg(`默认选中“${v.selected}”，价格和库存直接可见。`, `"${v.selected}" is selected, so price and stock show at once.`), { value: v.selected, source: HEURISTIC });
  return judged(env, rule, 'warn', msg('有变体但没有默认选中，买家要先选规格才能看到价格和库存。', 'Variations with none selected: buyers must choose before they see a price and stock.'), {
    value: 'none selected',
    source: HEURISTIC,
    fix: msg('设置一个默认变体（最畅销的款式）。', 'Set a default variant (the best seller).'),
  });
}

export function variationChecks(env: RuleEnv): ListingCheck[] {
  const rules = (['listing.variations.offered', 'listing.variations.selected'] as const).filter((r) => env.weights[r] !== undefined);
  if (rules.length === 0) return [];
  if (cannotJudge(env, ['variations', 'options'])) return rules.map((r) => unknown(r, missingWhy(env, ['variations', 'options'], msg('变体/规格', 'the variations')), { source: r.endsWith('offered') ? OFFERED_SOURCE : HEURISTIC }));
  const v = variationsOf(env.product);
  return rules.map((r) => (r === 'listing.variations.offered' ? offeredCheck(env, v) : selectedCheck(env, v)));
}
