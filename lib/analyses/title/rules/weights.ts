/**
 * Points per check. A pass earns all of them, a warn half, a fail none; the score is
 * round(100 × earned / possible) over the checks a field gets, so it is the visible sum of
 * its checks. Platform MUSTs (length, banned characters, promotional and restricted wording,
 * absolute terms) weigh most; style guidance (capitals, front-loading) least.
 */
export const WEIGHTS = {
  // Amazon title
  'amazon.length': 15,
  'amazon.banned-chars': 15,
  'amazon.symbols': 8,
  'amazon.special-chars': 3,
  'amazon.emoji': 4,
  'amazon.repeated-word': 10,
  'amazon.promo': 15,
  'amazon.claims': 15,
  'amazon.contact': 8,
  'amazon.all-caps': 5,
  'amazon.brand-first': 5,
  'amazon.mobile-front': 5,
  // Amazon search terms
  'amazon.search-terms.bytes': 20,
  'amazon.search-terms.brands': 15,
  'amazon.search-terms.asin': 10,
  'amazon.search-terms.temporary': 10,
  'amazon.search-terms.subjective': 10,
  'amazon.search-terms.repeated': 5,
  'amazon.search-terms.punctuation': 3,
  'amazon.search-terms.stop-words': 3,
  // Amazon bullets
  'amazon.bullet.length': 5,
  'amazon.bullet.special-chars': 10,
  'amazon.bullet.emoji': 10,
  'amazon.bullet.asin': 10,
  'amazon.bullet.placeholder': 10,
  // Taobao / Tmall / JD
  'cn.length-bytes': 20,
  'cn.absolute-terms': 20,
  'taobao.keyword-abuse': 15,
  'taobao.other-brands': 15,
  'taobao.stuffing': 10,
  'taobao.spaces': 5,
  'taobao.symbols': 3,
  'jd.brand-first': 15,
  'jd.promo': 15,
  'jd.keyword-abuse': 10,
  'jd.other-brands': 10,
  'jd.stuffing': 8,
  'jd.contact': 8,
  'jd.short-title.length': 20,
  'jd.short-title.symbols': 15,
  'jd.short-title.brand': 10,
  // Target keywords (every marketplace, title field)
  'keywords.missing': 10,
  'keywords.front-loaded': 5,
  'keywords.stuffed': 5,
  // A field the marketplace does not have (Taobao search terms…)
  'field.unsupported': 1,
} as const;

export type RuleId = keyof typeof WEIGHTS;
