import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { reportCsv, reportHtml, reportMarkdown, REPORT_CSV_COLUMNS } from '../../lib/export/report';
import { REPORT_SECTIONS, type AuditReport } from '../../lib/schema';
import { parseCsv } from '../cli/parse-csv';
import { FORMULA, HOSTILE, renderContext, SAMPLE_REPORT } from './sample-report';

/** The three renderers over one hand-built report: sections, values, escaping, file shape. */

const HEADING_KEYS: Record<(typeof REPORT_SECTIONS)[number], string> = {
  scores: 'report_sectionScores',
  'title-checks': 'report_sectionTitleChecks',
  'fabe-gap': 'report_sectionFabeGap',
  prices: 'report_sectionPrices',
  reviews: 'report_sectionReviews',
  promotions: 'report_sectionPromotions',
  changes: 'report_sectionChanges',
};
const LANGS = ['en', 'zh'] as const;

/** The heading text straight from messages.json, so the test does not go through the renderer's own lookup. */
const heading = (lang: 'en' | 'zh', section: (typeof REPORT_SECTIONS)[number]) => renderContext(lang).messages[HEADING_KEYS[section]]!.message;

function parseHtml(html: string) {
  const window = new Window({ settings: { enableJavaScriptEvaluation: false, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return { doc, close: () => void window.happyDOM.close() };
}

describe('reportMarkdown', () => {
  it.each(LANGS)('%s: every section heading, in REPORT_SECTIONS order, as a level-2 heading', (lang) => {
    const md = reportMarkdown(SAMPLE_REPORT, renderContext(lang));
    const h2 = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(h2).toEqual(REPORT_SECTIONS.map((s) => heading(lang, s)));
  });

  it.each<[string, string]>([
    ['standing of mine: cheapest is rank 1, mine second of three', '| B0MINE0001 (mine) | £20.00 | 2 of 3 | 66.7 % | 0 % (£20.00) | +100 % (£10.00) |'],
    ['a cheaper competitor shows a negative gap with a true minus sign', '| B0COMP0001 | £10.00 | 1 of 3 | 33.3 % | −50 % (£20.00) | 0 % (£10.00) |'],
    ['the listing total with its percent', '| Total | 20 / 30 (67 %) | 20 / 30 (67 %) | 20 / 30 (67 %) |'],
    ['the band holding the user price is marked', '| £20.00 – £30.00 | 1 | normal | ← your price |'],
    ['a small sample counts mentions out of the reviews', '- Comfort — 3 of 10 reviews'],
    ['a money change with its delta and percent', '| price | changed | £25.00 | £20.00 | −5 (−20 %) |'],
    ['a failing title check with its fix', '— Fix: Drop the tag'],
    ['a keyword missing from the title', 'Keywords missing from the title: slipcover'],
    ['a theme only competitors claim', '| stretch | F+A | F | — |'],
  ])('en: %s', (_name, line) => {
    expect(reportMarkdown(SAMPLE_REPORT, renderContext('en'))).toContain(line);
  });

  it.each<['en' | 'zh', string, string]>([
    ['en', '| Deal | Lightning Deal \\<i\\>', 'Coupon: '],
    ['zh', '| 限时活动 | Lightning Deal \\<i\\>', '优惠券：'],
  ])('%s: promotion kinds in the report language, not their ids', (lang, spanRow, nowPrefix) => {
    const md = reportMarkdown(SAMPLE_REPORT, renderContext(lang));
    expect(md).toContain(spanRow);
    expect(md).toContain(nowPrefix);
    expect(md).not.toMatch(/\| deal \|/);
  });

  it('zh: labels and numbers in Chinese', () => {
    const md = reportMarkdown(SAMPLE_REPORT, renderContext('zh'));
    expect(md).toContain('# 审计报告：Chair covers Q4');
    expect(md).toContain('第 2 / 共 3');
    expect(md).toContain('- 舒适度 — 10 条评价中有 3 条');
    expect(md).toContain('\\[不通过\\] 删除');
    // Chinese punctuation: the full-width colon, and the user's product marked （自家）.
    expect(md).toContain('— 建议：删掉标签');
    expect(md).toContain('得分：75 / 100');
    expect(md).toContain('| B0MINE0001（自家） | £20.00 | 第 2 / 共 3 |');
  });

  it('escapes page text: no raw tag, pipe, emphasis or link survives', () => {
    const md = reportMarkdown(SAMPLE_REPORT, renderContext('en'));
    // Every markup character of page text has its backslash.
    expect(md).not.toMatch(/(?<!\\)<(img|script|\/style)/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\| \\*bold\\* \\[x\\]');
    // Every table row still has as many cells as its header (a title's pipe opened no column).
    for (const table of md.split(/\n\n/).filter((b) => b.startsWith('| '))) {
      const cells = table.split('\n').map((row) => row.split(/(?<!\\)\|/).length);
      expect(new Set(cells).size).toBe(1);
    }
  });

  it('an empty section still has its heading and says why (its note) or that it is empty', () => {
    const bare: AuditReport = { ...SAMPLE_REPORT, fabeGap: undefined, products: SAMPLE_REPORT.products.map((p) => ({ ...p, changes: undefined })), notes: [] };
    const md = reportMarkdown(bare, renderContext('en'));
    expect(md).toMatch(/## FABE gap\n\nNothing to show in this section\.\n/);
    expect(md).toMatch(/## What changed\n\nNothing to show in this section\.\n?$/);
  });
});

describe('reportCsv', () => {
  it.each(LANGS)('%s: BOM, the stable header, every record as wide as the header', (lang) => {
    const { bom, records } = parseCsv(reportCsv(SAMPLE_REPORT, renderContext(lang)));
    expect(bom).toBe(true);
    expect(records[0]).toEqual([...REPORT_CSV_COLUMNS]);
    for (const r of records) expect(r).toHaveLength(REPORT_CSV_COLUMNS.length);
  });

  it('holds a row for every section that has data, and the notes', () => {
    const { records } = parseCsv(reportCsv(SAMPLE_REPORT, renderContext('en')));
    const sections = new Set(records.slice(1).map((r) => r[0]));
    for (const s of REPORT_SECTIONS) expect(sections).toContain(s);
    const at = (section: string, key: string, item: string) => records.find((r) => r[0] === section && r[1] === key && r[3] === item);
    expect(at('prices', 'amazon:B0MINE0001', 'rank')?.slice(5, 7)).toEqual(['2', 'of 3']);
    expect(at('reviews', 'amazon:B0MINE0001', 'comfort')?.slice(4, 9)).toEqual(['positive', '3', '30%', 'Comfort', '舒适度']);
    expect(records.filter((r) => r[3] === 'note')).toHaveLength(2);
  });

  it('neutralises formulas and keeps page text as text', () => {
    const { records } = parseCsv(reportCsv(SAMPLE_REPORT, renderContext('en')));
    const cells = records.flat();
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toContain(HOSTILE);
  });

  it('detail follows the language; labelEn and labelZh hold both', () => {
    const zh = parseCsv(reportCsv(SAMPLE_REPORT, renderContext('zh'))).records.find((r) => r[3] === 'listing.images.count');
    expect(zh?.slice(4)).toEqual(['fail', '2 images', '再补 4 张图片', 'Only 2 images', '只有 2 张图片']);
  });
});

describe('reportHtml', () => {
  it.each(LANGS)('%s: a complete document with every section heading in order', (lang) => {
    const html = reportHtml(SAMPLE_REPORT, renderContext(lang));
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`);
    const { doc, close } = parseHtml(html);
    try {
      expect([...doc.querySelectorAll('section.report-section > h2')].map((h) => h.textContent)).toEqual(REPORT_SECTIONS.map((s) => heading(lang, s)));
    } finally {
      close();
    }
  });

  it('has print rules: A4, a page break before each section, rows kept whole', () => {
    const html = reportHtml(SAMPLE_REPORT, renderContext('en'));
    expect(html).toMatch(/@page\s*\{\s*size:\s*A4/);
    expect(html).toMatch(/@media print[\s\S]*section\.report-section\s*\{[^}]*break-before:\s*page/);
    expect(html).toMatch(/tr, li, \.notes\s*\{[^}]*break-inside:\s*avoid/);
  });

  it('page text comes out as text: no script, no event handler, no injected element', () => {
    const html = reportHtml(SAMPLE_REPORT, renderContext('en'));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;&lt;script&gt;');
    const { doc, close } = parseHtml(html);
    try {
      expect(doc.querySelectorAll('script, img, iframe, object, embed, link')).toHaveLength(0);
      expect(doc.querySelectorAll('style')).toHaveLength(1);
      const cells = [...doc.querySelectorAll('td')].map((td) => td.textContent);
      expect(cells).toContain(HOSTILE);
      for (const el of doc.querySelectorAll('*')) {
        expect([...el.attributes].filter((a) => a.name.startsWith('on'))).toEqual([]);
      }
    } finally {
      close();
    }
  });

  it('links only to marketplace product pages; other addresses stay text', () => {
    const { doc, close } = parseHtml(reportHtml(SAMPLE_REPORT, renderContext('en')));
    try {
      expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.amazon.co.uk/dp/B0MINE0001']);
      // No resource URL anywhere outside that link.
      const outside = reportHtml(SAMPLE_REPORT, renderContext('en')).replace('href="https://www.amazon.co.uk/dp/B0MINE0001"', '');
      expect(outside).not.toMatch(/(src|href)\s*=\s*["']?(https?:|javascript:|\/\/)/i);
      expect(outside).not.toMatch(/url\(/i);
    } finally {
      close();
    }
  });
});
