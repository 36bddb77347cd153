/**
 * Every number the title rules use, in one place, because marketplaces change them (Amazon
 * announced a 75-character cap in 2026 after years at 200) and several are reported only by
 * third parties. Each limit names its source and an `asOf` date: the policy's effective date
 * when the source gives one, otherwise the month the stored source was checked (2026-11).
 * Users override any value through `TitleConfig.limits`; the rules read only `resolveLimits`.
 */

export type LimitUnit = 'chars' | 'utf8Bytes' | 'cnBytes' | 'count' | 'letters';

export interface Limit {
  value: number;
  unit: LimitUnit;
  source: string;
  asOf: string;
  /** Why this value, and how sure we are. */
  note: string;
}

const A1 = 'https://sellercentral-europe.amazon.com/help/hub/reference/external/201100890?locale=hi-IN';
const A4 = 'https://forestleopard.com/knowledgedetail/Amazon-US-announcement--the-ne';
const STYLE_US = 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=YTR6SYGFA5E3EQC&language=en_US';
const CAPS_UK = 'https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=YYX9DD4VB6XKQRC&language=en_GB';
const SEARCH_TERMS = 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=23501&language=en_US';
const CHECKED = '2026-11';

export const LIMITS = {
  amazonTitleChars: {
    value: 200, unit: 'chars', source: A1, asOf: '2025-01-21',
    note: 'MUST (A1), non-media products; some categories list exceptions. UK/FR style pages still say 150.',
  },
  amazonTitleOptionChars: {
    value: 75, unit: 'chars', source: 'https://dev.to/toolmaxo/amazon-cut-product-titles-to-75-characters-a-small-checker-that-finds-every-problem-2b0a', asOf: '2026-07-27',
    note: 'Reported (unverified against Amazon) cap announced 2026-06-10, enforced from 2026-07-27; opt-in via TitleConfig.amazonTitle75, warns only.',
  },
  amazonMobileFrontChars: {
    value: 80, unit: 'chars', source: STYLE_US, asOf: CHECKED,
    note: 'Amazon suggests ≤ 80 characters because mobile cuts long titles (§1.2); tiles truncate by width, so this is approximate.',
  },
  amazonRepeatMax: {
    value: 2, unit: 'count', source: A4, asOf: '2025-01-21',
    note: 'A word may appear at most twice (A4); articles, prepositions and conjunctions are exempt.',
  },
  amazonAllCapsMinLetters: {
    value: 4, unit: 'letters', source: CAPS_UK, asOf: CHECKED,
    note: 'heuristic: shorter capital words are acronyms or sizes (USB, LED, XL); longer ones not in words/amazon-acronyms.json are shouting.',
  },
  amazonClaimVerbWindow: {
    value: 3, unit: 'count', source: 'https://trytruli.com/blog-3/amazon-supplement-compliance-listing-policy-fda', asOf: CHECKED,
    note: 'heuristic: a cure/treat/prevent verb at most this many words before a disease name makes a drug claim (fail).',
  },
  amazonSearchTermsBytes: {
    value: 249, unit: 'utf8Bytes', source: SEARCH_TERMS, asOf: '2018-08',
    note: 'MUST stay under 250 bytes; Amazon keeps only the first 249. Some stores differ (IN 200, JP 500, unverified).',
  },
  amazonBulletMinChars: {
    value: 10, unit: 'chars', source: 'https://www.skills.sh/kuudoai/skills/amazon-sp-listing-optimizer', asOf: '2024-08-15',
    note: 'Reported by one third party (unverified); warns only.',
  },
  amazonBulletMaxChars: {
    value: 255, unit: 'chars', source: 'https://www.skills.sh/kuudoai/skills/amazon-sp-listing-optimizer', asOf: '2024-08-15',
    note: 'Reported by one third party (unverified); warns only.',
  },
  taobaoTitleCnBytes: {
    value: 60, unit: 'cnBytes', source: 'https://blog.csdn.net/QQ569893796/article/details/129555445', asOf: CHECKED,
    note: 'Item schema maxLengthRule unit="byte" value="60": 30 Chinese characters, Chinese = 2, ASCII = 1.',
  },
  tmallTitleWarnCnBytes: {
    value: 60, unit: 'cnBytes', source: 'https://blog.csdn.net/QQ569893796/article/details/129555445', asOf: CHECKED,
    note: 'Taobao\'s 60-byte schema; a live Tmall flagship title in the answer key is 79 bytes, so above it Tmall only warns.',
  },
  tmallTitleCnBytes: {
    value: 128, unit: 'cnBytes', source: 'https://www.xhho.cn/read-62685.html', asOf: '2024',
    note: 'One 2024 article says Tmall allows 128 characters (unverified; conflicts with the 60-byte schema).',
  },
  jdTitleCnBytes: {
    value: 120, unit: 'cnBytes', source: 'http://m.gtc8.cn/news/i300399.html', asOf: CHECKED,
    note: 'No stored source states the long-title maximum; commonly quoted 45–60 Chinese characters, so warn above 60 (unverified).',
  },
  jdShortTitleMinCnBytes: {
    value: 14, unit: 'cnBytes', source: 'https://luxiaobai.com/yunyin/jingdong/44013.html', asOf: '2023-02-10',
    note: 'JD short title: 14–30 characters, one Chinese character counting 2.',
  },
  jdShortTitleMaxCnBytes: {
    value: 30, unit: 'cnBytes', source: 'https://luxiaobai.com/yunyin/jingdong/44013.html', asOf: '2023-02-10',
    note: 'JD short title: 14–30 characters, one Chinese character counting 2.',
  },
  cnStuffingRepeats: {
    value: 3, unit: 'count', source: 'https://aisoutu.com.cn/a/2891349', asOf: CHECKED,
    note: 'heuristic: a Chinese word (2+ characters) written this many times is 堆砌 (fail); see rules/cn-stuffing.ts.',
  },
  cnStuffingLongTermChars: {
    value: 3, unit: 'chars', source: 'https://aisoutu.com.cn/a/2891349', asOf: CHECKED,
    note: 'heuristic: a Chinese term this long written twice (轮滑鞋…轮滑鞋, the source\'s example) wastes bytes (warn).',
  },
  cnFactWindowChars: {
    value: 12, unit: 'chars', source: 'https://junhe.com/legal-updates/2095', asOf: '2023-03-20',
    note: 'heuristic for SAMR exemption (g): a year this close before a ranking term suggests a dated, verifiable fact (warn, not fail).',
  },
} as const satisfies Record<string, Limit>;

export type LimitId = keyof typeof LIMITS;
export type ResolvedLimits = Record<LimitId, number>;

/** The user's choices: replaced limits and the opt-in 75-character Amazon cap. */
export interface TitleConfig {
  limits?: Partial<Record<LimitId, number>>;
  /** Warn above LIMITS.amazonTitleOptionChars (the reported 2026 cap). Default off. */
  amazonTitle75?: boolean;
}

const DEFAULTS = Object.fromEntries(Object.entries(LIMITS).map(([id, l]) => [id, l.value])) as ResolvedLimits;

/** Defaults with the user's overrides applied (invalid overrides are ignored). */
export function resolveLimits(config?: TitleConfig): ResolvedLimits {
  const overrides = config?.limits;
  if (!overrides) return DEFAULTS;
  const out = { ...DEFAULTS };
  for (const [id, value] of Object.entries(overrides) as [LimitId, number | undefined][]) {
    if (id in DEFAULTS && typeof value === 'number' && Number.isFinite(value) && value >= 0) out[id] = value;
  }
  return out;
}
