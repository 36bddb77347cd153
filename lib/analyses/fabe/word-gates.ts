import { codeAt, isAsciiLetter } from './char-code';

/**
 * Pre-tests for the English word-list patterns of features.ts, read off one pass over the
 * statement. Those patterns (a reviewer's "I", the seller's "we", negation, verbs, narrated
 * past, time spans, defects, guesses…) are each `(?<!\p{L})(?:word|word|…)(?!\p{L})` with
 * the `iu` flags, and every English statement ran a dozen of them: a third of extracting
 * its features. Most English statements are plain ASCII, and in an ASCII text such a
 * pattern can only match where a whole run of letters is one of its words. So one pass
 * collects the runs of letters, looks each up once in a table of word → gates it opens,
 * and a pattern whose gate stays shut is not run.
 *
 * - `i`, `we`, `neg` and `verb` are exact: every alternative of those patterns is a word
 *   of letters, or a word with an apostrophe that contains a shorter alternative ("i'm"
 *   holds "i", "isn't" holds "n't"), so the gate is the pattern's answer.
 * - The other gates are necessary conditions only: each alternative of the pattern needs
 *   one of the gate's words as a whole run (a phrase such as "so far" needs "far"), or a
 *   run of letters with the ending a suffix alternative needs ("…ed", "…ing") or the stem a
 *   prefix alternative needs ("reorder…"); when the gate is open the pattern itself still decides.
 * - The sure gates answer yes without the pattern: a run that is, on its own, one of the
 *   pattern's word alternatives ("was" for the narrated past) is a match.
 * - A text with any other character outside ASCII than the punctuation of PLAIN_PUNCTUATION
 *   gets no gates (undefined): every pattern runs, as before, since there letters, case and
 *   apostrophes are no longer that simple. That punctuation (’ “ — × …, one English statement
 *   in twelve holds some) is, for every pattern here, what an ASCII symbol is: no letter
 *   (`\p{L}`, nor a mark, a digit, a Latin or Han character, nor `\w` under `iu`), so the runs
 *   of letters are the same; the one difference, the word count's ’ apostrophe, is read as
 *   the count's pattern reads it.
 *
 * Keep the word lists in step with the patterns in features.ts: the equivalence suite
 * (tests/fabe/optimised-equivalence.test.ts) checks every gate against its pattern over all
 * labelled and real statements and over texts generated from the patterns' own words.
 */

export const GATE = {
  i: 1 << 0,
  we: 1 << 1,
  neg: 1 << 2,
  verb: 1 << 3,
  clause: 1 << 4,
  event: 1 << 5,
  past: 1 << 6,
  purchase: 1 << 7,
  my: 1 << 8,
  span: 1 << 9,
  defect: 1 << 10,
  irrealis: 1 << 11,
  repeat: 1 << 12,
  // Sure gates (SURE_GATES): a word that is a whole alternative of its pattern on its own.
  pastWord: 1 << 13,
  eventWord: 1 << 14,
  spanWord: 1 << 15,
  defectWord: 1 << 16,
  irrealisWord: 1 << 17,
} as const;
export type GateName = keyof typeof GATE;

