/**
 * A cheap test that rules a lexicon `/pattern/` out before it runs. Patterns such as
 * `\b\w+-?proof\b` try a match at every word of every statement, and with the `iu` flags
 * that was most of the cue matching on a 1,000-statement product; yet most statements hold
 * none of their words. For each top-level alternative of a pattern this finds a run of
 * plain characters it must contain ("proof", "er than"); a text whose folded form holds
 * none of the runs cannot match, so the pattern is skipped. The runs are a necessary
 * condition only: a text that holds one still goes through the real pattern.
 *
 * Why a run is safe to look for in the folded text (cues/compile.ts foldCue): it is made of
 * ASCII letters other than s and k, digits and the space. Under the `iu` flags such a letter
 * matches only its ASCII upper or lower case (s and k also match ſ and the Kelvin sign,
 * hence left out), and foldCue lower-cases ASCII letters in place and keeps digits and the
 * space, so a match in the text is the run in the folded text. Han characters (the Chinese
 * patterns: 色差, 就是) have no case: each matches only itself and foldCue keeps it, so they
 * may be in a run too, and one of them is already rare enough to look for.
 */

const MIN_RUN = 2;
/** Characters a run may hold, once lower-cased: those ASCII ones, and the CJK Unified Ideographs (and extension A). */
const RUN_CHAR = /^[a-jl-rt-z0-9 \u3400-\u4dbf\u4e00-\u9fff]$/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
/** Long enough to be worth looking for: two characters, or one Han character. */
const selective = (run: string) => run.length >= MIN_RUN || HAN.test(run);
const QUANTIFIER = /^[?*+{]$/;

/** The top-level alternatives of a pattern source (bars inside groups and classes are not split on). */
function alternatives(source: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') {
      // Skip the class, escapes included.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(from, i)); from = i + 1; }
    if (depth < 0) return undefined;
  }
  if (depth !== 0) return undefined;
  out.push(source.slice(from));
  return out;
}

/**
 * The index of the last character of the escape that starts at `i` (a backslash): \\u{…},
 * \\uXXXX, \\xXX, \\p{…}, \\P{…}, \\cX, \\k<…>, a back-reference's digits, else one character.
 */
function escapeEnd(s: string, i: number): number {
  const e = s[i + 1];
  if ((e === 'u' || e === 'p' || e === 'P') && s[i + 2] === '{') { const close = s.indexOf('}', i + 3); return close < 0 ? s.length : close; }
  if (e === 'u') return i + 5;
  if (e === 'x') return i + 3;
  if (e === 'c') return i + 2;
  if (e === 'k' && s[i + 2] === '<') { const close = s.indexOf('>', i + 3); return close < 0 ? s.length : close; }
  if (e !== undefined && e >= '1' && e <= '9') { let j = i + 1; while (s[j + 1] !== undefined && s[j + 1]! >= '0' && s[j + 1]! <= '9') j++; return j; }
  return i + 1;
}

/** The longest run of plain, unquantified characters outside groups and classes in one alternative. */
function longestRun(alt: string): string {
  let best = '';
  let run = '';
  let depth = 0;
  const end = () => { if (run.length > best.length) best = run; run = ''; };
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i]!;
    if (c === '\\') { end(); i = escapeEnd(alt, i); continue; }
    if (c === '[') {
      end();
      for (i++; i < alt.length && alt[i] !== ']'; i++) if (alt[i] === '\\') i++;
      continue;
    }
    // A counted quantifier {2} or {0,2}: its digits are not text.
    if (c === '{') { end(); while (i < alt.length && alt[i] !== '}') i++; continue; }
    if (c === '(') { end(); depth++; continue; }
    if (c === ')') { end(); depth--; continue; }
    const lower = c.toLowerCase();
    const quantified = QUANTIFIER.test(alt[i + 1] ?? '');
    if (depth > 0 || quantified || !RUN_CHAR.test(lower)) { end(); continue; }
    run += lower;
  }
  end();
  return best;
}

/**
 * One run per top-level alternative of `source`, or undefined when some alternative has no
 * run of at least two characters (the pattern then always runs). Only for patterns
 * compiled with the `i` and `u` flags (or without `i`, where matching is stricter still).
 */
export function requiredLiterals(source: string): string[] | undefined {
  const alts = alternatives(source);
  if (!alts) return undefined;
  const runs = alts.map(longestRun);
  return runs.every(selective) ? [...new Set(runs)] : undefined;
}
