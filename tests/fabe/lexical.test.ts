import { describe, expect, it } from 'vitest';
import { classifyStatement } from '../../lib/analyses/fabe/classify';
import { extractFeatures } from '../../lib/analyses/fabe/features';
import { detectLang } from '../../lib/analyses/fabe/lang';
import { hashName, isLexical, lexicalHashes, lexicalNameAt, pushLexical } from '../../lib/analyses/fabe/lexical';
import { scoreParts, softmax, WEIGHTS } from '../../lib/analyses/fabe/model';
import { FABE_PARTS, type FabePart } from '../../lib/schema';
import { contextOf, LABELLED, loadItems } from './dataset';

/**
 * The classifier finds word weights by hash (lexicalHashes) while training names them
 * (pushLexical): both must see the same features, in the same order, for every text.
 */
const names = (text: string) => { const on: string[] = []; pushLexical(text, on); return on; };

function hashedNames(text: string): { hashes: number[]; rebuilt: string[] } {
  const lower = text.toLowerCase();
  const h = lexicalHashes(lower);
  const hashes: number[] = [];
  const rebuilt: string[] = [];
  for (let k = 0; k < h.count; k++) { hashes.push(h.hash[k]!); rebuilt.push(lexicalNameAt(lower, h.start[k]!, h.end[k]!)); }
  return { hashes, rebuilt };
}

describe('lexical features', () => {
  it.each([
    ['I have used it for 2 years, so far!', ['w:i', 'w:have', 'w2:i have', 'w:used', 'w2:have used', 'w:it', 'w2:used it', 'w:for', 'w2:it for', 'w:0', 'w2:for 0', 'w:years', 'w2:0 years', 'w:so', 'w:far', 'w2:so far']],
    ['面料很柔软，穿着', ['h:面', 'h:料', 'h2:面料', 'h:很', 'h2:料很', 'h:柔', 'h2:很柔', 'h:软', 'h2:柔软', 'h:穿', 'h:着', 'h2:穿着']],
    ['L’eau ne passe pas', ['w:l’eau', 'w:ne', 'w2:l’eau ne', 'w:passe', 'w2:ne passe', 'w:pas', 'w2:passe pas']],
    ['Größe: XL', ['w:größe', 'w:xl']],
    ['中 文 ok', ['h:中', 'h:文', 'h2:中文', 'w:ok']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('hashes the names pushLexical builds, in its order, and rebuilds each name (every labelled text and odd strings)', () => {
    const texts = [
      ...loadItems(LABELLED).map((i) => i.text),
      'ÀÉÎ õü ß 12,5 cm × 3', "don't ' x'y", '𠀀漢字 a𝔸b', 'ａｂｃ ＡＢＣ １２３', '  \t\n', 'İstanbul ΣΑΣ', 'a-b_c.d/e',
    ];
    for (const text of texts) {
      const want = names(text);
      const got = hashedNames(text);
      expect(got.hashes, text).toEqual(want.map(hashName));
      expect(got.rebuilt, text).toEqual(want);
    }
  });
});

describe('the classifier scores words by hash exactly as by name', () => {
  const items = loadItems(LABELLED);

  it('no two weighted words of the model share a hash', () => {
    const words = Object.keys(WEIGHTS).filter(isLexical);
    expect(new Set(words.map(hashName)).size).toBe(words.length);
  });

  it('gives the part and confidence the named features give (every labelled statement, both views)', () => {
    let differ = 0;
    for (const item of items) {
      for (const [lang, context] of [[item.lang, contextOf(item)], [undefined, {}]] as const) {
        const l = detectLang(item.text, lang);
        const on = extractFeatures(item.text, l, context).on;
        const s = scoreParts(on, WEIGHTS);
        const p = softmax(s);
        let part: FabePart = 'none';
        for (const x of FABE_PARTS) if (p[x] > p[part]) part = x;
        const got = classifyStatement(item.text, lang, context);
        if (got.part !== part || got.confidence !== Math.round(p[part] * 1000) / 1000) differ++;
      }
    }
    expect(differ).toBe(0);
  });
});

describe('hostile statements', () => {
  it.each([
    ['one 200,000-letter word', 'a'.repeat(200_000)],
    ['200,000 Han characters', '好'.repeat(200_000)],
    ['letters and Han alternating', 'a好'.repeat(100_000)],
    ['lone surrogates and combining marks', '\uD800\u0301x\uDC00'.repeat(50_000)],
    ['apostrophes only', "'’".repeat(100_000)],
  ])('%s: classified, with a schema-valid part and a cue under 200 characters', (_, text) => {
    const c = classifyStatement(text);
    expect(FABE_PARTS).toContain(c.part);
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect((c.cue ?? '').length).toBeLessThanOrEqual(200);
  });
});
