import { STATEMENT_ORIGINS } from '../../schema';
import { cueHits, FAMILY_IDS, partOfFamily, type CueHit } from './cues';
import type { FabeLang } from './lang';
import { NUMBER_COMPARISON, NUMBER_UNIT } from './units';

/**
 * What the classifier sees of a statement: which cue families fire (language-aware
 * lexicons) and structural facts that hold in every language — where the statement came
 * from, numbers with units, length, a "Name: value" shape, questions, who speaks. Every
 * feature is binary; the model (model.json) weighs them per part.
 */

export type Origin = (typeof STATEMENT_ORIGINS)[number];

export interface StatementContext {
  /** Where the statement came from; unknown when classifying free text. */
  origin?: Origin;
  /** The review's star rating, for review statements. */
  rating?: number;
}

const PARTS = ['F', 'A', 'B', 'E', 'none'] as const;

/** Every feature name, in a fixed order (the model's rows). */
export const FEATURE_NAMES: readonly string[] = [
  'bias',
  ...FAMILY_IDS.map((f) => `cue:${f}`),
  ...PARTS.map((p) => `name:${p}`),
  ...STATEMENT_ORIGINS.map((o) => `origin:${o}`),
  'review:high-rating', 'review:low-rating', 'review:number', 'review:negation', 'review:first-person',
  'numunit:1', 'numunit:2+', 'number-comparison', 'number:bare',
  'len:short', 'len:long', 'heading', 'key-value', 'phrase', 'question', 'exclaim',
  'first-person', 'seller-we', 'negation', 'imperative', 'instruction', 'conditional', 'no-verb', 'date', 'review:event',
  'review:complaint+concrete', 'review:complaint-only', 'review:praise-only', 'review:property', 'praise-only',
];

/**
 * Besides these, two families of features are named on the fly (their weights start at 0
 * and only move when the dev split shows a reason, see tests/fabe/train.ts):
 * - `t:<family>:<term>`: which word of a family matched, so the model can learn that one
 *   word of a family is a weaker sign than its neighbours;
 * - `r:<family>`: the family inside a review sentence, where praise words and scenes mean
 *   something else than in the seller's copy (GUIDELINES §3.3).
 */
export interface Features {
  /** Names of the features that are on. */
  on: string[];
  /** Cue family hits (for the "why" of a decision). */
  hits: CueHit[];
  /** For a "Name: value" statement, the family the name matched. */
  nameHit?: CueHit;
}