/** The words that open each gate (lower case, letters only). */
export const GATE_WORDS: Record<GateName, readonly string[]> = {
  i: ['i', 'my', 'me', 'mine'],
  we: ['we', 'our', 'us'],
  neg: ['not', 'no', 'never', 'nothing', 'cannot'],
  verb: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'do', 'did',
    'make', 'makes', 'keep', 'keeps', 'give', 'gives', 'let', 'lets', 'help', 'helps', 'allow', 'allows', 'provide', 'provides', 'come', 'comes', 'work', 'works',
    'last', 'lasts', 'fit', 'fits', 'hold', 'holds', 'get', 'gets', 'got'],
  clause: ['i', 'he', 'she', 'it', 'we', 'they', 'you'],
  event: ['was', 'were', 'had', 'did', 'got', 'came', 'went', 'broke', 'fell', 'took', 'stood', 'bought', 'tried', 'noticed', 'found', 'lasted', 'stopped', 'started',
    'washed', 'dropped', 'installed', 'received', 'returned', 'used', 'after', 'since', 'far', 'ago', 'yesterday', 'still', 'now',
    'month', 'months', 'week', 'weeks', 'year', 'years', 'day', 'days', 'times'],
  past: ['was', 'were', 'had', 'did', 'got', 'came', 'went', 'broke', 'fell', 'took', 'stood', 'bought', 'tried', 'found', 'made', 'put', 'gave', 'kept', 'held', 'left',
    'felt', 'saw', 'told', 'began', 'ran', 'sat', 'wore', 'tore', 'spent', 'paid', 'sent', 'brought', 'caught', 'became', 'lost',
    // "(have|has|'ve|had) + participle": the participle is a whole run (had, got, held, made, kept are above).
    'been', 'done', 'seen', 'gotten', 'worn', 'used'],
  purchase: ['bought', 'ordered', 'purchased', 'received', 'picked', 'got'],
  my: ['my', 'our'],
  span: ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'season', 'far', 'date', 'until', 'since', 'still', 'anymore', 'overtime'],
  defect: ['broke', 'broken', 'breaks', 'crack', 'cracked', 'cracks', 'failed', 'fails', 'stopped', 'stuck', 'leak', 'leaked', 'leaks', 'leaking', 'hole', 'holes',
    'tore', 'torn', 'ripped', 'came', 'fell', 'peeled', 'peeling', 'deflated', 'faded', 'bubble', 'bubbles', 'defective', 'died', 'dead', 'scratch', 'scratches',
    'scratched', 'work', 'working', 'stops', 'leakage', 'damaged', 'dented', 'bent', 'warped', 'chipped', 'shattered', 'frayed', 'fraying', 'pilling', 'pilled',
    'shrunk', 'shrank', 'rusted', 'rusty', 'wobbly', 'wobbles', 'skips', 'skipping', 'missing', 'fit', 'stop', 'fake', 'counterfeit', 'knockoff', 'knock', 'bootleg', 'fitting', 'charge', 'charging', 'turn'],
  irrealis: ['would', 'might', 'may', 'maybe', 'perhaps', 'probably', 'hope', 'hopefully', 'wish', 'if', 'know', 'sure', 'see'],
  // The words that are whole alternatives of PAST, EVENT, SPAN, DEFECT and IRREALIS (not "far"
  // of "so far", "came" of "came apart", "know" of "don't know"…).
  pastWord: ['was', 'were', 'had', 'did', 'got', 'came', 'went', 'broke', 'fell', 'took', 'stood', 'bought', 'tried', 'found', 'made', 'put', 'gave', 'kept', 'held',
    'left', 'felt', 'saw', 'told', 'began', 'ran', 'sat', 'wore', 'tore', 'spent', 'paid', 'sent', 'brought', 'caught', 'became', 'lost'],
  eventWord: ['was', 'were', 'had', 'did', 'got', 'came', 'went', 'broke', 'fell', 'took', 'stood', 'bought', 'tried', 'noticed', 'found', 'lasted', 'stopped',
    'started', 'washed', 'dropped', 'installed', 'received', 'returned', 'used', 'after', 'since', 'ago', 'yesterday', 'still', 'now',
    'month', 'months', 'week', 'weeks', 'year', 'years', 'day', 'days', 'times'],
  spanWord: ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'season', 'since', 'still', 'anymore', 'overtime'],
  defectWord: ['broke', 'broken', 'breaks', 'crack', 'cracked', 'cracks', 'failed', 'fails', 'stopped', 'stuck', 'leak', 'leaked', 'leaks', 'leaking', 'hole', 'holes',
    'tore', 'torn', 'ripped', 'peeled', 'peeling', 'deflated', 'faded', 'bubble', 'bubbles', 'defective', 'died', 'dead', 'scratch', 'scratches', 'scratched',
    'stops', 'leakage', 'damaged', 'dented', 'bent', 'warped', 'chipped', 'shattered', 'frayed', 'fraying', 'pilling', 'pilled', 'shrunk', 'shrank', 'rusted',
    'rusty', 'wobbly', 'wobbles', 'skips', 'skipping', 'missing', 'fake', 'counterfeit', 'knockoff', 'bootleg'],
  irrealisWord: ['would', 'might', 'may', 'maybe', 'perhaps', 'probably', 'hope', 'hopefully', 'wish', 'if'],
  // "(second|…|another) (one|pair|…)" needs the noun, "(ordered|…) (more|another|again)" the last
  // word, "re-order" the "re" (without the hyphen, a run opens it by its stem: REPEAT_STEMS).
  repeat: ['one', 'pair', 'set', 'unit', 'purchase', 'order', 'time', 'bottle', 'pack', 'box', 'copy', 'bag', 'more', 'another', 'again', 'back', 'buying', 'repeat', 're'],
};

