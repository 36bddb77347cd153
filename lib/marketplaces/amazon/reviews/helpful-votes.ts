import { parseCount } from '../../shared/numbers';

/**
 * "How many people found this review helpful", from the statement under a review:
 * "42 people found this helpful", "One person found this helpful", "Eine Person fand diese
 * Informationen hilfreich", "A 6 personas les ha parecido esto útil", the legacy
 * "51 of 55 people found the following review helpful:" (the first number is the helpful
 * one) and "37 people found this helpful. Was this review helpful to you?".
 */

/**
 * "One" spelled out at the start of the statement (accents stripped first, so Dutch "Eén"
 * and "één" both read "een"), per language: en, de, fr, it/es, pt, nl, sv, pl, tr. Amazon
 * writes 1 as a word and every other count in digits.
 */
const ONE_FIRST = /^(?:a\s+)?(?:one|eine|une|una|uma|een|en|jedna|bir)\s/i;
/** Arabic puts "one" after the noun: "أفاد شخص واحد بأن هذا مفيد". */
const ONE_ARABIC = /شخص\s+واحد/;

/** Helpful votes in a statement, or undefined when it states none. Never throws. */
export function parseHelpfulVotes(text: string | null | undefined): number | undefined {
  const t = (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  if (!t) return undefined;
  if (/[\d\uFF10-\uFF19\u0660-\u0669]/.test(t)) return parseCount(arabicDigits(t));
  if (ONE_FIRST.test(stripAccents(t)) || ONE_ARABIC.test(t)) return 1;
  return undefined;
}

function stripAccents(t: string): string {
  return t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function arabicDigits(t: string): string {
  return t.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660));
}
