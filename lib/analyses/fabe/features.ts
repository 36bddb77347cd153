import { STATEMENT_ORIGINS } from '../../schema';
import { isAsciiAlnum, isAsciiLetter } from './char-code';
import { cueHits, cueParts, FAMILY_IDS, partOfFamily, type CueHit, type FamilyId } from './cues';
import type { FabeLang } from './lang';
import { pushLexical } from './lexical';
import { NUMBER_COMPARISON, NUMBER_DURATION, NUMBER_UNIT } from './units';
import { englishGates, englishWordCount, GATE, SURE_GATES } from './word-gates';

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

const UNKNOWN_ORIGIN_FEATURES = [
  'u:number', 'u:event', 'u:past', 'u:past+first-person', 'u:span', 'u:defect', 'u:my', 'u:irrealis', 'u:purchase-only',
  'u:complaint+concrete', 'u:complaint-only', 'u:property',
] as const;

/** Every feature name, in a fixed order (the model's rows). */
export const FEATURE_NAMES: readonly string[] = [
  'bias',
  ...FAMILY_IDS.map((f) => `cue:${f}`),
  // The family inside a review sentence, where praise words and scenes mean something
  // else than in the seller's copy (GUIDELINES §3.3); prior weight 0.
  ...FAMILY_IDS.map((f) => `r:${f}`),
  ...PARTS.map((p) => `name:${p}`),
  ...PARTS.map((p) => `value:${p}`),
  ...PARTS.map((p) => `head:${p}`),
  ...PARTS.map((p) => `top:${p}`),
  ...STATEMENT_ORIGINS.map((o) => `origin:${o}`),
  'numunit:1', 'numunit:2+', 'numunit:time', 'number-comparison', 'number:bare', 'pack-list',
  'len:short', 'len:long', 'heading', 'key-value', 'phrase', 'no-verb', 'question', 'exclaim', 'date',
  'first-person', 'seller-we', 'negation', 'imperative', 'instruction', 'conditional', 'you+gain', 'you-only',
  'praise-only',
  // Reviews only (GUIDELINES §3.3, R1–R4).
  'review:high-rating', 'review:low-rating', 'review:number', 'review:negation', 'review:first-person',
  'review:event', 'review:past', 'review:past+first-person', 'review:span', 'review:defect', 'review:my',
  'review:irrealis', 'review:purchase-only',
  'review:complaint+concrete', 'review:complaint-only', 'review:praise-only', 'review:property',
  // Free text of unknown origin (`audit fabe --sentences`): the facts of the review rules,
  // under their own names, since such a sentence may be a review or seller copy.
  ...UNKNOWN_ORIGIN_FEATURES,
  // A repeat purchase (R1 复购), in a review and in text of unknown origin.
  'review:repeat', 'u:repeat',
];

/**
 * Feature names built once: a name made up per statement (`cue:${family}`) is a new string
 * the weight lookup has to hash again every time.
 */
const CUE_NAME = Object.fromEntries(FAMILY_IDS.map((f) => [f, `cue:${f}`])) as Record<string, string>;
const REVIEW_CUE_NAME = Object.fromEntries(FAMILY_IDS.map((f) => [f, `r:${f}`])) as Record<string, string>;
const ORIGIN_NAME = Object.fromEntries(STATEMENT_ORIGINS.map((o) => [o, `origin:${o}`])) as Record<string, string>;
const partNames = (prefix: string) => Object.fromEntries(PARTS.map((p) => [p, `${prefix}:${p}`])) as Record<string, string>;
const NAME_NAME = partNames('name');
const VALUE_NAME = partNames('value');
const HEAD_NAME = partNames('head');
const TOP_NAME = partNames('top');
/** The same names by part index (F, A, B, E, none), for cueParts' packed parts. */
const VALUE_NAMES = PARTS.map((p) => VALUE_NAME[p]!);
const HEAD_NAMES = PARTS.map((p) => HEAD_NAME[p]!);

/**
 * The names of the features that are on for the statement being read, in ON[0, onCount): one
 * array for every statement, so the classifier (which reads them once, then moves on) makes
 * no array per statement, nor the larger ones pushing grows it into. extractFeatures copies
 * them out.
 */
const ON: string[] = [];
let onCount = 0;
function put(name: string): void {
  ON[onCount++] = name;
}

/** Puts `names[part]` for each part of a cueParts answer, in its order. */
function putParts(names: readonly string[], packed: number): void {
  for (let p = packed; p !== 0; p >>>= 3) put(names[(p & 7) - 1]!);
}

/**
 * The families a statement hits as one bitmask (25 families: one bit each), so the
 * conjunctions below test bits instead of building sets per statement.
 */
const BIT = Object.fromEntries(FAMILY_IDS.map((f, i) => [f, 1 << i])) as Record<FamilyId, number>;
const bitsOf = (families: readonly FamilyId[]) => families.reduce((m, f) => m | BIT[f], 0);
const PART_BITS = Object.fromEntries(PARTS.map((p) => [p, bitsOf(FAMILY_IDS.filter((f) => partOfFamily(f) === p))])) as Record<(typeof PARTS)[number], number>;
const CONCRETE = bitsOf(['F.spec', 'F.material', 'F.equipped', 'E.observed']);
const PROPERTY = bitsOf(['A.quality', 'A.capability', 'A.result', 'F.material', 'F.spec', 'B.gain', 'B.scene']);

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
export const QUESTION = /[?？]|[吗呢][。]?$/u;
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