/**
 * Sure gates: open, their pattern matches (a whole run that is one of its alternatives, with no
 * letter on either side, is a match); shut, their pattern (behind its own gate) still decides.
 */
export const SURE_GATES = GATE.pastWord | GATE.eventWord | GATE.spanWord | GATE.defectWord | GATE.irrealisWord;

/** Exact gates: their answer needs no pattern run. */
export const EXACT_GATES = GATE.i | GATE.we | GATE.neg | GATE.verb;

/**
 * Word → the gates it opens, in an open-addressed table of Int32 triples [head, tail, gates]:
 * `head` packs a word's first six letters and `tail` the next six (a = 1 … z = 26, five bits a
 * letter, so both stay below 2^30: small integers, never boxed), packed while the run is
 * scanned, so a run is looked up without a lower-cased copy or a second pass. (A Map keyed by
 * the whole word packed into one number needed up to 50 bits: a boxed double per lookup.)
 */
const HEAD_LETTERS = 6;
const LONGEST = Math.max(...Object.values(GATE_WORDS).flat().map((w) => w.length));
if (LONGEST > HEAD_LETTERS * 2) throw new Error(`word-gates: "${LONGEST}"-letter gate word does not fit head and tail`);
const packLetters = (w: string, from: number, to: number) => { let k = 0; for (let i = from; i < Math.min(to, w.length); i++) k = k * 32 + ((w.charCodeAt(i) | 0x20) - 0x60); return k; };
/**
 * "re(?:order|purchas|bought|buy)\p{L}*" written as one run ("reorders", "repurchased"): its
 * first five letters, packed as `head` packs them.
 */
const STEM_LETTERS = 5;
const REPEAT_STEMS = ['reord', 'repur', 'rebou', 'rebuy'].map((w) => packLetters(w, 0, STEM_LETTERS));
const slotOfWord = (head: number, tail: number, shift: number) => (Math.imul(head, 0x9e3779b1) ^ Math.imul(tail + 1, 0x85ebca6b)) >>> shift;
const WORD_GATES = new Map<string, number>();
for (const [name, words] of Object.entries(GATE_WORDS) as [GateName, readonly string[]][]) for (const w of words) WORD_GATES.set(w, (WORD_GATES.get(w) ?? 0) | GATE[name]);
let tableBits = 4;
while (1 << tableBits < WORD_GATES.size * 4) tableBits++;
const TABLE_SHIFT = 32 - tableBits;
const TABLE_MASK = (1 << tableBits) - 1;
/** Slot s: [3s] head (0 = empty: every word has a first letter), [3s + 1] tail, [3s + 2] gates. */
const TABLE = new Int32Array(3 << tableBits);
for (const [w, g] of WORD_GATES) {
  const head = packLetters(w, 0, HEAD_LETTERS);
  const tail = packLetters(w, HEAD_LETTERS, HEAD_LETTERS * 2);
  let slot = slotOfWord(head, tail, TABLE_SHIFT);
  while (TABLE[slot * 3] !== 0) slot = (slot + 1) & TABLE_MASK;
  TABLE[slot * 3] = head;
  TABLE[slot * 3 + 1] = tail;
  TABLE[slot * 3 + 2] = g;
}

/** The gates of the word packed as `head`, `tail`; 0 when it is no gate word. */
function gatesOf(head: number, tail: number): number {
  let slot = slotOfWord(head, tail, TABLE_SHIFT);
  for (;;) {
    const h = TABLE[slot * 3]!;
    if (h === 0) return 0;
    if (h === head && TABLE[slot * 3 + 1] === tail) return TABLE[slot * 3 + 2]!;
    slot = (slot + 1) & TABLE_MASK;
  }
}

