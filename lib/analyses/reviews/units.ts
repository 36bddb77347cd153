import { fold, LEXICONS, tokenize, type ReviewLang, type Roles } from './lexicon/compile';

/**
 * A sentence as a row of units: each word or fixed phrase of the lexicon with what it does
 * (its roles), the words the lexicon does not know (kept, so distances count them), and
 * punctuation as clause breaks. Phrases win over single words and longer phrases over
 * shorter ones ("not as described" over "not"; 不错 over 不; "pas terrible" over "pas").
 */

export interface Unit {
  /** The folded word(s) or characters. */
  text: string;
  roles?: Roles;
  /** 1 = a clause break (, ; : dash), 2 = a sentence stop (. ! ? 。). */
  brk?: 1 | 2;
  /** An unmatched Chinese character. */
  han?: boolean;
}

const HARD = new Set(['.', '!', '?', '…', '。', '！', '？']);
const HAN_RUN = /^\p{Script=Han}/u;
const WORD = /^[\p{L}\p{N}]/u;
/** English contractions the list does not spell out ("shouldn't", "mustn't"). */
const NOT_SUFFIX = /n't$/;

function matchLatin(tokens: readonly string[], i: number, lang: ReviewLang): { length: number; roles?: Roles } {
  const lex = LEXICONS[lang];
  const tok = tokens[i]!;
  for (const p of lex.phrases.get(tok) ?? []) {
    const n = p.words.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const t = tokens[i + k]!;
      const w = p.words[k]!;
      ok = k === n - 1 && p.prefixLast ? t.startsWith(w) : t === w;
    }
    if (ok) return { length: n, roles: p.roles };
  }
  const exact = lex.exact.get(tok);
  if (exact) return { length: 1, roles: exact };
  for (let k = tok.length; k >= lex.minPrefix; k--) {
    const r = lex.prefix.get(tok.slice(0, k));
    if (r) return { length: 1, roles: r };
  }
  if (lang === 'en' && NOT_SUFFIX.test(tok)) return { length: 1, roles: { negator: true } };
  return { length: 1 };
}

function pushHan(out: Unit[], run: string, lang: 'zh'): void {
  const lex = LEXICONS[lang];
  const chars = [...run];
  for (let i = 0; i < chars.length;) {
    let matched = false;
    for (let n = Math.min(lex.maxHan, chars.length - i); n >= 1; n--) {
      const key = n === 1 ? chars[i]! : chars.slice(i, i + n).join('');
      const roles = lex.han.get(key);
      if (roles) {
        out.push({ text: key, roles });
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) out.push({ text: chars[i++]!, han: true });
  }
}

/** The units of one sentence in `lang` (whose lexicon is used). */
export function units(text: string, lang: ReviewLang): Unit[] {
  const tokens = tokenize(fold(text), lang);
  const out: Unit[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (HAN_RUN.test(t)) {
      pushHan(out, t, 'zh');
      i++;
    } else if (!WORD.test(t)) {
      out.push({ text: t, brk: HARD.has(t) ? 2 : 1 });
      i++;
    } else {
      const m = matchLatin(tokens, i, lang === 'zh' ? 'en' : lang);
      out.push({ text: tokens.slice(i, i + m.length).join(' '), ...(m.roles ? { roles: m.roles } : {}) });
      i += m.length;
    }
  }
  return out;
}