// VOICE and the review patterns below are exported for tests/fabe/optimised-equivalence.test.ts,
// which checks the English word gates (word-gates.ts) against them.
export const VOICE: Record<FabeLang, { i: RegExp; we: RegExp; neg: RegExp; verb: RegExp; imperative?: RegExp }> = {
  en: {
    i: /(?<![\p{L}])(?:i|i'm|i've|i'd|i'll|my|me|mine)(?![\p{L}])/iu,
    we: /(?<![\p{L}])(?:we|our|us|we're|we've)(?![\p{L}])/iu,
    neg: /(?<![\p{L}])(?:not|no|never|nothing|n't|isn't|doesn't|didn't|don't|won't|wasn't|can't|cannot)(?![\p{L}])|n't/iu,
    verb: /(?<![\p{L}])(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|does|do|did|makes?|keeps?|gives?|lets?|helps?|allows?|provides?|comes?|works?|lasts?|fits?|holds?|get|gets|got)(?![\p{L}])/iu,
    imperative: /^\W*(?:enjoy|say goodbye|say hello|get ready|keep your|make your|give your|bring|upgrade|experience|stay|forget|relax|discover|learn|treat yourself|feel|meet|transform|refresh|protect your|elevate|take your)(?![\p{L}])/iu,
  },
  zh: { i: /我(?!们)/u, we: /我们|本店|我司|本品/u, neg: /(?<!不)不(?![错用会易起掉变缩褪粘皱])|没(?!有色差)|别|未/u, verb: /是|有|能|会|可以|让|使|采用|选用|带来|帮助|保持|提供|支持/u },
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
    // Italian and Spanish drop the subject: an object clitic before a first-person verb form ("lo uso", "la compré") marks the speaker too.
    // Not the article: Italian "lo" only comes before s + consonant, z, gn, ps, x, y ("lo schermo", "lo zaino"), and
    // "l'" before a vowel is a noun's article ("l'uso") — "l'ho" is "ho"; a third-person plural ("lo hanno", "lo sono") is not the speaker.
    i: /(?<![\p{L}])(?:io|mio|mia|miei|mie|mi|ho|avevo|(?:lo(?!\s+(?:s[^aeiouàèéìòù\s]|z|gn|ps|x|y))|la|li|le)\s+\p{L}{2,}(?<!ann|an|on)o)(?![\p{L}])/iu,
    we: /(?<![\p{L}])(?:noi|nostro|nostra|nostri|nostre)(?![\p{L}])/iu,
    neg: /(?<![\p{L}])(?:non|mai|nessun|nessuna|niente)(?![\p{L}])/iu,
    verb: /(?<![\p{L}])(?:è|sono|era|erano|ha|hanno|aveva|sarà|può|possono|fa|permette|offre|mantiene)(?![\p{L}])/iu,
  },
  es: {
    // Not the neuter article before an adjective ("lo mismo", "lo bueno", "lo único").
    i: /(?<![\p{L}])(?:yo|mi|mis|me|he|(?:lo|la|los|las)\s+(?!(?:mismo|bueno|malo|único|unico|otro|cierto|mejor|peor|primero|demás|justo|necesario|contrario)(?![\p{L}]))\p{L}{2,}[oé])(?![\p{L}])/iu,
    we: /(?<![\p{L}])(?:nosotros|nuestro|nuestra|nuestros|nuestras)(?![\p{L}])/iu,
    neg: /(?<![\p{L}])(?:no|nunca|ningún|ninguna|nada)(?![\p{L}])/iu,
    verb: /(?<![\p{L}])(?:es|son|era|eran|ha|han|tiene|tienen|será|puede|pueden|hace|permite|ofrece|mantiene)(?![\p{L}])/iu,
  },
};

/**
 * Finite clauses the small verb lists above miss: a subject pronoun or a reflexive/object
 * clitic right before a word, and the verb endings each language marks (imperfect, future,
 * gerund). Only used to tell a noun phrase ("Stainless Surface", "Navegación inteligente")
 * from a sentence.
 */
