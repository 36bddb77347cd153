import type {
  CompetitorTermComparison,
  Draft,
  DraftComparison,
  FieldComparison,
  KeywordComparison,
  KeywordSuggestion,
  Marketplace,
  RuleComparison,
  TitleCheck,
  TitleField,
  TitleScore,
  Verdict,
} from '../../schema';
import { keywordCoverage } from './keywords';
import type { TitleConfig } from './limits';
import { FIELDS_BY_MARKETPLACE, scoreTitle } from './score-title';
import { suggestKeywords, type CompetitorTitle } from './suggest';

/** The analyses a comparison runs (the workbench passes its own, so both views agree). */
export interface CompareAnalyses {
  scoreTitle: typeof scoreTitle;
  keywordCoverage: typeof keywordCoverage;
  suggestKeywords: typeof suggestKeywords;
}

export interface CompareContext {
  /** Both drafts are scored by this marketplace's rules (the workbench offers one marketplace's drafts). */
  marketplace: Marketplace;
  /** Target keywords for both; default: the union of the drafts' keywords (sharedKeywords). */
  keywords?: readonly string[];
  /** Competitors' titles to mine terms from (suggestKeywords). */
  competitorTitles?: readonly CompetitorTitle[];
  /**
   * The terms already mined from them (minedTerms): the workbench mines once per set of
   * competitors, not on every keystroke. Wins over `competitorTitles`.
   */
  competitorTerms?: readonly KeywordSuggestion[];
  /** Default: A's brand, else B's — one brand for both, so brand rules judge the text only. */
  brand?: string;
  config?: TitleConfig;
  /** How many competitor terms to mine from `competitorTitles` (default 20). */
  termLimit?: number;
  analyses?: CompareAnalyses;
}

const REAL: CompareAnalyses = { scoreTitle, keywordCoverage, suggestKeywords };
const STATUS_RANK: Record<TitleCheck['status'], number> = { pass: 0, warn: 1, fail: 2 };

const keyOf = (term: string) => term.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The keywords a comparison uses: A's, then B's that A lacks (case-, width- and
 * space-insensitive). The union, not the open draft's list: the verdict must not depend
 * on which draft is open, and a term only one draft targets is exactly what the other
 * may be missing.
 */
export function sharedKeywords(a: Draft, b: Draft): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const k of [...a.keywords, ...b.keywords]) {
    const key = keyOf(k);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(k);
  }
  return out;
}

/**
 * Drafts A and B scored side by side: every field the marketplace has (the title always;
 * bullets, search terms and the short title when either draft has text there), with the
 * same keywords, brand and limits, then per rule which draft earns more; the target
 * keywords and the terms mined from competitors, each found or not in either title.
 * A field's verdict is by score; equal scores tie. Pure.
 */
export function compareDrafts(a: Draft, b: Draft, ctx: CompareContext): DraftComparison {
  const { marketplace } = ctx;
  const run = ctx.analyses ?? REAL;
  const keywords = [...(ctx.keywords ?? sharedKeywords(a, b))];
  const brand = (ctx.brand ?? (a.brand?.trim() ? a.brand : b.brand))?.trim() || undefined;
  const score = (text: string, field: TitleField) =>
    run.scoreTitle(text, { marketplace, field, keywords, ...(brand ? { brand } : {}), ...(ctx.config ? { config: ctx.config } : {}) });

  const fields: FieldComparison[] = [];
  let titles: [TitleScore, TitleScore] | undefined;
  for (const { slot, field, bullet, textA, textB } of slotsOf(marketplace, a, b)) {
    const [sa, sb] = [score(textA, field), score(textB, field)];
    if (slot === 'title') titles = [sa, sb];
    const difference = sa.score - sb.score;
    fields.push({ slot, field, ...(bullet !== undefined ? { bullet } : {}), scoreA: sa.score, scoreB: sb.score, difference, verdict: verdictOf(difference), rules: compareChecks(sa.checks, sb.checks) });
  }

  const options = { marketplace, ...(brand ? { brand } : {}) };
  const covA = titles?.[0].keywords ?? run.keywordCoverage(a.title, keywords, options);
  const covB = titles?.[1].keywords ?? run.keywordCoverage(b.title, keywords, options);
  const keywordRows: KeywordComparison[] = keywords.map((keyword, i) => ({
    keyword,
    inA: covA[i]?.present ?? false,
    inB: covB[i]?.present ?? false,
    frontLoadedA: covA[i]?.frontLoaded ?? false,
    frontLoadedB: covB[i]?.frontLoaded ?? false,
    stuffedA: covA[i]?.stuffed ?? false,
    stuffedB: covB[i]?.stuffed ?? false,
  }));

  return {
    marketplace,
    draftA: a.id,
    draftB: b.id,
    keywords,
    fields,
    keywordRows,
    competitorTerms: competitorTerms(a.title, b.title, ctx, run, options),
    wins: {
      a: fields.filter((f) => f.verdict === 'a').length,
      b: fields.filter((f) => f.verdict === 'b').length,
      tie: fields.filter((f) => f.verdict === 'tie').length,
    },
  };
}

