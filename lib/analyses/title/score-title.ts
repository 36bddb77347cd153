import type { Marketplace, TitleCheck, TitleField, TitleScore } from '../../schema';
import { keywordCoverage } from './keywords';
import { resolveLimits, type TitleConfig } from './limits';
import { bulletAsin, bulletEmoji, bulletLength, bulletPlaceholder, bulletSpecialChars } from './rules/amazon-bullet';
import { amazonAllCaps, amazonRepeatedWord } from './rules/amazon-words';
import { amazonBannedChars, amazonEmoji, amazonSpecialChars, amazonSymbols } from './rules/amazon-chars';
import { amazonClaims } from './rules/amazon-claims';
import { amazonLength, amazonMobileFront } from './rules/amazon-length';
import { searchTermsAsin, searchTermsBrands, searchTermsBytes, searchTermsSubjective, searchTermsTemporary } from './rules/amazon-search-terms';
import { searchTermsPunctuation, searchTermsRepeated, searchTermsStopWords } from './rules/amazon-search-tidy';
import { amazonPromo } from './rules/amazon-wording';
import { amazonBrandFirst, jdBrandFirst, jdShortTitleBrand } from './rules/brand-first';
import { makeCheck, msg } from './rules/checks';
import { cnAbsoluteTerms } from './rules/cn-absolute';
import { otherBrands } from './rules/cn-brands';
import { cnLength, jdShortTitleLength } from './rules/cn-length';
import { cnStuffing } from './rules/cn-stuffing';
import { jdPromo, jdShortTitleSymbols, keywordAbuse } from './rules/cn-wording';
import { amazonContact, jdContact } from './rules/contact';
import { keywordChecks } from './rules/keyword-checks';
import { taobaoSpaces, taobaoSymbols } from './rules/taobao-format';
import { findNames, nameKeys } from './rules/text';
import type { Rule, RuleInput } from './rules/types';
import { fold } from './rules/word-list';
import { charCount, cnBytes, tokenize, utf8Bytes } from './tokens';

export interface TitleContext {
  marketplace: Marketplace;
  /** Which field is scored; default 'title'. */
  field?: TitleField;
  /** The listing's brand, when known (brand-first rules, repeat exemptions). */
  brand?: string;
  /** Target keywords for coverage checks. */
  keywords?: readonly string[];
  /** The product's model name, when known: an absolute term inside it is exempt (SAMR (e)). */
  model?: string;
  /** The user's limit overrides and opt-ins (limits.ts). */
  config?: TitleConfig;
}

const TAOBAO: Rule[] = [cnLength, cnAbsoluteTerms, (i) => keywordAbuse('taobao.keyword-abuse', i), (i) => otherBrands('taobao.other-brands', i), (i) => cnStuffing('taobao.stuffing', i), taobaoSpaces, taobaoSymbols];

/** Every rule of each marketplace and field; a field a marketplace lacks has none. */
const RULES: Record<Marketplace, Partial<Record<TitleField, readonly Rule[]>>> = {
  amazon: {
    title: [amazonLength, amazonBannedChars, amazonSymbols, amazonSpecialChars, amazonEmoji, amazonRepeatedWord, amazonPromo, amazonClaims, amazonContact, amazonAllCaps, amazonBrandFirst, amazonMobileFront],
    searchTerms: [searchTermsBytes, searchTermsBrands, searchTermsAsin, searchTermsTemporary, searchTermsSubjective, amazonClaims, searchTermsRepeated, searchTermsPunctuation, searchTermsStopWords],
    bullet: [bulletLength, bulletSpecialChars, bulletEmoji, bulletAsin, bulletPlaceholder, amazonContact, amazonPromo, amazonClaims],
  },
  taobao: { title: TAOBAO },
  tmall: { title: TAOBAO },
  jd: {
    title: [cnLength, jdBrandFirst, cnAbsoluteTerms, jdPromo, (i) => keywordAbuse('jd.keyword-abuse', i), (i) => otherBrands('jd.other-brands', i), (i) => cnStuffing('jd.stuffing', i)],
    shortTitle: [jdShortTitleLength, jdShortTitleSymbols, jdShortTitleBrand, cnAbsoluteTerms, jdPromo, (i) => otherBrands('jd.other-brands', i), (i) => cnStuffing('jd.stuffing', i), jdContact],
  },
};

