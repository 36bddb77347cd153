/**
 * Words a suggested term may not start or end with. English: Amazon's own list of words
 * search terms do not need (domain-rules §1.3), the articles, conjunctions and short
 * prepositions exempt from the repeat rule (§7.2), and a few title fillers ("w/",
 * "etc", "compatible with"). Keyed as stemmed units (keywords/units.ts), so they are
 * lower-case and singular ("its" and "this" are left alone by the stemmer).
 */
export const EN_STOP_WORDS: ReadonlySet<string> = new Set([
  // §1.3
  'a', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'because', 'been', 'but', 'by',
  'for', 'from', 'in', 'into', 'is', 'of', 'on', 'or', 'so', 'some', 'such', 'the', 'was',
  'were', 'with',
  // §7.2 and the rest of the small function words
  'nor', 'to', 'over', 'up', 'out', 'off', 'per', 'via', 'than', 'that', 'this', 'these',
  'those', 'it', 'its', 'your', 'our', 'you', 'we', 'all', 'more', 'most', 'other', 'each',
  'both', 'can', 'will', 'not', 'no', 'only', 'without', 'under', 'about', 'after', 'before',
  'between', 'during', 'while', 'then', 'there', 'which', 'who', 'what', 'when', 'where', 'how',
  // title fillers
  'w', 'etc', 'incl', 'include', 'included', 'including', 'compatible', 'fit', 'fits', 'use', 'used',
]);

/**
 * Chinese function characters a mined term may not start or end with: the particle 的,
 * the conjunctions 和 与 及 或, the copula 是 and a few more. A short list on purpose —
 * longer lists start to cut real words (等 in 等离子).
 */
export const CN_STOP_CHARS: ReadonlySet<string> = new Set(['的', '了', '和', '与', '及', '或', '之', '是', '在', '为', '也', '就', '都', '把', '被', '着']);