export const CLAUSE: Record<FabeLang, RegExp> = {
  en: /(?<![\p{L}])(?:i|he|she|it|we|they|you)\s+(?!and\b|or\b)\p{L}{2,}|(?<![\p{L}])\p{L}{3,}ing\s+(?:the|a|an|your|it|to)\b/iu,
  de: /(?<![\p{L}])(?:ich|er|es|wir|man|sie|du)\s+\p{L}{3,}|(?<![\p{L}])sich\s+\p{L}{3,}/iu,
  fr: /(?<![\p{L}])(?:il|elle|on|ils|elles|je|nous|vous|tu|se|s['’]|j['’]|l['’]on)\s*\p{L}{3,}|(?<![\p{L}])\p{L}{3,}(?:ait|aient|era|eront|ant)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:si|mi|ti|ci|vi|ne)\s+\p{L}{3,}|(?<![\p{L}])\p{L}{3,}(?:ano|ono|isce|iscono|ava|avano|eva|evano|erà|irà|ando|endo)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:se|me|te|nos|os)\s+\p{L}{3,}|(?<![\p{L}])\p{L}{3,}(?:aba|aban|ía|ían|ará|erá|irá|ando|iendo|amos|emos|imos)(?![\p{L}])/iu,
  // Never matches (extractFeatures does not run it on Chinese).
  zh: /(?!)/u,
};

/**
 * A narrated event: past or perfective verb forms and time expressions. In a review that
 * is what R1 calls an observation (E) as opposed to a general opinion.
 */
export const EVENT: Record<FabeLang, RegExp> = {
  en: /(?<![\p{L}])(?:was|were|had|did|got|came|went|broke|fell|took|stood|bought|tried|noticed|found|lasted|stopped|started|washed|dropped|installed|received|returned|used|after|since|so far|ago|yesterday|still|now|months?|weeks?|years?|days?|times)(?![\p{L}])|\b[a-z]{3,}ed\b/iu,
  de: /(?<![\p{L}])(?:war|waren|hatte|hatten|wurde|wurden|kam|ging|habe|haben|seit|nach|bisher|jetzt|noch|monaten?|wochen?|jahren?|tagen?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:ai|avons|était|étaient|depuis|après|jusqu'ici|maintenant|encore|mois|semaines?|ans|jours?)(?![\p{L}])|(?<![\p{L}])(?:a|ont|suis|est)\s+\p{L}+(?:é|ée|és|ées|u|ue|i|it)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:ho|abbiamo|era|erano|dopo|da quando|finora|ora|ancora|mesi|settimane?|anni|giorni)(?![\p{L}])|(?<![\p{L}])(?:ha|hanno|è|sono)\s+\p{L}+(?:ato|ata|ati|ate|uto|uta|ito|ita)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:he|hemos|era|eran|después|desde|hasta ahora|ahora|todavía|meses|semanas?|años|días?)(?![\p{L}])|(?<![\p{L}])\p{L}{2,}(?:ó|ió|aron|ieron)(?![\p{L}])/iu,
  zh: /了|过|已经|之后|以后|后来|结果|发现|刚|才|天|周|月|年/u,
};

/**
 * GUIDELINES §3.3 R1 splits an observation into its parts; each is a feature of its own,
 * per language, so the model can weigh them (they only fire in reviews):
 * - PAST: a narrated past or perfect (what happened, not what the product is like);
 * - SPAN: a span or point of time of use ("for a year", "so far", "after 2 uses", 目前);
 * - DEFECT: a failure that was seen (broke, cracked, leaks, 开线, 起球) — evidence whatever
 *   the stars, unlike a bare complaint (R3);
 * - IRREALIS: what might, would or may happen, hopes and doubts — not an observation (R3).
 */
export const PAST: Record<FabeLang, RegExp> = {
  // The "…ed" alternative first looks ahead for a whole word ending in "ed" (it can only match
  // such a word) before its lookbehinds: without it, both lookbehinds ran at every word start
  // and at every letter the greedy run backed off over (the pattern ran about 40 % longer).
  // tests/fabe/optimised-equivalence.test.ts checks it against the pattern without the lookahead.
  en: /(?<![\p{L}])(?:was|were|had|did|got|came|went|broke|fell|took|stood|bought|tried|found|made|put|gave|kept|held|left|felt|saw|told|began|ran|sat|wore|tore|spent|paid|sent|brought|caught|became|lost|(?:have|has|'ve|had)\s+(?:been|had|done|seen|got|gotten|held|made|kept|worn|used)|(?=\p{L}{2,}ed(?![\p{L}]))(?<!(?:is|are|be|being|been|get|gets)\s+(?:\p{L}+\s+)?)\p{L}{2,}(?<!need|interest|disappoint|please|satisf|surpris|impress|amaz|excit|design|feature|includ|advanc|experienc|talent|sophisticat|dedicat|expect|limit|detail|recommend|advertis|describ)ed)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:war|waren|hatte|hatten|wurde|wurden|kam|ging|fiel|brach|gab|nahm|fand|sah|bekam|hielt|merkte|bemerkte|kaufte|bestellte|benutzte|nutzte|probierte|testete|musste|wollte|konnte|dachte|(?:habe|hast|hat|haben|bin|ist|sind)\s+(?:[\p{L}\d,.€]+\s+){0,8}(?:ge|ver|be|er|ent|zer|über|aus|ab|an|auf|ein)\p{L}{2,}(?:t|en))(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:j['’]ai|ai|as|a|avons|avez|ont|suis|est|sommes|sont|avait|était)\s+(?:\p{L}+\s+)?\p{L}{2,}(?:é|ée|és|ées|is|it|u|ue|us|ert)(?![\p{L}])|j['’]ai\s/iu,
  it: /(?<![\p{L}])(?:ho|hai|ha|abbiamo|avete|hanno|sono|è|siamo|era|erano)\s+(?:\p{L}+\s+)?\p{L}{2,}(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)(?![\p{L}])/iu,
  // The speaker's own preterite too ("compré", "probé", "recibí"): a consonant before a final é/í (not "así", "aquí", "allí").
  // Every word alternative starts at a word start, so a long run of letters is read once (linear time).
  es: /(?<![\p{L}])(?:he|has|ha|hemos|han)\s+\p{L}{2,}(?:ado|ada|ido|ida)(?![\p{L}])|(?<![\p{L}])\p{L}{3,}(?:ó|ió|aron|ieron)(?![\p{L}])|(?<![\p{L}])\p{L}+(?:[bcdfgjlmnprtvz]é|[bdmnrtv]í)(?![\p{L}])/iu,
  zh: /(?:用|穿|洗|试|买|收|到|拿|戴|装|坏|破|起|掉|开|露|变|缩|发现|觉得|摸|量|测|充|拆)[了过]|已经|后来|结果|刚拿|才到/u,
};
export const SPAN: Record<FabeLang, RegExp> = {
  en: /(?<![\p{L}])(?:days?|weeks?|months?|years?|season|so far|to date|until now|since|still|anymore|ever since|overtime|the day after|the next day|one day)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|seit|bisher|bislang|soweit|bis jetzt|noch immer|immer noch|mittlerweile|inzwischen)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:jour|jours|semaine|semaines|mois|an|ans|année|années|depuis|jusqu['’]ici|jusqu['’]à présent|toujours|au bout de|désormais)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:giorno|giorni|settimana|settimane|mese|mesi|anno|anni|da quando|finora|ancora|dopo)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:día|días|semana|semanas|mes|meses|año|años|desde|hasta ahora|todavía|después|sigue)(?![\p{L}])/iu,
  zh: /\d+\s*(?:天|周|个月|年)|[一二两三四五六七八九十几半]+(?:天|周|个?星期|个?月|年)|目前|至今|到现在|之后|后来|去年|上次|这次|第[一二三四五六七八九十\d]+次/u,
};
export const DEFECT: Record<FabeLang, RegExp> = {
  en: /(?<![\p{L}])(?:broke|broken|breaks|crack|cracked|cracks|failed|fails|stopped|stuck|leak|leaked|leaks|leaking|hole|holes|tore|torn|ripped|came apart|fell apart|fell off|came off|peeled|peeling|deflated|faded|bubbles?|defective|died|dead|scratch|scratches|scratched|stops|leakage|damaged|dented|bent|warped|chipped|shattered|frayed|fraying|pilling|pilled|shrunk|shrank|rusted|rusty|wobbly|wobbles|skips|skipping|missing|(?:does|did|do|is|was|are|were|wo|ca|could|would)(?: not|n't)\s+(?:even\s+)?(?:work|working|fit|fitting|charge|charging|turn on)|not working|stop working|fake|counterfeit|knockoff|knock off|bootleg)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:kaputt|gebrochen|gerissen|undicht|loch|löcher|defekt|abgefallen|abgelöst|ausgefallen|riss|risse|asynchron|funktioniert nicht|geht nicht mehr|beschädigt|verbogen|zerkratzt|verkratzt|verrostet|rostet|eingelaufen|ausgefranst|verfärbt|ausgeblichen|abgebrochen|abgeplatzt|geplatzt|fehlt|fehlte|fehlten|wackelt|tropft|klemmt|quietscht|(?:funktionierte|ging) nicht mehr|passt nicht|passte nicht|fälschung|raubkopie|plagiat|beschädigung|beschädigungen)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:cassé|cassée|fissuré|fissurée|fuit|fuite|trou|trous|déchiré|déchirée|défectueux|défectueuse|panne|tâches?|taches?|ne fonctionne (?:plus|pas)|abîmé|abîmée|endommagé|endommagée|rayé|rayée|rayures?|tordu|tordue|manquant|manquante|rouillé|rouillée|bouloche|rétréci|décousu|décollé|décollée|ébréché|ébréchée|fendu|fendue|se bloque|(?:ne marche|ne marchait|ne fonctionnait|ne rentre|ne charge|ne s['’]allume) (?:plus|pas)|contrefaçon|copie pirate|cassure|déchirure)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:rotto|rotta|rotti|crepato|crepata|perde|perdita|buco|buchi|strappato|strappata|difettoso|difettosa|staccato|slacciato|non funziona|non riconosce|danneggiato|danneggiata|graffiato|graffiata|graffi|piegato|piegata|mancante|mancava|arrugginito|scolorito|scolorita|ristretto|ristretta|scollato|scollata|si blocca|si è bloccato|si spegne|non si accende|non si carica|non carica|smesso di funzionare|non funzionava|non entra|non si adatta|rottura|foratura|forato|forata|bucato|bucata|contraffatto|contraffatta)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:roto|rota|rompió|agrietado|agrietada|fuga|agujero|defectuoso|defectuosa|no funciona|dejó de funcionar|se apaga|dañado|dañada|rayado|rayada|arañazos?|doblado|doblada|faltaba|faltaban|oxidado|oxidada|desteñido|encogido|encogió|despegado|despegada|se atasca|se atascó|se bloquea|no carga|no enciende|no se enciende|no funcionaba|se rompe|no encaja|no entra|no cabe|rotura|falsificado|falsificada|imitación)(?![\p{L}])/iu,
  zh: /(?<!不会?|没有?|无|不易|防)(?:坏|裂|破|开线|露线|起球|掉色|褪色|漏|断了|卡到|卡住|皱巴|拉丝|勾丝|脱落|线头|死机|生锈|变形|划痕|刮花|缩水|起毛|脱线|掉漆|少了|缺了|断裂|用不了|卡顿|不亮|不充电)|不一样|假货|盗版/u,
};
export const IRREALIS: Record<FabeLang, RegExp> = {
  en: /(?<![\p{L}])(?:would|might|may|maybe|perhaps|probably|hope|hopefully|wish|if|don't know|not sure|will see|we'll see)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:würde|würden|könnte|könnten|vielleicht|hoffentlich|wahrscheinlich|wenn|falls|mal sehen)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:serait|pourrait|peut-être|peut être|j['’]espère|espère|probablement|si)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:sarebbe|potrebbe|forse|spero|probabilmente|se)(?![\p{L}])|(?<![\p{L}])\p{L}{3,}(?:rei|rebbe)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:sería|podría|quizás|quizá|tal vez|espero|probablemente|si)(?![\p{L}])/iu,
  zh: /可能|也许|不知道|会不会|希望|期待|估计|还没|如果|还会|以后/u,
};
/**
 * Buying is an event too, but a purchase story is not an observation of the product (R1:
 * "一次买了5个 does not count"; R4: purchase stories → none). A review whose only narrated
 * verbs are buying, ordering or receiving is told apart from one that narrates use.
 */