/**
 * Non-ASCII punctuation read like an ASCII symbol (see the top of this file): quotes,
 * dashes, ellipsis, brackets, signs. tests/fabe/optimised-equivalence.test.ts checks that
 * none is a letter, mark, digit, Latin or Han character, or `\w`.
 */
export const PLAIN_PUNCTUATION = '’‘“”—–…×【】√£°®™©•·€：';
const PLAIN_CODES = new Set(Array.from(PLAIN_PUNCTUATION, (c) => c.charCodeAt(0)));
/** The typographic apostrophe: WORD joins a word across it, as across '. */
const RIGHT_QUOTE = 0x2019;

/**
 * Word counting (features.ts WORD, as asciiWordCount reads it on ASCII text: a run of letters
 * and digits, then an apostrophe and a run of letters when one follows), done by the gates'
 * pass: where the reader is — outside a word, in its run of letters and digits, or in the
 * letters after its apostrophe (where a digit starts a new word).
 */
const OUTSIDE = 0;
const IN_RUN = 1;
const AFTER_APOSTROPHE = 2;
let words = 0;

/** The words of the text englishGates last read (when it gave gates: an ASCII text). */
export const englishWordCount = (): number => words;

/** The gates an ASCII text (PLAIN_PUNCTUATION allowed) opens; undefined for any other text. Counts its words too (englishWordCount). */
export function englishGates(text: string): number | undefined {
  const n = text.length;
  let gates = 0;
  let state = OUTSIDE;
  words = 0;
  for (let i = 0; i < n; ) {
    const c = codeAt(text, i);
    if (c >= 0x80 && !PLAIN_CODES.has(c)) return undefined;
    if (!isAsciiLetter(c)) {
      // "n't" anywhere (any case) is a negation: the neg pattern's last alternative.
      if (c === 0x27 && i > 0 && (codeAt(text, i - 1) | 0x20) === 0x6e && i + 1 < n && (codeAt(text, i + 1) | 0x20) === 0x74) gates |= GATE.neg;
      const digit = c >= 0x30 && c <= 0x39;
      if (state === IN_RUN) {
        if (!digit) state = (c === 0x27 || c === RIGHT_QUOTE) && i + 1 < n && isAsciiLetter(codeAt(text, i + 1)) ? AFTER_APOSTROPHE : OUTSIDE;
      } else if (digit) {
        words++;
        state = IN_RUN;
      } else state = OUTSIDE;
      i++;
      continue;
    }
    if (state === OUTSIDE) {
      words++;
      state = IN_RUN;
    }
    const start = i;
    const headEnd = start + HEAD_LETTERS;
    let head = (c | 0x20) - 0x60;
    let tail = 0;
    for (i++; i < n; i++) {
      const d = codeAt(text, i);
      if (!isAsciiLetter(d)) break;
      if (i < headEnd) head = head * 32 + ((d | 0x20) - 0x60);
      else if (i < headEnd + HEAD_LETTERS) tail = tail * 32 + ((d | 0x20) - 0x60);
    }
    const len = i - start;
    if (len <= LONGEST) gates |= gatesOf(head, tail);
    if (len >= STEM_LETTERS && REPEAT_STEMS.includes(len > STEM_LETTERS ? head >>> (5 * (HEAD_LETTERS - STEM_LETTERS)) : head)) gates |= GATE.repeat;
    // Suffix alternatives: "\p{L}{2,}…ed" (past), "\b[a-z]{3,}ed\b" (event), "\p{L}{3,}ing\s+…" (clause).
    const last = codeAt(text, i - 1) | 0x20;
    const beforeLast = len >= 2 ? codeAt(text, i - 2) | 0x20 : 0;
    if (len >= 4 && last === 0x64 && beforeLast === 0x65) gates |= len >= 5 ? GATE.past | GATE.event : GATE.past;
    if (len >= 6 && last === 0x67 && beforeLast === 0x6e && (codeAt(text, i - 3) | 0x20) === 0x69) gates |= GATE.clause;
  }
  return gates;
}

