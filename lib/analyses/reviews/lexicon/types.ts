import type { Aspect, ReturnReason } from '../../../schema';

/**
 * The shape of one language's review lexicon (en.ts, zh.ts, de.ts, fr.ts, it.ts, es.ts).
 * Everything here is data: general vocabulary of the language, one entry per word or fixed
 * phrase, never a sentence from a review. compile.ts turns it into matchers once.
 *
 * Notation inside the lists:
 * - `word*` matches every word that starts with `word` (inflections: `bequem*`, `smell*`);
 *   an exact entry wins over a prefix one (`smelly` is a complaint, `smell*` only names it).
 * - several words separated by spaces are a fixed phrase; only its last word may end in `*`.
 * - `word~` is a weak judgement (half weight): `ok~`, `decent~`, 还行~.
 * - Chinese entries are matched as character strings, longest first (不错 before 不).
 */
export interface AspectWords {
  /** Name the aspect without judging it ("size", 尺码, "Geruch"). */
  terms?: readonly string[];
  /** Name the aspect and praise it ("comfortable", 舒服, "bequem"). */
  pos?: readonly string[];
  /** Name the aspect and complain about it ("flimsy", 起球, "wackelig"). */
  neg?: readonly string[];
  /**
   * Name something whose mere presence is a complaint (an odour, a noise, 线头): a weak
   * negative that a negation turns into praise ("no smell", 没有异味, "kein Geruch").
   */
  presence?: readonly string[];
}

export interface LexiconData {
  aspects: Partial<Record<Aspect, AspectWords>>;
  /** General judgements that name no aspect: they go to the nearest aspect, else to the sentence. */
  positive: readonly string[];
  negative: readonly string[];
  /** Turn the next judgement within three words around ("not", 不, "nicht", "pas"). */
  negators: readonly string[];
  /**
   * Phrases that hold a judgement or negation word but judge nothing ("not only", "looks
   * like", "as well", 不仅): matched first, so their words take no role.
   */
  neutralPhrases: readonly string[];
  /** Strengthen the next judgement ("very", 很, "sehr"). */
  intensifiers: readonly string[];
  /** Soften it without changing its side ("a bit", 有点, "etwas"); a hedged size word is a complaint. */
  hedges: readonly string[];
  /** "too", 太, "zu", "trop": a size word after it is a complaint ("too small"). */
  excess: readonly string[];
  /** Size words that judge nothing alone but complain after `excess`/`hedges` ("small", 小, "klein"). */
  dimensions: readonly string[];
  /** The clause after it is what the writer ends on ("but", 但是, "aber"). */
  contrast: readonly string[];
  /** The clause it opens yields to the main clause ("although", 虽然, "obwohl"). */
  concessive: readonly string[];
  /** Worries and guesses about the future: judgements in their clause count little ("not sure", 不知道会不会). */
  uncertain: readonly string[];
  /** Explicit return/refund statements ("returned it", 退货, "zurückgeschickt"). */
  returns: readonly string[];
  /** Cues that name a return reason on their own ("wrong item", 发错货, "beschädigt"). */
  reasons: Partial<Record<ReturnReason, readonly string[]>>;
}