const PURCHASE: Record<FabeLang, RegExp> = {
  en: /(?<![\p{L}])(?:bought|ordered|purchased|received|picked up|got (?:this|these|it|them|one|two|a pair|a set)|(?:have|has|'ve|had)\s+(?:bought|ordered|purchased|received))(?![\p{L}])/giu,
  de: /(?<![\p{L}])(?:(?:habe|hat|haben)\s+(?:\p{L}+\s+){0,4}(?:gekauft|bestellt|erhalten|bekommen)|kaufte|bestellte)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:j['’]ai|ai|a|avons|ont)\s+(?:\p{L}+\s+)?(?:acheté|commandé|reçu)(?![\p{L}])/giu,
  it: /(?<![\p{L}])(?:ho|ha|abbiamo|hanno)\s+(?:\p{L}+\s+)?(?:acquistato|comprato|ordinato|ricevuto)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:compré|pedí|recibí|(?:he|ha|hemos|han)\s+(?:comprado|pedido|recibido))(?![\p{L}])/giu,
  zh: /(?:买|收|拍|下单|购买)[了过]/gu,
};
export const PURCHASE_ONE = Object.fromEntries(Object.entries(PURCHASE).map(([l, re]) => [l, new RegExp(re.source, re.flags.replace('g', ''))])) as Record<FabeLang, RegExp>;
/**
 * A repeat purchase or a return to the same product or shop: the 复购 signal of R1
 * ("第二次买了", "This is my third unit", "Bought several times", "ordered two more"), an
 * observation of the product over time, not a purchase story (R4).
 */
export const REPEAT: Record<FabeLang, RegExp> = {
  en: /(?<![\p{L}])(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th|another)\s+(?:one|pair|set|unit|purchase|order|time|bottle|pack|box|copy|bag)|(?:ordered|bought|purchased|buying|got)\s+(?:\p{L}+\s+)?(?:more|another|again)|re-?(?:order|purchas|bought|buy)\p{L}*|(?:go|goes|come|coming|went|came)\s+back\s+to|keep buying|repeat (?:customer|buyer|purchase))(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:nachbestellt|nachgekauft|(?:wieder|erneut|nochmal|nochmals)\s+(?:\p{L}+\s+)?(?:gekauft|bestellt)|(?:zweite|dritte|vierte)[nrs]?\s+(?:kauf|bestellung|mal|exemplar|stück|packung)|stammkund\p{L}*)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:rachet\p{L}*|rachète|rachat|(?:deuxième|troisième|quatrième|2e|3e)\s+(?:fois|achat|commande|exemplaire)|(?:acheté|commandé)\s+(?:à nouveau|de nouveau|encore))(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:ricomprat\p{L}|riacquistat\p{L}|riordinat\p{L}|(?:seconda|terza|quarta)\s+volta|(?:secondo|terzo|quarto)\s+(?:acquisto|ordine|pezzo)|(?:comprato|acquistato|ordinato)\s+(?:di nuovo|ancora))(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:volv\p{L}*\s+a\s+(?:comprar|pedir)|recomprad\p{L}|(?:segunda|tercera|cuarta)\s+(?:vez|compra|unidad)|(?:segundo|tercer|cuarto)\s+pedido|(?:compré|pedí)\s+(?:otr[oa]s?|de nuevo|más))(?![\p{L}])/iu,
  zh: /回购|复购|又买|再买|再次购买|第[二三四五六七八九十2-9]次(?:买|购|来|光顾)|回头客|买了好几|老顾客|老客户|又来了/u,
};
/** "my pans", "my chairs", 我的: the reviewer's own things, where an observation happens (R1). */
export const MY: Record<FabeLang, RegExp> = {
  en: /(?<![\p{L}])(?:my|our)\s+\p{L}{3,}/iu,
  de: /(?<![\p{L}])(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren)\s+\p{L}{3,}/iu,
  fr: /(?<![\p{L}])(?:mon|ma|mes|notre|nos)\s+\p{L}{3,}/iu,
  it: /(?<![\p{L}])(?:mio|mia|miei|mie|nostro|nostra|nostri|nostre)\s+\p{L}{3,}/iu,
  es: /(?<![\p{L}])(?:mi|mis|nuestro|nuestra|nuestros|nuestras)\s+\p{L}{3,}/iu,
  zh: /我的|我家|家里/u,
};