const verdictOf = (difference: number): Verdict => (difference > 0 ? 'a' : difference < 0 ? 'b' : 'tie');

interface Slot {
  slot: string;
  field: TitleField;
  bullet?: number;
  textA: string;
  textB: string;
}

/** The fields compared: two empty bullets (or search terms) say nothing about either draft. */
function slotsOf(marketplace: Marketplace, a: Draft, b: Draft): Slot[] {
  const out: Slot[] = [];
  const add = (slot: Omit<Slot, 'textA' | 'textB'>, textA: string, textB: string) => {
    if (slot.slot === 'title' || textA.trim() || textB.trim()) out.push({ ...slot, textA, textB });
  };
  for (const field of FIELDS_BY_MARKETPLACE[marketplace]) {
    if (field === 'title') add({ slot: 'title', field }, a.title, b.title);
    else if (field === 'searchTerms') add({ slot: 'searchTerms', field }, a.searchTerms, b.searchTerms);
    else if (field === 'shortTitle') add({ slot: 'shortTitle', field }, a.shortTitle ?? '', b.shortTitle ?? '');
    else {
      const n = Math.max(a.bullets.length, b.bullets.length);
      for (let i = 0; i < n; i++) add({ slot: `bullet${i}`, field, bullet: i }, a.bullets[i] ?? '', b.bullets[i] ?? '');
    }
  }
  return out;
}

/** One check per rule id (a rule listed twice: points summed, the worse status kept). */
function byRule(checks: readonly TitleCheck[]): Map<string, TitleCheck> {
  const out = new Map<string, TitleCheck>();
  for (const c of checks) {
    const seen = out.get(c.rule);
    if (!seen) out.set(c.rule, c);
    else out.set(c.rule, { ...seen, status: STATUS_RANK[c.status] > STATUS_RANK[seen.status] ? c.status : seen.status, earned: seen.earned + c.earned, weight: seen.weight + c.weight });
  }
  return out;
}

/**
 * Rule rows in the scorer's order (A's, then rules only B got). A rule that made no check
 * for one draft (the main keyword's place when it is missing) has no winner: the points
 * it would decide are already in the rule that did fire.
 */
function compareChecks(checksA: readonly TitleCheck[], checksB: readonly TitleCheck[]): RuleComparison[] {
  const [ma, mb] = [byRule(checksA), byRule(checksB)];
  return [...new Set([...ma.keys(), ...mb.keys()])].map((rule) => {
    const [ca, cb] = [ma.get(rule), mb.get(rule)];
    const winner: Verdict = ca && cb ? verdictOf(ca.earned - cb.earned) : 'tie';
    return {
      rule,
      statusA: ca?.status ?? null,
      statusB: cb?.status ?? null,
      earnedA: ca?.earned ?? 0,
      earnedB: cb?.earned ?? 0,
      weight: Math.max(ca?.weight ?? 0, cb?.weight ?? 0),
      winner,
      ...(ca ? { messageA: ca.message } : {}),
      ...(cb ? { messageB: cb.message } : {}),
    };
  });
}

/**
 * The terms competitors' titles share: suggestKeywords over an empty draft, so a term is
 * mined whether or not either draft uses it (default: the top 20).
 */
export function minedTerms(competitorTitles: readonly CompetitorTitle[], marketplace: Marketplace, limit = 20, run: Pick<CompareAnalyses, 'suggestKeywords'> = REAL): KeywordSuggestion[] {
  return competitorTitles.length ? run.suggestKeywords('', competitorTitles, { marketplace, limit }) : [];
}

/** The competitors' terms, each looked up in both titles — the title is where search and shoppers read them. */
function competitorTerms(titleA: string, titleB: string, ctx: CompareContext, run: CompareAnalyses, options: { marketplace: Marketplace; brand?: string }): CompetitorTermComparison[] {
  const mined = ctx.competitorTerms ?? minedTerms(ctx.competitorTitles ?? [], ctx.marketplace, ctx.termLimit, run);
  if (mined.length === 0) return [];
  const terms = mined.map((s) => s.term);
  const [inA, inB] = [run.keywordCoverage(titleA, terms, options), run.keywordCoverage(titleB, terms, options)];
  return mined.map((s, i) => ({ term: s.term, competitors: s.competitors, inA: inA[i]?.present ?? false, inB: inB[i]?.present ?? false }));
}
