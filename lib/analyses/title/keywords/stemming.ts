/**
 * Light English stemming for keyword matching: singular and plural of a word map to the
 * same key, so "bottle" finds "Bottles" and "batteries" finds "Battery". The key is a
 * comparison key, never shown to the user, so it need not be a word: "battery" and
 * "batteries" both become "batterie", "headache" and "headaches" both "headach".
 *
 * Deliberately light (no Porter/Snowball): titles are short, and a stemmer that folds
 * "running" into "run" or "glass" into "glas" makes a keyword look present when the title
 * says something else. Only noun plurals and the possessive are folded.
 */

/** Irregular plurals (and the f → ves family, which no suffix rule gets right both ways). */
const IRREGULAR = new Map<string, string>([
  ['men', 'man'], ['mens', 'man'], ['women', 'woman'], ['womens', 'woman'],
  ['children', 'child'], ['childrens', 'child'], ['feet', 'foot'], ['teeth', 'tooth'],
  ['mice', 'mouse'], ['geese', 'goose'], ['people', 'person'], ['dice', 'die'],
  ['knives', 'knife'], ['wives', 'wife'], ['lives', 'life'], ['leaves', 'leaf'],
  ['loaves', 'loaf'], ['halves', 'half'], ['shelves', 'shelf'], ['selves', 'self'],
  ['wolves', 'wolf'], ['calves', 'calf'], ['elves', 'elf'], ['thieves', 'thief'],
  ['scarves', 'scarf'], ['hooves', 'hoof'], ['buses', 'bus'], ['lenses', 'lens'],
  ['gases', 'gas'], ['quizzes', 'quiz'], ['skis', 'ski'], ['bikinis', 'bikini'],
  ['kiwis', 'kiwi'], ['taxis', 'taxi'], ['menus', 'menu'],
]);

/** Words that end like a plural but are not one (or whose singular would collide). */
const INVARIANT = new Set([
  'news', 'series', 'species', 'lens', 'gas', 'bus', 'yes', 'this', 'his', 'hers', 'its',
  'plus', 'always', 'perhaps', 'whereas', 'thus', 'was', 'has', 'does', 'less', 'unless',
]);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const ASCII_WORD = /^[a-z]+$/;

/**
 * The comparison key of one lower-cased word. Idempotent on its own output for the
 * words it folds (stem(stem(w)) === stem(w)), and it leaves words of three letters or
 * fewer alone ("bus", "gas", "pcs", "mah").
 */
export function stem(word: string): string {
  let w = word;
  // Possessive: women's → women, kids' → kids.
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  else if (w.endsWith("'") || w.endsWith('’')) w = w.slice(0, -1);
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return irregular;
  if (w.length <= 3 || INVARIANT.has(w) || !ASCII_WORD.test(w)) return w;
  w = singular(w);
  return canonicalEnding(w);
}

function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}ie`; // batteries → batterie (see canonicalEnding)
  if (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes') || w.endsWith('zzes')) {
    return w.slice(0, -2); // glasses → glass, boxes → box, benches → bench, dishes → dish
  }
  // glass, dress, cactus, virus, tennis, chassis: not plurals.
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s')) return w.slice(0, -1); // bottles → bottle, cases → case, shoes → shoe
  return w;
}

/**
 * Endings that singular and plural spell differently, folded to one spelling:
 * consonant + y → ie (battery ~ batteries → batterie), ...che → ...ch (headache ~
 * headaches, where "ches" lost its e), ...oe → ...o past four letters (tomato ~ tomatoes,
 * but "shoe" and "toe" stay: "toe" must not become the stop word "to").
 */
function canonicalEnding(w: string): string {
  const n = w.length;
  if (n >= 3 && w[n - 1] === 'y' && !VOWELS.has(w[n - 2]!)) return `${w.slice(0, -1)}ie`;
  if (w.endsWith('che')) return w.slice(0, -1);
  if (n >= 5 && w.endsWith('oe')) return w.slice(0, -1);
  return w;
}