/** A package-contents list: "1 x Scale, 1 x Manual", "Power Bank*1, Pouch*1" (F, GUIDELINES §3 F). */
const PACK_ITEM = /(?:(?<![\p{L}\d])\d+\s?[x×*]\s?\p{L}|[\p{L})]\s?[x×*]\s?\d+(?![\d.,]?\d*\s?(?:cm|mm|in|m)\b))/giu;

/**
 * How many PACK_ITEM matches `text` holds, counted up to two (all the feature asks) and only
 * when it holds an x, X, × or * (every match does: under `iu` the x matches only x and X).
 */
function packItems(text: string): number {
  if (!text.includes('x') && !text.includes('X') && !text.includes('×') && !text.includes('*')) return 0;
  let n = 0;
  PACK_ITEM.lastIndex = 0;
  while (n < 2 && PACK_ITEM.test(text)) n++;
  PACK_ITEM.lastIndex = 0;
  return n;
}

/** QUESTION (`[?？]|[吗呢][。]?$`) without a regex run: a question mark anywhere, or 吗/呢 at the end, a 。 after it allowed. */
export function isQuestion(text: string): boolean {
  if (text.includes('?') || text.includes('？')) return true;
  let end = text.length;
  if (text.charCodeAt(end - 1) === 0x3002) end--;
  const last = text.charCodeAt(end - 1);
  return last === 0x5417 || last === 0x5462;
}

