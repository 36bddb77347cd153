import type { ClassifiedStatement, PageRead, Review, StatementSource } from '../../schema';
import { classifyDetected } from './classify';
import { baseLang, detectAny, detectLang, flatString, LangTally, type FabeLang } from './lang';
import { MEMO_SIZE, TextMemo } from './memo';
import { isJsSpace, segmentFlat, type Span } from './segment';

/**
 * A listing cut into classified statements, each linked to its source:
 * - title: only its claim phrases (A, B or E): a title is mostly the product's name;
 * - bullets: sentences and clauses, offsets into the bullet;
 * - description: sentences, `index` = paragraph, offsets into the whole description;
 * - specs: one row = one statement "name: value" (`specName`, `index` = row; no offsets,
 *   the text is built from two fields);
 * - reviews: the title (no offsets) and the body's sentences (offsets into the body), with
 *   the review's id, date and rating.
 */

const MAX_TEXT = 5000;
/** Title phrase separators: , | ; / 【】 [] () and spaced dashes. */
const TITLE_SEPARATORS = /\s*(?:[,，|｜;；/／【】[\]()（）]|\s[-–—]\s)\s*/gu;
const PARAGRAPH = /\n\s*\n|\r?\n/g;

export interface StatementDraft {
  id: string;
  text: string;
  lang: FabeLang;
  source: StatementSource;
}

const LANGS = new TextMemo<FabeLang>(MEMO_SIZE);

/**
 * detectLang, memoised (memo.ts); it reads the locale only through baseLang, so that is the
 * key (`hintKey` = baseLang(hint) ?? '', worked out once per page rather than per text).
 */
const langOf = (text: string, hint: string | undefined, hintKey: string): FabeLang => LANGS.get(text, hintKey, () => detectLang(text, hint));

/** A source text (a bullet, a description paragraph, a review body) cut into sentences. */
interface SourceText {
  /** detectLang of the whole text: the language it is segmented in. */
  lang: FabeLang;
  /** Its sentences (shared with the memo: read only). */
  spans: readonly Span[];
  /** detectLang of each sentence's statement text (the sentence cut to MAX_TEXT). */
  langs: readonly FabeLang[];
}

/** One entry per source text: on a re-read one lookup stands for the text's language, its sentences and theirs. */
const SOURCES = new TextMemo<SourceText>(MEMO_SIZE);
const TALLY = new LangTally();

const sourceText = (text: string, hint: string | undefined, hintKey: string): SourceText => SOURCES.get(text, hintKey, () => readSource(text, hint));

/**
 * The language of a text, its sentences and theirs. The text is read for its language
 * once (LangTally), and each sentence is decided from the runs it holds instead of being
 * read again (detectLang on the sentence, when a letter run crosses its edges or the text
 * is outside the tally's shortcut): the whole texts and then their sentences were half
 * the cost of making the drafts.
 */
function readSource(source: string, hint: string | undefined): SourceText {
  // One flat copy for both loops over the characters (flatString in lang.ts); offsets are the same.
  const text = flatString(source);
  const tallied = TALLY.readFlat(text);
  // Outside the shortcut detectLang is detectAny (detectAscii would give up the same way).
  const lang = tallied ? TALLY.langOf(0, text.length, hint)! : detectAny(text, hint);
  const spans = text ? segmentFlat(text, lang) : [];
  const langs = spans.map((s) => {
    const end = Math.min(s.end, s.start + MAX_TEXT);
    return (tallied ? TALLY.langOf(s.start, end, hint) : undefined) ?? detectLang(text.slice(s.start, end), hint);
  });
  return { lang, spans, langs };
}

/**
 * A review statement's source, its fields in the order the schema lists them. Written out
 * rather than spread from a shared object with optional fields: a spread of that object per
 * sentence was a good share of making the drafts.
 */
function reviewSource(r: Review, i: number, start?: number, end?: number): StatementSource {
  const s: StatementSource = { origin: 'review', index: i };
  if (r.id) s.reviewId = r.id.slice(0, 64);
  if (r.date) s.reviewDate = r.date;
  if (r.rating !== undefined) s.reviewRating = r.rating;
  if (start !== undefined) { s.start = start; s.end = end; }
  return s;
}

