import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/marketplaces/run-reader';
import { FABE_PARTS, FabePartSchema, StatementSourceSchema, type FabePart, type PageRead, type StatementSource } from '../../lib/schema';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../support/shared-fixtures';

/**
 * Checks the independent FABE evaluation set (labelled.jsonl, rules in GUIDELINES.md): its shape, its
 * coverage minimums, the id-based dev/test split, and that every statement really occurs, whitespace
 * collapsed, in the source the item names, as read from the saved page by the project's own readers.
 */

interface LabelledItem {
  id: string;
  text: string;
  lang: string;
  part: FabePart;
  page: string;
  source: StatementSource;
  split: 'dev' | 'test';
  note?: string;
}

const FILE = join(import.meta.dirname, 'labelled.jsonl');
const ITEMS: LabelledItem[] = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledItem);

const LANGS = ['en', 'zh', 'de', 'fr', 'it', 'es', 'ja'];
const MIN_ITEMS = 300;
const MIN_PER_PART = 40;
const MIN_PER_LANG: Record<string, number> = { en: 120, zh: 80, de: 25, fr: 25 };
const NOW = new Date('2026-01-01T00:00:00Z');

const collapse = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** test when the first hex digit of sha1(id) is 0–5, else dev (GUIDELINES.md §4). */
function splitOf(id: string): 'dev' | 'test' {
  const first = createHash('sha1').update(id, 'utf8').digest('hex')[0]!;
  return '012345'.includes(first) ? 'test' : 'dev';
}

function count<K extends string>(keys: K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

/** The text of the source an item names, as the reader returns it. */
function sourceText(read: PageRead, src: StatementSource): string | undefined {
  const p = read.product;
  switch (src.origin) {
    case 'title':
      return p?.title;
    case 'description':
      return p?.description;
    case 'bullet':
      return src.index === undefined ? undefined : p?.bullets?.[src.index];
    case 'spec': {
      const value = src.specName === undefined ? undefined : p?.specs?.[src.specName];
      return value === undefined ? undefined : `${src.specName}: ${value}`;
    }
    case 'review': {
      const r = src.index === undefined ? undefined : read.reviews?.[src.index];
      return r ? [r.title, r.body].filter(Boolean).join(' ') : undefined;
    }
  }
}

describe('FABE labelled set: shape and coverage', () => {
  it(`has at least ${MIN_ITEMS} items with unique ids and unique texts`, () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(MIN_ITEMS);
    const ids = ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = ITEMS.map((i) => i.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('every item has a valid part, language, page, source and split', () => {
    for (const item of ITEMS) {
      const where = `${item.id}: ${item.text.slice(0, 60)}`;
      expect(item.id, where).toMatch(/^[\w.@-]{1,64}$/);
      expect(FabePartSchema.safeParse(item.part).success, where).toBe(true);
      expect(LANGS, where).toContain(item.lang);
      expect(item.page, where).toMatch(/^(amazon|taobao|tmall|jd)\/[\w/.-]+\.html$/);
      expect(StatementSourceSchema.safeParse(item.source).success, where).toBe(true);
      expect(item.text, where).toBe(collapse(item.text));
      expect(item.text.length, where).toBeGreaterThan(0);
      if (item.source.origin === 'bullet' || item.source.origin === 'review') {
        expect(item.source.index, where).toBeTypeOf('number');
      }
      if (item.source.origin === 'spec') expect(item.source.specName, where).toBeTypeOf('string');
      if (item.note !== undefined) expect(item.note.length, where).toBeGreaterThan(0);
    }
  });

  it(`has at least ${MIN_PER_PART} items of each part`, () => {
    const perPart = count(ITEMS.map((i) => i.part));
    for (const part of FABE_PARTS) expect(perPart[part] ?? 0, part).toBeGreaterThanOrEqual(MIN_PER_PART);
  });

  it('meets the per-language minimums (en ≥ 120, zh ≥ 80, de ≥ 25, fr ≥ 25)', () => {
    const perLang = count(ITEMS.map((i) => i.lang));
    for (const [lang, min] of Object.entries(MIN_PER_LANG)) {
      expect(perLang[lang] ?? 0, lang).toBeGreaterThanOrEqual(min);
    }
  });

  it('assigns split from sha1(id) alone: test when the first hex digit is 0–5', () => {
    for (const item of ITEMS) expect(item.split, item.id).toBe(splitOf(item.id));
    const test = ITEMS.filter((i) => i.split === 'test').length;
    // 6/16 = 37.5% in expectation; a wide band only guards against a broken rule.
    expect(test / ITEMS.length).toBeGreaterThan(0.3);
    expect(test / ITEMS.length).toBeLessThan(0.45);
  });
});

if (!HAVE_SHARED_FIXTURES) console.warn(`[skip] FABE labelled set, texts against the saved pages: ${SKIP_REASON}`);

describe.skipIf(!HAVE_SHARED_FIXTURES)('FABE labelled set: every text occurs in its saved page', () => {
  const pages = [...new Set(ITEMS.map((i) => i.page))].sort();
  const urls = new Map<string, string>();
  if (HAVE_SHARED_FIXTURES) {
    for (const m of ['amazon', 'taobao', 'tmall', 'jd']) {
      for (const key of answerKeys(m)) if (key.url) urls.set(key.file, key.url);
    }
  }

  it.each(pages)('%s', (page) => {
    const url = urls.get(page);
    expect(url, `no answer key with a URL for ${page}`).toBeTypeOf('string');
    const { document, close } = loadSavedPage(page, url!);
    let read: PageRead;
    try {
      read = readPage(document, url!, NOW);
    } finally {
      close();
    }
    const missing: string[] = [];
    for (const item of ITEMS.filter((i) => i.page === page)) {
      const hay = collapse(sourceText(read, item.source));
      if (!hay.includes(item.text)) missing.push(`${item.id} [${JSON.stringify(item.source)}]: ${item.text.slice(0, 80)}`);
      if (item.source.origin === 'review' && item.source.reviewRating !== undefined) {
        expect(read.reviews?.[item.source.index!]?.rating, item.id).toBe(item.source.reviewRating);
      }
    }
    expect(missing).toEqual([]);
  });
});