/** Which part the name of a "Name: value" row points at: the first cue family it matches, metadata first. */
const NAME_ORDER = ['none', 'A', 'B', 'E', 'F'] as const;
function nameFamily(name: string, lang: FabeLang, withTerms: boolean): CueHit | undefined {
  const hits = cueHits(name, lang, withTerms);
  // Loops, not hits.find: a closure per part and row.
  for (const part of NAME_ORDER) {
    for (let k = 0; k < hits.length; k++) {
      const x = hits[k]!;
      if (partOfFamily(x.family) === part && x.family !== 'none.complaint' && x.family !== 'none.praise') return x;
    }
  }
  return undefined;
}

/** How many WORD matches `text` holds. */
function wordCount(text: string): number {
  return asciiWordCount(text) ?? regexWordCount(text);
}

export function regexWordCount(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) n++;
  return n;
}


/**
 * WORD counted off the character codes of an ASCII-only text (undefined for any other):
 * there `[\p{Script=Latin}\d]` is [A-Za-z0-9], the ’ apostrophe cannot occur and Han
 * cannot either, so a word is a run of letters and digits, with an ' and a run of letters
 * after it when one follows.
 */
export function asciiWordCount(text: string): number | undefined {
  const n = text.length;
  let words = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if (!isAsciiAlnum(c)) { i++; continue; }
    words++;
    i++;
    while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
    if (i + 1 < n && text.charCodeAt(i) === 0x27 && isAsciiLetter(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
    }
  }
  return words;
}

/** The review rules' facts (GUIDELINES §3.3 R1–R4) under the names of a review or of text of unknown origin. */
const NARRATIVE_FACTS = ['event', 'past', 'purchase-only', 'my', 'past+first-person', 'span', 'defect', 'irrealis', 'repeat'] as const;
const narrativeNames = (prefix: string) => Object.fromEntries(NARRATIVE_FACTS.map((f) => [f, `${prefix}:${f}`])) as Record<(typeof NARRATIVE_FACTS)[number], string>;
const NARRATIVE = { review: narrativeNames('review'), unknown: narrativeNames('u') };

/**
 * A narrated past, an event, a time of use, a seen defect, the writer's own things (R1), a
 * story whose only event is buying, a guess or hope (not R1): pushed under `names`, in this
 * order. A repeat purchase is the 复购 signal of R1, not a purchase story.
 */