/** The fields each marketplace has, for callers building a UI. */
export const FIELDS_BY_MARKETPLACE = Object.fromEntries(Object.entries(RULES).map(([m, f]) => [m, Object.keys(f)])) as Record<Marketplace, TitleField[]>;

/** What every rule reads, computed once per call (exported for the rules' unit tests). */
export function prepareRuleInput(text: string, context: TitleContext, field: TitleField = context.field ?? 'title'): RuleInput {
  const folded = fold(text);
  const brandKeys = nameKeys(context.brand);
  const modelKeys = nameKeys(context.model);
  const keywords = context.keywords?.filter((k) => k.trim()) ?? [];
  return {
    text,
    folded,
    tokens: tokenize(text),
    marketplace: context.marketplace,
    field,
    ...(context.brand?.trim() ? { brand: context.brand.trim() } : {}),
    brandKeys,
    brandSpans: findNames(folded, brandKeys),
    ...(context.model?.trim() ? { model: context.model.trim() } : {}),
    modelSpans: findNames(folded, modelKeys),
    keywords,
    ...(keywords.length ? { coverage: keywordCoverage(text, keywords, { marketplace: context.marketplace, ...(context.brand ? { brand: context.brand } : {}) }) } : {}),
    limits: resolveLimits(context.config),
    config: context.config ?? {},
  };
}

/** score = round(100 × Σearned / Σweight): a pass earns its weight, a warn half, a fail none. */
export function scoreOf(checks: readonly TitleCheck[]): number {
  const possible = checks.reduce((sum, c) => sum + c.weight, 0);
  const earned = checks.reduce((sum, c) => sum + c.earned, 0);
  return possible === 0 ? 100 : Math.round((100 * earned) / possible);
}

/**
 * Every rule of the marketplace for one field, explained in Chinese and English, with spans
 * into `title` and fixes. Pure: no DOM, no browser, no regex built per call.
 */
export function scoreTitle(title: string, context: TitleContext): TitleScore {
  const field = context.field ?? 'title';
  const input = prepareRuleInput(title, context, field);
  const rules = RULES[context.marketplace][field];
  const checks: TitleCheck[] = [];
  if (!rules) {
    checks.push(
      makeCheck('field.unsupported', 'warn', msg(`${context.marketplace} 没有“${field}”这个字段，未检查。`, `${context.marketplace} has no "${field}" field; nothing was checked.`)),
    );
  } else {
    for (const rule of rules) {
      const check = rule(input);
      if (check) checks.push(check);
    }
    if (field === 'title' && input.coverage) checks.push(...keywordChecks(input, input.coverage));
  }
  return {
    marketplace: context.marketplace,
    field,
    score: scoreOf(checks),
    checks: checks.map(withinBounds),
    ...(input.coverage ? { keywords: [...input.coverage] } : {}),
    stats: { chars: charCount(title), utf8Bytes: utf8Bytes(title), cnBytes: cnBytes(title), words: input.tokens.length },
  };
}

/** TitleCheckSchema's bounds on messages and on a one-click fix (what a draft field holds). */
const MAX_TEXT = 2000;
const clipText = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);
const clipMessage = (m: TitleCheck['message']) => ({ zh: clipText(m.zh), en: clipText(m.en) });

/**
 * A check quoting a page's 20,000-character title would outgrow the schema: messages are
 * cut with an ellipsis, and a fix whose whole-text replacement is longer than any draft
 * field can hold keeps its advice but offers no one-click replacement.
 */
function withinBounds(c: TitleCheck): TitleCheck {
  const fix = c.fix && { message: clipMessage(c.fix.message), ...(c.fix.replacement !== undefined && c.fix.replacement.length <= MAX_TEXT ? { replacement: c.fix.replacement } : {}) };
  return { ...c, message: clipMessage(c.message), ...(fix ? { fix } : {}) };
}
