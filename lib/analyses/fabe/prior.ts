import { FABE_PARTS, type FabePart } from '../../schema';
import { FAMILY_IDS, partOfFamily } from './cues';
import { FEATURE_NAMES } from './features';

/**
 * The hand-set weights: what the definitions say each feature means, before any data.
 * They are the whole model until model.json holds trained weights, and the centre the
 * training pulls back to (tests/fabe/train.ts: L2 towards these, not towards zero), so a
 * feature seen rarely in the dev split keeps its documented meaning.
 *
 * - A cue family votes 1.5 for its own part.
 * - A "Name: value" row votes 2.5 for the part its name points at (材质 → F, 品牌 → none,
 *   适用年龄 → B, 续航时间 → A, 执行标准 → E; a name that matches nothing → F).
 * - Numbers with units lean F (quantities the product has) unless they carry a
 *   comparison (A); in a review a number is what the reviewer observed (E, R1).
 * - Reviews lean none (R3/R4: praise, complaints, service) and E (R1); a negative
 *   statement is never F/A/B; a question is none.
 * - Short noun phrases without a verb lean F; an imperative or a heading leans to claims.
 * - A "Name: value" row's value votes 1 for the part its cues point at (0.5 for F/none);
 *   a package-contents list leans F; "you" with a gain leans B, "you" alone leans A.
 * - In reviews (R1): a narrated past, a time of use, the reviewer's own things and a seen
 *   defect lean E; a guess or hope, and a story whose only event is buying, lean none.
 */

export type Weights = Record<string, Record<FabePart, number>>;

const zero = (): Record<FabePart, number> => ({ F: 0, A: 0, B: 0, E: 0, none: 0 });

const STRUCTURAL: Record<string, Partial<Record<FabePart, number>>> = {
  bias: { none: 0.6, F: 0.2 },
  'name:F': { F: 2.5 },
  'name:A': { A: 2.5 },
  'name:B': { B: 2.5 },
  'name:E': { E: 2.5 },
  'name:none': { none: 3 },
  'origin:spec': { F: 1.5, none: 0.5 },
  'origin:title': { F: 0.5, A: 0.3 },
  'origin:bullet': { A: 0.3, B: 0.3 },
  'origin:description': {},
  'origin:review': { none: 0.6, E: 0.6, F: -0.8 },
  'review:high-rating': { A: 0.2, B: 0.2 },
  'review:low-rating': { none: 0.8, E: 0.5, F: -0.5, A: -1, B: -1 },
  'review:number': { E: 1.5 },
  'review:negation': { none: 1.0, E: 0.3, A: -0.8, B: -0.8, F: -0.5 },
  'review:first-person': { E: 0.5, none: 0.5 },
  'numunit:1': { F: 1.0 },
  'numunit:2+': { F: 1.8 },
  // A duration is a result in use (A), or a time of use in a review (E): it takes back the
  // Feature lean of the unit count (GUIDELINES §3.2).
  'numunit:time': { F: -1.0, A: 1.0 },
  'number-comparison': { A: 2.0 },
  'number:bare': { F: 0.3 },
  'len:short': { none: 0.3, F: 0.3 },
  'len:long': { B: 0.2, A: 0.2 },
  heading: { A: 0.2, F: 0.2 },
  'key-value': { F: 0.5 },
  phrase: { F: 0.8 },
  question: { none: 2.5 },
  exclaim: { none: 0.3 },
  'first-person': { none: 0.5, E: 0.5 },
  'seller-we': { none: 0.3 },
  negation: { none: 0.3 },
  imperative: { B: 0.8 },
  'review:event': { E: 1.0 },
  'review:past': { E: 0.8 },
  'review:past+first-person': { E: 0.5 },
  'review:span': { E: 1.0 },
  'review:defect': { E: 1.5, none: 0.5, A: -0.5, B: -0.5, F: -0.5 },
  'review:irrealis': { none: 1.0, E: -0.5 },
  'pack-list': { F: 1.5 },
  'value:F': { F: 0.5 },
  'value:A': { A: 1.0 },
  'value:B': { B: 1.0 },
  'value:E': { E: 1.0 },
  'value:none': { none: 0.5 },
  'you+gain': { B: 0.5 },
  'review:purchase-only': { none: 1.0, E: -1.0 },
  'review:my': { E: 0.5 },
  // A repeat purchase is the 复购 signal of R1 (E), not a purchase story.
  'review:repeat': { E: 1.5, none: -0.5 },
  'you-only': { A: 0.5, B: -0.5 },
  instruction: { none: 2.0 },
  conditional: { none: 0.8 },
  'no-verb': { F: 0.5 },
  date: { none: 1.0 },
  'review:complaint+concrete': { E: 1.0 },
  'review:complaint-only': { none: 1.0 },
  'review:praise-only': { none: 1.5 },
  'review:property': { A: 0.5 },
  'praise-only': { none: 1.0 },
};

export function priorWeights(): Weights {
  const w: Weights = {};
  for (const f of FEATURE_NAMES) w[f] = zero();
  for (const fam of FAMILY_IDS) w[`cue:${fam}`]![partOfFamily(fam)] = 1.5;
  for (const [f, parts] of Object.entries(STRUCTURAL)) {
    for (const p of FABE_PARTS) w[f]![p] = parts[p] ?? 0;
  }
  return w;
}
