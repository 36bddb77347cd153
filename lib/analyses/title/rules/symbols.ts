import type { Span } from '../../../schema';

/**
 * Character classes several marketplaces care about: emoji, decorative symbols (★ ☛ 【】),
 * registered-mark signs. Regexes are module constants, compiled once.
 */

/** An emoji with its modifiers and joiners, or a flag. ©, ® and ™ are pictographic too but are marks, not emoji. */
const EMOJI = /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}(?:\uFE0F|[\u{1F3FB}-\u{1F3FF}]|\u200D\p{Extended_Pictographic}\uFE0F?)*|[\u{1F1E6}-\u{1F1FF}]{2}/gu;

/** Other symbols used as decoration (★ ☆ ➤ ■ ♪), corner brackets, bullets and reference marks; not ° ℃ ℉ (units). */
const DECORATIVE = /(?![°℃℉\u00a9\u00ae\u2122])(?!\p{Extended_Pictographic})\p{So}|[【】〖〗•※√]/gu;

const MARKS = /[\u00a9\u00ae\u2122]/g;

function spansOf(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export const emojiSpans = (text: string): Span[] => spansOf(EMOJI, text);
export const decorativeSpans = (text: string): Span[] => spansOf(DECORATIVE, text);
export const markSpans = (text: string): Span[] => spansOf(MARKS, text);

/** Han characters (and the CJK punctuation around them) for the space rule. */
export const isCjk = (c: number): boolean =>
  (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20);
