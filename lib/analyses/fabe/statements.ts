import type { ClassifiedStatement, PageRead, StatementSource } from '../../schema';
import { classifyDetected } from './classify';
import { baseLang, detectLang, type FabeLang } from './lang';
import { MEMO_SIZE, TextMemo } from './memo';
import { segment } from './segment';

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
const SPANS = new TextMemo<readonly { start: number; end: number }[]>(MEMO_SIZE);

/** detectLang, memoised (memo.ts); it reads the locale only through baseLang, so that is the key. */
const langOf = (text: string, hint: string | undefined): FabeLang => LANGS.get(text, baseLang(hint) ?? '', () => detectLang(text, hint));

function pieces(text: string, base: number, lang: FabeLang): { start: number; end: number }[] {
  return SPANS.get(text, lang, () => segment(text, lang)).map((s) => ({ start: s.start + base, end: s.end + base }));
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

export function draftStatements(read: PageRead): StatementDraft[] {
  const p = read.product;
  const hint = read.locale;
  const out: StatementDraft[] = [];
  // `whole`: the source text with the language already detected for segmenting it; a
  // statement that is the whole text (a short bullet or review) has that language.
  const add = (id: string, text: string, source: StatementSource, whole?: { text: string; lang: FabeLang }) => {
    const t = text.slice(0, MAX_TEXT);
    if (t.trim()) out.push({ id, text: t, lang: whole?.text === t ? whole.lang : langOf(t, hint), source });
  };
  if (p?.title) {
    titlePhrases(p.title).forEach((s, n) => add(`t.${n}`, p.title!.slice(s.start, s.end), { origin: 'title', start: s.start, end: s.end }));
  }
  p?.bullets?.forEach((b, i) => {
    const whole = { text: b, lang: langOf(b, hint) };
    pieces(b, 0, whole.lang).forEach((s, n) => add(`b${i}.${n}`, b.slice(s.start, s.end), { origin: 'bullet', index: i, start: s.start, end: s.end }, whole));
  });
  if (p?.description) {
    const d = p.description;
    paragraphs(d).forEach((para, i) => {
      const text = d.slice(para.start, para.end);
      const whole = { text, lang: langOf(text, hint) };
      pieces(text, para.start, whole.lang).forEach((s, n) =>
        add(`d${i}.${n}`, d.slice(s.start, s.end), { origin: 'description', index: i, start: s.start, end: s.end }, whole),
      );
    });
  }
  Object.entries(p?.specs ?? {}).forEach(([name, value], i) => {
    if (value.trim()) add(`s${i}`, `${name}: ${value}`, { origin: 'spec', index: i, specName: name.slice(0, 200) });
  });
  read.reviews?.forEach((r, i) => {
    const meta: StatementSource = {
      origin: 'review',
      index: i,
      ...(r.id ? { reviewId: r.id.slice(0, 64) } : {}),
      ...(r.date ? { reviewDate: r.date } : {}),
      ...(r.rating !== undefined ? { reviewRating: r.rating } : {}),
    };
    if (r.title?.trim()) add(`r${i}.t`, r.title.trim(), meta);
    if (r.body) {
      const whole = { text: r.body, lang: langOf(r.body, hint) };
      pieces(r.body, 0, whole.lang).forEach((s, n) => add(`r${i}.${n}`, r.body!.slice(s.start, s.end), { ...meta, start: s.start, end: s.end }, whole));
    }
  });
  return out;
}

/** Drafts → classified statements; title phrases that are not claims are dropped. */
export function classifyDrafts(drafts: readonly StatementDraft[]): ClassifiedStatement[] {
  const out: ClassifiedStatement[] = [];
  for (const d of drafts) {
    // d.lang is detectLang(d.text, locale): classifyStatement would detect it again.
    const c = classifyDetected(d.text, d.lang, {
      origin: d.source.origin,
      ...(d.source.reviewRating !== undefined ? { rating: d.source.reviewRating } : {}),
    });
    if (d.source.origin === 'title' && (c.part === 'F' || c.part === 'none')) continue;
    out.push({ ...d, part: c.part, confidence: c.confidence, ...(c.cue ? { cue: c.cue } : {}) });
  }
  return out;
}
