import type { Bilingual, TitleCheck } from '../../../schema';
import { LIMITS } from '../limits';
import { utf8Bytes } from '../tokens';
import { makeCheck, msg, type Finding, findingsCheck } from './checks';
import { matchers } from './lists';
import { removeSpans } from './text';
import type { RuleInput } from './types';
import type { RuleId } from './weights';

/**
 * Amazon search terms (backend keywords, §1.3): under 250 bytes, and no brand names (the
 * seller's own included), ASINs, temporary or subjective words — each may suppress the ASIN.
 */

const SOURCE = LIMITS.amazonSearchTermsBytes.source;

/** Offset where the first `maxBytes` UTF-8 bytes end (never inside a character). */
function byteCut(text: string, maxBytes: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (bytes + n > maxBytes) return i;
    bytes += n;
    if (c > 0xffff) i++;
  }
  return text.length;
}

export function searchTermsBytes({ text, limits }: RuleInput): TitleCheck {
  const max = limits.amazonSearchTermsBytes;
  const bytes = utf8Bytes(text);
  if (bytes <= max) {
    return makeCheck('amazon.search-terms.bytes', 'pass', msg(`搜索词 ${bytes} 字节，未超过 ${max} 字节。`, `Search terms use ${bytes} of ${max} bytes.`), { source: SOURCE });
  }
  const cut = byteCut(text, max);
  const lastSpace = text.lastIndexOf(' ', cut);
  const keep = text.slice(0, lastSpace > 0 && cut < text.length && text[cut] !== ' ' ? lastSpace : cut).trimEnd();
  return makeCheck(
    'amazon.search-terms.bytes',
    'fail',
    msg(
      `搜索词有 ${bytes} 字节（UTF-8，汉字 3 字节、带音标字母 2 字节），超过 ${max} 字节；亚马逊只保留前 ${max} 字节，从“${text.slice(cut, cut + 20)}”起的内容不会被索引。`,
      `Search terms use ${bytes} bytes (UTF-8: accented letters 2, CJK 3), over ${max}; Amazon keeps only the first ${max}, so from "${text.slice(cut, cut + 20)}" on nothing is indexed.`,
    ),
    { spans: [{ start: cut, end: text.length }], source: SOURCE, fix: { message: msg('删去标题里已有的词、重复词和停用词；或截到最后一个完整的词。', 'Drop words already in the title, repeats and stop words; or cut at the last whole word.'), replacement: keep } },
  );
}

const ASIN = /\bB0[0-9A-Z]{8}\b/gi;

function wordCheck(rule: RuleId, findings: Finding[], lead: Bilingual, pass: Bilingual, text: string): TitleCheck {
  return findingsCheck(rule, findings, {
    lead,
    pass,
    source: SOURCE,
    fix: (found) => ({ message: msg('删除这些词。', 'Remove these words.'), replacement: removeSpans(text, found) }),
  });
}

export function searchTermsBrands({ text, folded, brand, brandSpans }: RuleInput): TitleCheck {
  const findings: Finding[] = brandSpans.map((s) => ({ ...s, text: text.slice(s.start, s.end), severity: 'fail' as const, why: msg('您自己的品牌，也不能写在搜索词中', 'your own brand, also prohibited here') }));
  for (const m of matchers.brands.match(text, folded)) {
    findings.push({ start: m.start, end: m.end, text: m.text, severity: m.entry.severity, why: msg('品牌名', 'brand name'), ...(m.entry.hint ? { hint: m.entry.hint } : {}) });
  }
  return wordCheck('amazon.search-terms.brands', findings, msg('搜索词中不能有品牌名（包括自己的）——', 'No brand names in search terms, your own included — '), msg(brand ? '没有品牌名（包括自己的品牌）。' : '没有已知品牌名。', brand ? 'No brand names, your own included.' : 'No known brand names.'), text);
}

export function searchTermsAsin({ text }: RuleInput): TitleCheck {
  const findings: Finding[] = [...text.matchAll(ASIN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], severity: 'fail' as const, why: msg('ASIN', 'an ASIN') }));
  return wordCheck('amazon.search-terms.asin', findings, msg('搜索词中不能有 ASIN——', 'No ASINs in search terms — '), msg('没有 ASIN。', 'No ASINs.'), text);
}

function familyCheck(rule: RuleId, family: string, input: RuleInput, lead: Bilingual, pass: Bilingual, why: Bilingual): TitleCheck {
  const findings: Finding[] = matchers.searchTerms
    .match(input.text, input.folded)
    .filter((m) => m.entry.family === family)
    .map((m) => ({ start: m.start, end: m.end, text: m.text, severity: m.entry.severity, why, ...(m.entry.hint ? { hint: m.entry.hint } : {}) }));
  return wordCheck(rule, findings, lead, pass, input.text);
}

export const searchTermsTemporary = (input: RuleInput) =>
  familyCheck('amazon.search-terms.temporary', 'temporary', input, msg('搜索词中不能有时效性用语——', 'No temporary words in search terms — '), msg('没有时效性用语（new、on sale、today…）。', 'No temporary words (new, on sale, today…).'), msg('时效性用语', 'temporary word'));

export const searchTermsSubjective = (input: RuleInput) =>
  familyCheck('amazon.search-terms.subjective', 'subjective', input, msg('搜索词中不能有主观用语——', 'No subjective words in search terms — '), msg('没有主观用语（best、cheap、amazing…）。', 'No subjective words (best, cheap, amazing…).'), msg('主观用语', 'subjective word'));