/** Title phrases with offsets. */
function titlePhrases(title: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(title[a]!)) a++;
    while (b > a && /\s/.test(title[b - 1]!)) b--;
    if (b > a && /[\p{L}\p{N}]/u.test(title.slice(a, b))) out.push({ start: a, end: b });
  };
  for (const m of title.matchAll(TITLE_SEPARATORS)) { push(from, m.index); from = m.index + m[0].length; }
  push(from, title.length);
  return out;
}

function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(PARAGRAPH)) { if (m.index > from) out.push({ start: from, end: m.index }); from = m.index + m[0].length; }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out;
}

/** `!text.trim()` without the trimmed copy. */
function blank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}

export function draftStatements(read: PageRead): StatementDraft[] {
  const p = read.product;
  const hint = read.locale;
  const hintKey = baseLang(hint) ?? '';
  const out: StatementDraft[] = [];
  // `lang`: the statement's language when already known (a sentence of a source text).
  // The text is kept as a flat copy (flatString): a sentence is otherwise a slice of its
  // source and a spec row a concatenation, and the classify and chains stages read every
  // statement by character code, slower on those kinds (first read p10 -12 %, for ~150 KB).
  const add = (id: string, text: string, source: StatementSource, lang?: FabeLang) => {
    const t = flatString(text.slice(0, MAX_TEXT));
    if (!blank(t)) out.push({ id, text: t, lang: lang ?? langOf(t, hint, hintKey), source });
  };
  if (p?.title) {
    titlePhrases(p.title).forEach((s, n) => add(`t.${n}`, p.title!.slice(s.start, s.end), { origin: 'title', start: s.start, end: s.end }));
  }
  p?.bullets?.forEach((b, i) => {
    const { spans, langs } = sourceText(b, hint, hintKey);
    spans.forEach((s, n) => add(`b${i}.${n}`, b.slice(s.start, s.end), { origin: 'bullet', index: i, start: s.start, end: s.end }, langs[n]));
  });
  if (p?.description) {
    const d = p.description;
    paragraphs(d).forEach((para, i) => {
      const text = d.slice(para.start, para.end);
      const { spans, langs } = sourceText(text, hint, hintKey);
      const base = para.start;
      spans.forEach((s, n) =>
        add(`d${i}.${n}`, d.slice(s.start + base, s.end + base), { origin: 'description', index: i, start: s.start + base, end: s.end + base }, langs[n]),
      );
    });
  }
  Object.entries(p?.specs ?? {}).forEach(([name, value], i) => {
    if (value.trim()) add(`s${i}`, `${name}: ${value}`, { origin: 'spec', index: i, specName: name.slice(0, 200) });
  });
  read.reviews?.forEach((r, i) => {
    if (r.title?.trim()) add(`r${i}.t`, r.title.trim(), reviewSource(r, i));
    const body = r.body;
    if (body) {
      const { spans, langs } = sourceText(body, hint, hintKey);
      spans.forEach((s, n) => add(`r${i}.${n}`, body.slice(s.start, s.end), reviewSource(r, i, s.start, s.end), langs[n]));
    }
  });
  return out;
}

/** Drafts → classified statements; title phrases that are not claims are dropped. */
export function classifyDrafts(drafts: readonly StatementDraft[]): ClassifiedStatement[] {
  const out: ClassifiedStatement[] = [];
  for (const d of drafts) {
    // d.lang is detectLang(d.text, locale): classifyStatement would detect it again.
    const origin = d.source.origin;
    const rating = d.source.reviewRating;
    const c = classifyDetected(d.text, d.lang, rating !== undefined ? { origin, rating } : { origin });
    if (origin === 'title' && (c.part === 'F' || c.part === 'none')) continue;
    // Written out, in the order of a spread of the draft (a spread per statement was slow).
    out.push(c.cue
      ? { id: d.id, text: d.text, lang: d.lang, source: d.source, part: c.part, confidence: c.confidence, cue: c.cue }
      : { id: d.id, text: d.text, lang: d.lang, source: d.source, part: c.part, confidence: c.confidence });
  }
  return out;
}