function putNarrative(names: (typeof NARRATIVE)['review'], text: string, lang: FabeLang, shut: number, sure: number, fam: number, firstPerson: boolean): void {
  if (!(shut & GATE.event) && ((sure & GATE.eventWord) !== 0 || EVENT[lang].test(text))) put(names.event);
  const past = !(shut & GATE.past) && ((sure & GATE.pastWord) !== 0 || PAST[lang].test(text));
  if (past) put(names.past);
  const repeat = !(shut & GATE.repeat) && REPEAT[lang].test(text);
  if (past && !repeat && !(fam & BIT['E.observed']) && !(shut & GATE.purchase) && PURCHASE_ONE[lang].test(text) && !PAST[lang].test(text.replace(PURCHASE[lang], ' '))) put(names['purchase-only']);
  if (!(shut & GATE.my) && MY[lang].test(text)) put(names.my);
  if (past && firstPerson) put(names['past+first-person']);
  if (!(shut & GATE.span) && ((sure & GATE.spanWord) !== 0 || SPAN[lang].test(text))) put(names.span);
  if (!(shut & GATE.defect) && ((sure & GATE.defectWord) !== 0 || DEFECT[lang].test(text))) put(names.defect);
  if (!(shut & GATE.irrealis) && ((sure & GATE.irrealisWord) !== 0 || IRREALIS[lang].test(text))) put(names.irrealis);
  if (repeat) put(names.repeat);
}

/**
 * `withWords`: also list the lexical features (lexical.ts) by name, as training does; the
 * classifier scores those by hash instead (classify.ts). `withTerms` false: the hits' (and
 * the row name's) `terms` are left empty — the classifier never reads them; the features
 * are the same.
 */
export function extractFeatures(text: string, lang: FabeLang, context: StatementContext = {}, withWords = true, withTerms = true): Features {
  const f = readFeatures(text, lang, context, withTerms);
  const on = ON.slice(0, onCount);
  if (withWords) pushLexical(text, on);
  // Written out: a spread of an object per statement costs more than the rest of this line.
  return f.nameHit ? { on, hits: f.hits, nameHit: f.nameHit } : { on, hits: f.hits };
}

/**
 * What the classifier reads of extractFeatures(text, lang, context, false, false): the names
 * in `on[0, count)`, which, like this object, are overwritten by the next call.
 */
export interface ScratchFeatures {
  on: readonly string[];
  count: number;
  hits: CueHit[];
  nameHit?: CueHit;
}
const SCRATCH: ScratchFeatures = { on: ON, count: 0, hits: [], nameHit: undefined };

/**
 * extractFeatures without words nor terms, into the shared ScratchFeatures (no array per
 * statement). `lower`: text.toLowerCase(), when the caller has it.
 */