const KEY_VALUE = /^\s*([^:：\n]{1,40}?)\s*[:：]\s*(\S.*)$/su;
const HEADING = /^\s*(?:【[^】]{1,40}】|\[[^\]]{1,40}\]|[\p{Lu}\d][\p{Lu}\d &/'’\-+,.]{2,60}[:：\-–—])/u;
const QUESTION = /[?？]|[吗呢][。]?$/u;
const EXCLAIM = /[!！]/u;
const WORD = /[\p{Script=Latin}\d]+(?:['’][\p{Script=Latin}]+)?|\p{Script=Han}/gu;
const ANY_DIGIT = /\d/;

/** Per language: first person singular (a reviewer), the seller's "we", negation, verbs that make a clause. */
/**
 * How-to sentences start with a bare verb of handling (use, clean, wash, 请, bitte, veuillez…):
 * instructions and care notes are none (GUIDELINES §3.2), unlike the buyer-facing
 * imperatives of B ("Enjoy…", "Say goodbye to…"). A sentence opening on "if" is a
 * condition: a note, or a reviewer's generalisation (R3).
 */
const INSTRUCTION: Record<FabeLang, RegExp> = {
  en: /^\W*(?:please|use|clean|wash|wipe|rinse|dry|lay|place|put|remove|switch|turn|insert|attach|apply|press|hold|store|connect|plug|fill|pour|open|close|check|measure|follow|read|avoid|do not|don't|never|make sure|be sure|note|caution|warning|step \d|first,|then)(?![\p{L}])/iu,
  zh: /^\W*(?:请|注意|温馨提示|提示|建议|先|然后|使用前|洗涤|清洗时|勿|不要|切勿)/u,
  de: /^\W*(?:bitte|verwenden sie|reinigen sie|waschen|legen sie|stellen sie|entfernen sie|schalten sie|drücken sie|achten sie|beachten sie|hinweis|achtung|nicht)(?![\p{L}])/iu,
  fr: /^\W*(?:veuillez|merci de|utilisez|nettoyez|lavez|placez|retirez|appuyez|vérifiez|remarque|attention|ne pas)(?![\p{L}])/iu,
  it: /^\W*(?:si prega|per favore|usare|utilizzare|pulire|lavare|posizionare|rimuovere|premere|verificare|nota|attenzione|non)(?![\p{L}])/iu,
  es: /^\W*(?:por favor|use|utilice|limpie|lave|coloque|retire|pulse|compruebe|nota|atención|no)(?![\p{L}])/iu,
};
const CONDITIONAL: Record<FabeLang, RegExp> = {
  en: /^\W*(?:if|in case|when using)(?![\p{L}])/iu,
  zh: /^\W*(?:如果|如|若|假如|万一)/u,
  de: /^\W*(?:wenn|falls|sollte)(?![\p{L}])/iu,
  fr: /^\W*(?:si|en cas)(?![\p{L}])/iu,
  it: /^\W*(?:se|in caso)(?![\p{L}])/iu,
  es: /^\W*(?:si|en caso)(?![\p{L}])/iu,
};
/** A date (release dates and listing dates are catalogue data). */
const DATE = /\b(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}\.?\s+\p{L}{3,}\.?\s+(?:19|20)\d{2}\b|\b\p{L}{3,}\.?\s+\d{1,2},\s+(?:19|20)\d{2}\b|(?:19|20)\d{2}年\d{1,2}月/u;

const VOICE: Record<FabeLang, { i: RegExp; we: RegExp; neg: RegExp; verb: RegExp; imperative?: RegExp }> = {
  en: {
    i: /(?<![\p{L}])(?:i|i'm|i've|i'd|i'll|my|me|mine)(?![\p{L}])/iu,
    we: /(?<![\p{L}])(?:we|our|us|we're|we've)(?![\p{L}])/iu,
    neg: /(?<![\p{L}])(?:not|no|never|nothing|n't|isn't|doesn't|didn't|don't|won't|wasn't|can't|cannot)(?![\p{L}])|n't/iu,
    verb: /(?<![\p{L}])(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|does|do|did|makes?|keeps?|gives?|lets?|helps?|allows?|provides?|comes?|works?|lasts?|fits?|holds?|get|gets|got)(?![\p{L}])/iu,
    imperative: /^\W*(?:enjoy|say goodbye|say hello|get ready|keep your|make your|give your|bring|upgrade|experience|stay|forget|relax|discover|learn|treat yourself|feel|meet|transform|refresh|protect your|elevate|take your)(?![\p{L}])/iu,
  },
  zh: { i: /我(?!们)/u, we: /我们|本店|我司|本品/u, neg: /不|没|别|未/u, verb: /是|有|能|会|可以|让|使|采用|选用|带来|帮助|保持|提供|支持/u },
  de: {
    i: /(?<![\p{L}])(?:ich|mein|meine|meinen|mir|mich)(?![\p{L}])/iu,
    we: /(?<![\p{L}])(?:wir|unser|unsere|unseren|uns)(?![\p{L}])/iu,
    neg: /(?<![\p{L}])(?:nicht|kein|keine|keinen|nie|niemals|nichts)(?![\p{L}])/iu,
    verb: /(?<![\p{L}])(?:ist|sind|war|waren|hat|haben|hatte|wird|werden|kann|können|macht|hält|bietet|sorgt|passt|lässt)(?![\p{L}])/iu,
  },
  fr: {
    i: /(?<![\p{L}])(?:je|j['’]|mon|ma|mes|moi)(?![\p{L}])|j['’]/iu,
    we: /(?<![\p{L}])(?:nous|notre|nos)(?![\p{L}])/iu,
    neg: /(?<![\p{L}])(?:pas|jamais|aucun|aucune|rien|ne|n['’])(?![\p{L}])|n['’]/iu,
    verb: /(?<![\p{L}])(?:est|sont|était|a|ont|avait|sera|peut|peuvent|fait|permet|offre|garde)(?![\p{L}])/iu,
  },
  it: {
    i: /(?<![\p{L}])(?:io|mio|mia|miei|mie|mi|ho)(?![\p{L}])/iu,
    we: /(?<![\p{L}])(?:noi|nostro|nostra|nostri|nostre|ci)(?![\p{L}])/iu,
    neg: /(?<![\p{L}])(?:non|mai|nessun|nessuna|niente)(?![\p{L}])/iu,
    verb: /(?<![\p{L}])(?:è|sono|era|erano|ha|hanno|aveva|sarà|può|possono|fa|permette|offre|mantiene)(?![\p{L}])/iu,
  },
  es: {
    i: /(?<![\p{L}])(?:yo|mi|mis|me|he)(?![\p{L}])/iu,
    we: /(?<![\p{L}])(?:nosotros|nuestro|nuestra|nuestros|nuestras)(?![\p{L}])/iu,
    neg: /(?<![\p{L}])(?:no|nunca|ningún|ninguna|nada)(?![\p{L}])/iu,
    verb: /(?<![\p{L}])(?:es|son|era|eran|ha|han|tiene|tienen|será|puede|pueden|hace|permite|ofrece|mantiene)(?![\p{L}])/iu,
  },
};

/**
 * A narrated event: past or perfective verb forms and time expressions. In a review that
 * is what R1 calls an observation (E) as opposed to a general opinion.
 */
const EVENT: Record<FabeLang, RegExp> = {
  en: /(?<![\p{L}])(?:was|were|had|did|got|came|went|broke|fell|took|stood|bought|tried|noticed|found|lasted|stopped|started|washed|dropped|installed|received|returned|used|after|since|so far|ago|yesterday|still|now|months?|weeks?|years?|days?|times)(?![\p{L}])|\b[a-z]{3,}ed\b/iu,
  de: /(?<![\p{L}])(?:war|waren|hatte|hatten|wurde|wurden|kam|ging|habe|haben|seit|nach|bisher|jetzt|noch|monaten?|wochen?|jahren?|tagen?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:ai|avons|était|étaient|depuis|après|jusqu'ici|maintenant|encore|mois|semaines?|ans|jours?)(?![\p{L}])|(?<![\p{L}])(?:a|ont|suis|est)\s+\p{L}+(?:é|ée|és|ées|u|ue|i|it)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:ho|abbiamo|era|erano|dopo|da quando|finora|ora|ancora|mesi|settimane?|anni|giorni)(?![\p{L}])|(?<![\p{L}])(?:ha|hanno|è|sono)\s+\p{L}+(?:ato|ata|ati|ate|uto|uta|ito|ita)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:he|hemos|era|eran|después|desde|hasta ahora|ahora|todavía|meses|semanas?|años|días?)(?![\p{L}])|\p{L}{2,}(?:ó|ió|aron|ieron)(?![\p{L}])/iu,
  zh: /了|过|已经|之后|以后|后来|结果|发现|刚|才|天|周|月|年/u,
};

/** Which part the name of a "Name: value" row points at: the first cue family it matches, metadata first. */
const NAME_ORDER = ['none', 'A', 'B', 'E', 'F'] as const;
function nameFamily(name: string, lang: FabeLang): CueHit | undefined {
  const hits = cueHits(name, lang);
  for (const part of NAME_ORDER) {
    const h = hits.find((x) => partOfFamily(x.family) === part && x.family !== 'none.complaint' && x.family !== 'none.praise');
    if (h) return h;
  }
  return undefined;
}

function wordCount(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

export function extractFeatures(text: string, lang: FabeLang, context: StatementContext = {}): Features {
  const on = ['bias'];
  const hits = cueHits(text, lang);
  const origin = context.origin;
  for (const h of hits) {
    on.push(`cue:${h.family}`);
    for (const t of h.terms) on.push(`t:${h.family}:${t}`);
    if (origin === 'review') on.push(`r:${h.family}`);
  }
  if (origin) on.push(`origin:${origin}`);

  const kv = KEY_VALUE.exec(text);
  let nameHit: CueHit | undefined;
  // A bullet heading ("DOUBLE-WALL INSULATION: Made of…") is not a row name: only spec
  // rows and short "Name: value" pairs are.
  if (kv && (origin === 'spec' || (wordCount(kv[1]!) <= 4 && wordCount(kv[2]!) <= 6))) {
    on.push('key-value');
    nameHit = nameFamily(kv[1]!, lang);
    on.push(`name:${nameHit ? partOfFamily(nameHit.family) : 'F'}`);
  }

  let units = 0;
  NUMBER_UNIT.lastIndex = 0;
  while (NUMBER_UNIT.exec(text)) units++;
  if (units === 1) on.push('numunit:1');
  else if (units >= 2) on.push('numunit:2+');
  else if (ANY_DIGIT.test(text)) on.push('number:bare');
  if (NUMBER_COMPARISON.test(text)) on.push('number-comparison');

  const words = wordCount(text);
  // A Chinese "word" is about two characters.
  const size = lang === 'zh' ? words / 2 : words;
  if (size <= 4) on.push('len:short');
  else if (size > 30) on.push('len:long');
  if (HEADING.test(text)) on.push('heading');
  if (QUESTION.test(text)) on.push('question');
  if (EXCLAIM.test(text)) on.push('exclaim');

  const voice = VOICE[lang];
  const firstPerson = voice.i.test(text);
  const negation = voice.neg.test(text);
  if (firstPerson) on.push('first-person');
  if (voice.we.test(text)) on.push('seller-we');
  if (negation) on.push('negation');
  if (voice.imperative?.test(text)) on.push('imperative');
  if (INSTRUCTION[lang].test(text)) on.push('instruction');
  if (CONDITIONAL[lang].test(text)) on.push('conditional');
  if (DATE.test(text)) on.push('date');
  const hasVerb = voice.verb.test(text) || hits.some((h) => h.family === 'A.capability');
  if (!hasVerb) on.push(size <= 8 ? 'phrase' : 'no-verb');

  if (origin === 'review') {
    if (context.rating !== undefined && context.rating >= 4) on.push('review:high-rating');
    if (context.rating !== undefined && context.rating <= 2) on.push('review:low-rating');
    if (units > 0) on.push('review:number');
    if (negation) on.push('review:negation');
    if (firstPerson) on.push('review:first-person');
    if (EVENT[lang].test(text)) on.push('review:event');
  }
  // Conjunctions a linear model cannot form itself (GUIDELINES §3.3): a complaint about a
  // concrete part, number or event is an observation (E, R1), a bare complaint is none
  // (R3); praise with no property is none (R4); a property without a complaint is R2.
  const fam = new Set(hits.map((h) => h.family));
  const concrete = units > 0 || ['F.spec', 'F.material', 'F.equipped', 'E.observed'].some((f) => fam.has(f as never));
  const complaint = negation || fam.has('none.complaint');
  const property = ['A.quality', 'A.capability', 'A.result', 'F.material', 'F.spec', 'B.gain', 'B.scene'].some((f) => fam.has(f as never));
  const praiseOnly = fam.has('none.praise') && !property && !concrete;
  if (origin === 'review') {
    if (complaint) on.push(concrete ? 'review:complaint+concrete' : 'review:complaint-only');
    if (praiseOnly) on.push('review:praise-only');
    if (property && !complaint) on.push('review:property');
  } else if (praiseOnly) on.push('praise-only');
  return { on, hits, ...(nameHit ? { nameHit } : {}) };
}
