import type { ClassifiedStatement, Evidence, FabeChain, FabeTable, SellingPointDraft } from '../../schema';
import { claimFindings } from './claim-check';
import { cueHits } from './cues';
import { baseLang, detectLang, type FabeLang } from './lang';

/**
 * 一句话卖点 drafts from the strongest chains, in the listing's language, after the
 * domain-rules §3 template: [audience/scene] + [benefit] + [hardest evidence or number],
 * one sentence. The benefit is the chain's B statement (else its A statement) cut to its
 * first clause, without a bullet heading; the scene is a scene/audience phrase of the chain
 * (or the listing) unless the benefit already names one; the evidence is the hardest the
 * chain has: a certification or test free of claim warnings > patent > award > number >
 * sales > rating and review count.
 *
 * Every draft goes through the title rules' word lists (claim-check.ts). One with a
 * banned (fail) term is never offered — the next benefit of the chain is tried instead;
 * one with a restricted (warn) term is offered with `rulesPassed: false`.
 */

const MAX_BENEFIT = 110;
const HEADING = /^\s*(?:【[^】]*】|\[[^\]]*\]|[\p{Lu}\d][\p{Lu}\d &/'’\-+,.]{2,60}[:：\-–—]|[^:：]{1,30}[:：])\s*/u;
const SENTENCE_END = /[.!?。！？；;](?:\s|$)/u;
const TRAILING = /[\s,，、;；:：.。!！?？\-–—]+$/u;
const CLAUSE = /[,，;；]/u;

const KIND_RANK: Readonly<Record<Evidence['kind'], number>> = {
  certification: 7, 'test-report': 7, patent: 6, award: 5, number: 4, sales: 3, rating: 2, 'review-count': 2, 'review-quote': 0,
};

const REVIEWS_WORD: Record<FabeLang, string> = { en: 'reviews', zh: '条评价', de: 'Bewertungen', fr: 'avis', it: 'recensioni', es: 'opiniones' };

function benefitText(s: ClassifiedStatement): string {
  let t = s.text.replace(HEADING, '');
  const end = SENTENCE_END.exec(t);
  if (end) t = t.slice(0, end.index);
  if (t.length > MAX_BENEFIT) {
    const cut = t.slice(0, MAX_BENEFIT).search(CLAUSE);
    t = cut > 20 ? t.slice(0, cut) : t.slice(0, MAX_BENEFIT).replace(/\s\S*$/u, '');
  }
  return t.replace(TRAILING, '').trim();
}

/** The hardest evidence as a short phrase, skipping what the benefit already says. */
function evidencePhrase(chain: FabeChain, byId: Map<string, ClassifiedStatement>, lang: FabeLang, benefit: string): string | undefined {
  const folded = benefit.toLowerCase();
  const usable = chain.evidence.filter((e) => e.stance === 'supports' && e.kind !== 'review-quote' && !e.warnings?.length && !folded.includes(e.text.toLowerCase()));
  const best = usable.sort((a, b) => KIND_RANK[b.kind] - KIND_RANK[a.kind])[0];
  if (!best) return undefined;
  if (best.kind === 'rating' || best.kind === 'review-count') {
    const rating = usable.find((e) => e.kind === 'rating')?.text;
    const count = usable.find((e) => e.kind === 'review-count')?.text;
    return [rating, count ? `${count} ${REVIEWS_WORD[lang]}` : undefined].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  }
  if (best.statementId && byId.has(best.statementId) && best.kind !== 'number') return benefitText(byId.get(best.statementId)!).slice(0, 80);
  return best.text.slice(0, 80);
}

/**
 * A scene or audience phrase: a "for …" cue (ideal for, perfect for, 适合, idéal pour…)
 * and the few words after it ("ideal for office days"). A bare scene word in passing
 * ("back to the kitchen") is not an audience, so it is not taken; in Chinese the scene
 * word itself is (办公室, 学生).
 */
const FOR_CUE = /^(?:ideal|perfect|great|good|suitable|best|made|designed) for|^(?:ideal|perfekt|geeignet) für|^(?:idéal|idéale|parfait|parfaite|adapté) pour|^(?:ideale|perfetto|perfetta|adatto|adatta) per|^(?:ideal|perfecto|perfecta|adecuado|apto) para|^适合|^适用/iu;
function scenePhrase(statements: readonly ClassifiedStatement[]): string | undefined {
  for (const s of statements) {
    const lang = detectLang(s.text, s.lang);
    const hit = cueHits(s.text, lang).find((h) => h.family === 'B.scene');
    if (!hit) continue;
    if (lang === 'zh') return hit.text;
    if (!FOR_CUE.test(hit.text)) continue;
    const rest = s.text.slice(hit.index, hit.index + 40).split(/[,，.。;；!！?？]/u)[0]!;
    return rest.replace(/\s+\S*$/u, (m) => (rest.length >= 40 ? '' : m)).replace(TRAILING, '').trim();
  }
  return undefined;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function compose(lang: FabeLang, scene: string | undefined, benefit: string, evidence: string): string {
  if (lang === 'zh') return `${scene ? `${scene}，` : ''}${benefit}，${evidence}。`;
  const body = scene ? `${capitalise(scene)}: ${benefit.charAt(0).toLocaleLowerCase()}${benefit.slice(1)}` : capitalise(benefit);
  return `${body} (${evidence}).`;
}

export function sellingPointDrafts(table: FabeTable, options: { limit?: number } = {}): SellingPointDraft[] {
  const limit = options.limit ?? 3;
  const lang: FabeLang = baseLang(table.lang) ?? 'en';
  const byId = new Map(table.statements.map((s) => [s.id, s]));
  const listingScenes = table.statements.filter((s) => s.part === 'B' && s.source.origin !== 'review');
  const out: SellingPointDraft[] = [];
  const seen = new Set<string>();
  for (const chain of [...table.chains].sort((a, b) => b.strength - a.strength)) {
    if (out.length >= limit) break;
    const candidates = [...chain.benefits, ...chain.advantages].map((id) => byId.get(id)).filter((s): s is ClassifiedStatement => !!s && s.source.origin !== 'review');
    for (const s of candidates.slice(0, 3)) {
      const benefit = benefitText(s);
      if (benefit.length < 4) continue;
      const evidence = evidencePhrase(chain, byId, lang, benefit);
      if (!evidence) continue;
      const inBenefit = cueHits(benefit, lang).some((h) => h.family === 'B.scene');
      const scene = inBenefit ? undefined : scenePhrase(chain.benefits.map((id) => byId.get(id)!).filter(Boolean)) ?? scenePhrase(listingScenes);
      // Without a benefit statement, an advantage only becomes a selling point for someone.
      if (s.part !== 'B' && !scene && !inBenefit) continue;
      const text = compose(lang, scene && !benefit.includes(scene) ? scene : undefined, benefit, evidence).slice(0, 500);
      const findings = claimFindings(text);
      if (findings.some((f) => f.severity === 'fail') || seen.has(text)) continue;
      seen.add(text);
      out.push({ text, lang, chainId: chain.id, rulesPassed: findings.length === 0 });
      break;
    }
  }
  return out;
}
