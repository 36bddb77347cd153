import { describe, expect, it } from 'vitest';
import { detectAny, detectLang, FABE_LANGS, LangTally, type FabeLang } from '../../lib/analyses/fabe/lang';
import { clearFabeMemos } from '../../lib/analyses/fabe/memo';
import { segment } from '../../lib/analyses/fabe/segment';
import { draftStatements } from '../../lib/analyses/fabe/statements';
import { readPage } from '../../lib/marketplaces/run-reader';
import type { PageRead } from '../../lib/schema';
import { BOTTLE_EN, BOTTLE_ZH, COMPETITOR_EN } from '../fixtures/fabe/products';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../support/shared-fixtures';
import { LABELLED, loadItems } from './dataset';
import { referenceDrafts, referenceSegment } from './reference-statements';

/**
 * The statements stage was made fast (each source text read once for its language, its
 * sentences decided from that reading; one memo entry per source text); none of that may
 * change a draft. Here draftStatements is compared with the slow oracle
 * (reference-statements.ts: the segmenter and the drafting as first written, every text and
 * sentence detected by detectAny) on the hand-written listings, the labelled statements, every
 * real saved page (under several locales) and generated texts, from a cold memo and again warm.
 */

const LOCALES = [undefined, 'en-US', 'de-DE', 'fr-FR', 'it-IT', 'es-ES', 'zh-CN', 'ja-JP', 'xx'];

function expectSameDrafts(read: PageRead, label: string): void {
  const want = referenceDrafts(read);
  clearFabeMemos();
  expect(draftStatements(read), `${label} (cold)`).toEqual(want);
  expect(draftStatements(read), `${label} (warm)`).toEqual(want);
}

const withLocale = (read: PageRead, locale: string | undefined): PageRead => ({ ...read, locale: locale as string });

function realReads(): [string, PageRead][] {
  if (!HAVE_SHARED_FIXTURES) return [];
  return ['amazon', 'taobao', 'tmall', 'jd'].flatMap(answerKeys).filter((k) => k.url && (k.pageKind === 'product' || k.pageKind === 'reviews')).map((k) => {
    const { document, close } = loadSavedPage(k.file, k.url!);
    try { return [k.file, readPage(document, k.url!)] as [string, PageRead]; } finally { close(); }
  });
}