export function readFeatures(text: string, lang: FabeLang, context: StatementContext, withTerms = false, lower?: string): ScratchFeatures {
  onCount = 0;
  put('bias');
  const hits = cueHits(text, lang, withTerms, lower);
  const origin = context.origin;
  let fam = 0;
  for (const h of hits) {
    fam |= BIT[h.family];
    put(CUE_NAME[h.family]!);
    if (origin === 'review') put(REVIEW_CUE_NAME[h.family]!);
  }
  if (origin) put(ORIGIN_NAME[origin] ?? `origin:${origin}`);

  // KEY_VALUE needs a colon; most statements have none.
  const kv = text.includes(':') || text.includes('：') ? KEY_VALUE.exec(text) : null;
  let nameHit: CueHit | undefined;
  // A bullet heading ("DOUBLE-WALL INSULATION: Made of…") is not a row name: only spec
  // rows and short "Name: value" pairs are.
  if (kv && (origin === 'spec' || (wordCount(kv[1]!) <= 4 && wordCount(kv[2]!) <= 6))) {
    put('key-value');
    nameHit = nameFamily(kv[1]!, lang, withTerms);
    put(NAME_NAME[nameHit ? partOfFamily(nameHit.family) : 'F']!);
    // The content decides, not the form (GUIDELINES §3.2): the parts the value's own cues point at.
    putParts(VALUE_NAMES, cueParts(kv[2]!, lang, 'none.complaint'));
  }

  // NUMBER_UNIT, NUMBER_COMPARISON, DATE and PACK_ITEM all need an ASCII digit in every
  // alternative: a text without one (most review sentences) skips them.
  const digit = ANY_DIGIT.test(text);
  let units = 0;
  if (digit) {
    NUMBER_UNIT.lastIndex = 0;
    // test() moves lastIndex as exec() does, without building a match array (no match is
    // empty). Every feature below asks for none, one or more than one: counting stops at two
    // (a spec row of dimensions holds many).
    while (units < 2 && NUMBER_UNIT.test(text)) units++;
    NUMBER_UNIT.lastIndex = 0;
  }
  if (units === 1) put('numunit:1');
  else if (units >= 2) put('numunit:2+');
  else if (digit) put('number:bare');
  if (units > 0 && NUMBER_DURATION.test(text)) put('numunit:time');
  if (digit && NUMBER_COMPARISON.test(text)) put('number-comparison');

  // English ASCII text: which word-list patterns can match at all (word-gates.ts); the
  // exact gates answer for their pattern, the others only let it run. Any other text has
  // no gates (undefined): `shut` is 0 and every pattern runs. The gates' pass also counts
  // the words (one pass over the text instead of two); other texts are counted here.
  const gates = lang === 'en' ? englishGates(text) : undefined;
  const words = gates !== undefined ? englishWordCount() : wordCount(text);
  // A Chinese "word" is about two characters.
  const size = lang === 'zh' ? words / 2 : words;
  if (size <= 4) put('len:short');
  else if (size > 30) put('len:long');
  const heading = HEADING.exec(text);
  if (heading) {
    put('heading');
    // A bullet heading names the selling point the bullet is about ("[Easy to Install]",
    // "Comfort Material:"): the parts its own cues point at.
    putParts(HEAD_NAMES, cueParts(heading[0], lang, 'none.complaint'));
  }
  if (isQuestion(text)) put('question');
  if (text.includes('!') || text.includes('！')) put('exclaim');

  const voice = VOICE[lang];
  const known = gates !== undefined;
  const shut = known ? ~gates : 0;
  // The sure gates (word-gates.ts) that are open: none when the text has no gates.
  const sure = known ? gates & SURE_GATES : 0;
  const firstPerson = known ? (gates & GATE.i) !== 0 : voice.i.test(text);
  const negation = known ? (gates & GATE.neg) !== 0 : voice.neg.test(text);
  if (firstPerson) put('first-person');
  if (known ? (gates & GATE.we) !== 0 : voice.we.test(text)) put('seller-we');
  if (negation) put('negation');
  if (voice.imperative?.test(text)) put('imperative');
  if (INSTRUCTION[lang].test(text)) put('instruction');
  if (CONDITIONAL[lang].test(text)) put('conditional');
  // Every alternative of DATE holds a year 19xx or 20xx.
  if (digit && (text.includes('19') || text.includes('20')) && DATE.test(text)) put('date');
  // The capability bit before CLAUSE: the same answer (the patterns have no side effects), and the pattern is the dearest part.
  const hasVerb = (known ? (gates & GATE.verb) !== 0 : voice.verb.test(text)) || (fam & BIT['A.capability']) !== 0 || (lang !== 'zh' && !(shut & GATE.clause) && CLAUSE[lang].test(text));
  if (!hasVerb) put(size <= 8 ? 'phrase' : 'no-verb');

  if (origin === 'review') {
    if (context.rating !== undefined && context.rating >= 4) put('review:high-rating');
    if (context.rating !== undefined && context.rating <= 2) put('review:low-rating');
    if (units > 0) put('review:number');
    if (negation) put('review:negation');
    if (firstPerson) put('review:first-person');
    putNarrative(NARRATIVE.review, text, lang, shut, sure, fam, firstPerson);
  } else if (origin === undefined) {
    // Unknown origin: a first-person narrative, a span of use or a seen defect still points
    // at a review's observation (R1), but without the review context; the model weighs
    // these copies on their own.
    if (units > 0) put('u:number');
    putNarrative(NARRATIVE.unknown, text, lang, shut, sure, fam, firstPerson);
  }
  if (digit && packItems(text) >= 2) put('pack-list');
  // Precedence (GUIDELINES §4.1, "highest level reached", E > B > A > F): the highest part
  // any claim cue points at, as a feature of its own — a sum of votes cannot express a max.
  const top = fam & PART_BITS.E ? 'E' : fam & PART_BITS.B ? 'B' : fam & PART_BITS.A ? 'A' : fam & PART_BITS.F ? 'F' : 'none';
  put(TOP_NAME[top]!);
  // "you" alone is not a Benefit (GUIDELINES §3.2 A vs B: "gives you durability", "you can
  // switch units" are A); "you" with a gain or a scene of the person's life is.
  if (fam & BIT['B.you']) put(fam & (BIT['B.gain'] | BIT['B.scene']) ? 'you+gain' : 'you-only');
  // Conjunctions a linear model cannot form itself (GUIDELINES §3.3): a complaint about a
  // concrete part, number or event is an observation (E, R1), a bare complaint is none
  // (R3); praise with no property is none (R4); a property without a complaint is R2.
  const concrete = units > 0 || (fam & CONCRETE) !== 0;
  const complaint = negation || (fam & BIT['none.complaint']) !== 0;
  const property = (fam & PROPERTY) !== 0;
  const praiseOnly = (fam & BIT['none.praise']) !== 0 && !property && !concrete;
  if (origin === 'review') {
    if (complaint) put(concrete ? 'review:complaint+concrete' : 'review:complaint-only');
    if (praiseOnly) put('review:praise-only');
    if (property && !complaint) put('review:property');
  } else {
    if (praiseOnly) put('praise-only');
    if (origin === undefined) {
      if (complaint) put(concrete ? 'u:complaint+concrete' : 'u:complaint-only');
      if (property && !complaint) put('u:property');
    }
  }
  SCRATCH.count = onCount;
  SCRATCH.hits = hits;
  SCRATCH.nameHit = nameHit;
  return SCRATCH;
}