/** A deterministic generator (the same texts on every run). */
function generator(seed: number) {
  return (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
}

/** Pieces chosen to reach every branch of the segmenter and the language tally. */
const PIECES = [
  'The battery lasts 12 hours.', 'the', 'und', 'et', 'el', 'il', 'questo', 'para', 'THE', 'Und', 'e.g.', 'z.B.', 'bzw.', 'p.ej.', 'J.', 'Dr.', 'etc.',
  '1.', '2.', 'Platz', 'approx.', 'Nr.', 'x', 'abcdefgh', '12', '1.5 l', '1,5 l', 'e.g. the', 'Mr. Smith', 'i.e.',
  '采用304不锈钢内胆', '保温12小时', '这款', '很好', '，', '。', '！', '？', '；', ';', '、', '【包邮】', '(', ')', '"', '“', '”', '’', '…', '...', '!', '?', '?!',
  ' – ', ' — ', ' - ', '-', ':', '\n', '\r\n', '\n\n', '• ', '● ', '★', '✔', ' ', '  ', '\u00a0', '\u3000', '\t',
  'étanche', 'très', 'Größe', 'für', 'FÜR', 'más', 'è', 'È', 'ª', 'º', 'µ', '×', '°', '½', '©', '→', '🃏', '\ud83d', 'İ', '\u212a', 'ǅ', '𝐀𝐁', '😀', 'ß', 'Ⅻ', '①', '→', 'ＡＢＣ', '〇', '々', '㐀',
  'ALL-IN-ONE DESIGN', 'WATERPROOF', 'Great value', 'lower case', 'Upper Case', 'wasserdicht und leicht', 'très bien pour le prix',
];

/** Characters and short runs for the segmenter's character-level texts. */
const CHARACTERS = [
  'a', 'b', 'Z', 'J', 'É', 'é', 'ß', 'İ', 'ǅ', 'Ⅻ', '𝐀', '中', '文', '𠀀', '1', '23', '①', '⑳', 'e.g', 'z.B', 'p.ej', 'nr', 'approx', 'word ', 'Word ', ' the',
  ' ', '  ', '\u00a0', '\u3000', '\t', '\n', '\r', '\r\n', '\u2028', '.', '..', '!', '?', '…', '"', "'", '”', '’', '»', ')', ']', '(', '[', '“', '‘',
  '【', '】', '「', '」', '』', '（', '）', '。', '！', '？', '；', ';', '，', ',', '、', '-', '–', '—', ' - ', ' – A', ' — b', '*', '·', '>', '#', ':',
  '•', '●', '■', '◆', '▪', '★', '☆', '✔', '✅', '➤', '►', '▶', '\ud800', '\udc00', '\ud840',
];

function randomText(rnd: (n: number) => number, max: number): string {
  let text = '';
  for (let k = 1 + rnd(max); k > 0; k--) text += PIECES[rnd(PIECES.length)]! + (rnd(3) ? ' ' : '');
  return text;
}

function randomRead(rnd: (n: number) => number): PageRead {
  // Past MAX_TEXT (5,000): a statement is its sentence cut there, and its language is the cut text's.
  const long = rnd(10) === 0 ? (rnd(2) ? 'word. '.repeat(900) + 'x'.repeat(6000) : 'und die '.repeat(700) + 'the and the '.repeat(1000)) : '';
  return {
    ...BOTTLE_EN,
    locale: LOCALES[rnd(LOCALES.length)] as string,
    product: {
      ...BOTTLE_EN.product!,
      title: randomText(rnd, 8),
      bullets: Array.from({ length: rnd(5) }, () => randomText(rnd, 25)).concat(long ? [long] : []),
      description: Array.from({ length: rnd(4) }, () => randomText(rnd, 40)).join(rnd(2) ? '\n\n' : '\n'),
      specs: Object.fromEntries(Array.from({ length: rnd(4) }, (_, i) => [`${randomText(rnd, 2)}${i}`, randomText(rnd, 4)])),
    },
    reviews: Array.from({ length: rnd(6) }, (_, i) => ({ id: `r${i}`, title: randomText(rnd, 4), body: randomText(rnd, 30), rating: rnd(6) })),
  };
}

describe('draftStatements equals the slow oracle (reference-statements.ts)', () => {
  it('on the hand-written listings and the labelled statements, under every locale', () => {
    const items = loadItems(LABELLED);
    const labelled: PageRead = {
      ...BOTTLE_EN,
      product: { ...BOTTLE_EN.product!, bullets: items.filter((i) => i.source?.origin !== 'review').map((i) => i.text), description: items.slice(0, 200).map((i) => i.text).join('\n\n') },
      reviews: items.filter((i) => i.source?.origin === 'review').map((i, k) => ({ id: `r${k}`, body: i.text, rating: i.source?.reviewRating })),
    };
    for (const locale of LOCALES) {
      for (const [name, read] of [['BOTTLE_EN', BOTTLE_EN], ['BOTTLE_ZH', BOTTLE_ZH], ['COMPETITOR_EN', COMPETITOR_EN], ['labelled', labelled]] as const) {
        expectSameDrafts(withLocale(read, locale), `${name} ${locale}`);
      }
    }
  });

  it('on generated listings (mixed scripts, stops, abbreviations, dashes, long texts)', () => {
    const rnd = generator(11);
    for (let n = 0; n < 1500; n++) expectSameDrafts(randomRead(rnd), `generated ${n}`);
  });

  it('detectLang equals detectAny with every BMP character and emoji among marker words', () => {
    // The shortcut takes Latin-1 letters, plain symbols and emoji apart from other characters:
    // each one inside a word, alone and next to Han, under hints that tie differently (the
    // texts it declines go to detectAny itself; Han is sampled, its range is one test).
    const tally = new LangTally();
    const check = (ch: string) => {
      for (const text of [`the ${ch} und für`, `f${ch}r très${ch}`, `中文${ch}the`, `m${ch}s y el ${ch}`]) {
        if (!tally.read(text)) continue;
        for (const hint of ['de-DE', undefined]) expect(detectLang(text, hint), `${JSON.stringify(text)} ${hint}`).toBe(detectAny(text, hint));
      }
    };
    for (let c = 0x80; c <= 0xffff; c++) if (c < 0x4e00 || c > 0x9fff || c % 97 === 0) check(String.fromCharCode(c));
    for (let c = 0x1f000; c <= 0x1fbff; c += 7) check(String.fromCodePoint(c));
  });

  it('LangTally decides any stretch of a text as detectAny decides the stretch alone (or declines)', () => {
    const rnd = generator(5);
    const tally = new LangTally();
    let decided = 0;
    let declined = 0;
    for (let n = 0; n < 4000; n++) {
      const text = randomText(rnd, 12);
      if (!tally.read(text)) continue;
      for (let k = 0; k < 6; k++) {
        const from = rnd(text.length + 1);
        const to = from + rnd(text.length - from + 1);
        const hint = LOCALES[rnd(LOCALES.length)];
        const got = tally.langOf(from, to, hint);
        if (got === undefined) { declined++; continue; }
        decided++;
        expect(got, `${hint} ${from}-${to}: ${JSON.stringify(text)}`).toBe(detectAny(text.slice(from, to), hint));
      }
      expect(tally.langOf(0, text.length, 'de-DE')).toBe(detectAny(text, 'de-DE'));
    }
    // Both ways were taken: stretches that cut a word are declined, the others decided.
    expect(decided).toBeGreaterThan(1000);
    expect(declined).toBeGreaterThan(1000);
  });

  it('segment equals the first-written segmenter on the labelled statements in every language', () => {
    for (const { text } of loadItems(LABELLED)) {
      for (const lang of FABE_LANGS as readonly FabeLang[]) expect(segment(text, lang), `${lang}: ${JSON.stringify(text)}`).toEqual(referenceSegment(text, lang));
    }
  });

  it('segment equals the first-written segmenter on texts packed with the characters its patterns name', () => {
    // The hand-written scan matches each pattern by character code: every character a pattern
    // names (stops, closers, dashes, commas, markers, openers, junk), letters of each case and
    // script, surrogates (paired, lone, cut), white space of each kind, close together.
    const rnd = generator(31);
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let k = 1 + rnd(40); k > 0; k--) text += CHARACTERS[rnd(CHARACTERS.length)];
      for (const lang of FABE_LANGS as readonly FabeLang[]) expect(segment(text, lang), `${lang}: ${JSON.stringify(text)}`).toEqual(referenceSegment(text, lang));
    }
  });

  it('segment equals the first-written segmenter on generated texts in every language', () => {
    const rnd = generator(23);
    for (let n = 0; n < 3000; n++) {
      const text = randomText(rnd, 30);
      for (const lang of FABE_LANGS as readonly FabeLang[]) expect(segment(text, lang), `${lang}: ${JSON.stringify(text)}`).toEqual(referenceSegment(text, lang));
    }
  });

  describe.skipIf(!HAVE_SHARED_FIXTURES)('real saved pages', () => {
    it.skipIf(!HAVE_SHARED_FIXTURES)('every product and reviews page, under several locales', () => {
      const reads = realReads();
      expect(reads.length).toBeGreaterThan(10);
      for (const [file, read] of reads) {
        for (const locale of [read.locale, 'de-DE', 'zh-CN', undefined]) expectSameDrafts(withLocale(read, locale), `${file} ${locale}`);
        const texts = [...(read.product?.bullets ?? []), read.product?.description ?? '', ...(read.reviews ?? []).map((r) => r.body ?? '')];
        for (const text of texts) for (const lang of FABE_LANGS as readonly FabeLang[]) expect(segment(text, lang)).toEqual(referenceSegment(text, lang));
      }
    }, 120_000);
  });
  if (!HAVE_SHARED_FIXTURES) it.skip(SKIP_REASON, () => {});
});
