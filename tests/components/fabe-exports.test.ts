import { describe, expect, it } from 'vitest';
import { fabeTableCsv, fabeTableMarkdown, FABE_CSV_COLUMNS, gapMatrixCsv, gapMatrixMarkdown, inline, unchainedStatements } from '../../components/fabe/exports';
import { sourceLabel } from '../../components/fabe/source-label';
import { FabeTableSchema, type FabeTable } from '../../lib/schema';
import { csvObjects, parseCsv } from '../cli/parse-csv';
import { mugTable, simpleGap } from './fabe-fixtures';
import { i18nFor } from './render';

const en = i18nFor('en').t;
const zh = i18nFor('zh_CN').t;

describe('sourceLabel', () => {
  it.each<[Parameters<typeof sourceLabel>[0], string, string]>([
    [{ origin: 'title' }, 'Title', '标题'],
    [{ origin: 'bullet', index: 2 }, 'Bullet 3', '要点 3'],
    [{ origin: 'bullet' }, 'Bullet points', '要点'],
    [{ origin: 'description', index: 0 }, 'Description ¶1', '详情第 1 段'],
    [{ origin: 'description' }, 'Description', '详情描述'],
    [{ origin: 'spec', specName: '材质' }, 'Spec “材质”', '参数「材质」'],
    [{ origin: 'spec' }, 'Specs', '参数'],
    [{ origin: 'review', reviewDate: '2024-03-05', reviewRating: 2 }, 'Review · 2024-03-05 · 2★', '评价 · 2024-03-05 · 2★'],
    [{ origin: 'review', reviewRating: 5 }, 'Review · 5★', '评价 · 5★'],
  ])('%j → %j / %j', (source, english, chinese) => {
    expect([sourceLabel(source, en), sourceLabel(source, zh)]).toEqual([english, chinese]);
  });
});

describe('the FABE table as CSV', () => {
  const table = mugTable();

  it('has one row per chain statement and evidence item (strongest chain first), then the unchained statements', () => {
    const rows = csvObjects(fabeTableCsv(table, en, { bom: true }));
    expect(Object.keys(rows[0]!)).toEqual([...FABE_CSV_COLUMNS]);
    expect(rows.map((r) => [r.theme, r.part, r.evidence, r.stance])).toEqual([
      ['insulation', 'F', '', ''],
      ['insulation', 'F', '', ''],
      ['insulation', 'A', '', ''],
      ['insulation', 'B', '', ''],
      ['insulation', 'E', 'certification', 'supports'],
      ['insulation', 'E', 'rating', 'supports'],
      ['lid', 'B', '', ''],
      ['lid', 'E', 'review-quote', 'contradicts'],
      ['', 'none', '', ''],
    ]);
    expect(rows.filter((r) => r.unsupported === 'yes').map((r) => r.theme)).toEqual(['lid', 'lid']);
    expect(rows[7]).toMatchObject({ source: 'Review · 2026-01-20 · 1★', origin: 'review', text: 'The lid leaked and the tea was cold by noon' });
    expect(rows[1]).toMatchObject({ source: 'Spec “Material”', cue: 'material', confidence: '0.85' });
  });

  it('opens cleanly in a spreadsheet: BOM, Chinese intact, quoted quotes and commas, formulas neutralised, markup as text', () => {
    const tricky = FabeTableSchema.parse({
      ...table,
      statements: [
        ...table.statements,
        { id: 'x1', text: `=cmd|' /C calc'!A0`, lang: 'en', source: { origin: 'bullet', index: 5 }, part: 'F', confidence: 0.5 },
        { id: 'x2', text: '保温 12 小时，\n"长效"锁温', lang: 'zh', source: { origin: 'spec', specName: '保温, 时长' }, part: 'A', confidence: 0.5, cue: '更' },
      ],
    });
    const text = fabeTableCsv(tricky, zh, { bom: true });
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { bom, records } = parseCsv(text);
    expect(bom).toBe(true);
    const byText = new Map(records.map((r) => [r[3], r]));
    expect(byText.get(`'=cmd|' /C calc'!A0`)?.[2]).toBe('F');
    expect(byText.get('保温 12 小时，\n"长效"锁温')).toEqual(['B0TESTFABE', '', 'A', '保温 12 小时，\n"长效"锁温', '参数「保温, 时长」', 'spec', '更', '0.5', '', '', '']);
    expect(records.some((r) => r[3] === 'Enjoy your tea <img src=x onerror="alert(1)"> on the commute')).toBe(true);
    // No cell anywhere starts a formula.
    for (const r of records) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('leaves nothing out: every statement is a row, chained or not', () => {
    const rows = csvObjects(fabeTableCsv(table, en));
    // (A cell the writer neutralised reads back with its apostrophe.)
    const texts = new Set(rows.map((r) => (r.text ?? '').replace(/^'(?=[=+\-@])/, '')));
    for (const s of table.statements) expect(texts.has(s.text), s.id).toBe(true);
    expect(unchainedStatements(table).map((s) => s.id)).toEqual(['s6']);
  });
});

describe('the gap matrix as CSV', () => {
  it('has a column per theme holding the parts claimed, and neutralises theme names too', () => {
    const other: FabeTable = FabeTableSchema.parse({
      ...mugTable('B0OTHER001'),
      title: 'Other, "quoted" mug',
      chains: [{ id: 'h', theme: '=handle', features: ['s1'], advantages: [], benefits: [], evidence: [], unsupported: true, strength: 1 }],
    });
    const text = gapMatrixCsv(simpleGap(mugTable(), [other]), { bom: true });
    const { bom, records } = parseCsv(text);
    expect(bom).toBe(true);
    expect(records).toEqual([
      ['productId', 'title', 'mine', 'lid', 'insulation', `'=handle`],
      ['B0TESTFABE', 'Listing Lens Test Travel Mug, 16 oz', 'yes', 'B+E', 'F+A+B+E', ''],
      ['B0OTHER001', 'Other, "quoted" mug', '', '', '', 'F'],
    ]);
  });
});

describe('Markdown exports', () => {
  it('escapes page text so it stays text wherever it is pasted', () => {
    expect(inline('<img src=x onerror=alert(1)> [x](javascript:alert(1)) *a* _b_ `c` | d ~e~ &amp; !')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1)) \\*a\\* \\_b\\_ \\`c\\` \\| d \\~e\\~ \\&amp; \\!',
    );
    const md = fabeTableMarkdown(mugTable(), en);
    // Every < or [ from the page is escaped; only our own <br> line breaks are markup.
    expect(md.replace(/<br>/g, '')).not.toMatch(/(^|[^\\])[<[]/m);
    expect(md).toContain('\\<img src=x onerror="alert(1)"\\>');
  });

  it('writes the chains as the classic F | A | B | E table, then the statements by part with sources', () => {
    const md = fabeTableMarkdown(mugTable(), en);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# FABE: Listing Lens Test Travel Mug, 16 oz');
    expect(lines).toContain('| Theme | F · Feature | A · Advantage | B · Benefit | E · Evidence |');
    const lid = lines.find((l) => l.startsWith('| **lid**'))!;
    expect(lid).toBe('| **lid** (No evidence) |  |  | Leak-proof lid you can toss in your bag | ✗ contradicts: The lid leaked and the tea was cold by noon (Review) |');
    expect(lines).toContain('### F · Feature (2)');
    expect(lines).toContain('- Made of 304 stainless steel with a double-wall vacuum layer — *Bullet 1* · why: made of · 90%');
    // A statement that starts like Markdown block syntax (= under a line is a heading) is escaped.
    expect(lines.find((l) => l.startsWith('- ') && l.includes('Fill it at breakfast'))).toMatch(/^- \\=Fill it/);
  });

  it('writes the gap matrix with the user’s product marked and the two gap lists, in Chinese too', () => {
    const other = FabeTableSchema.parse({ ...mugTable('B0OTHER001'), title: 'Other mug', chains: [{ id: 'h', theme: 'handle', features: ['s1'], advantages: [], benefits: [], evidence: [], unsupported: true, strength: 1 }] });
    const md = gapMatrixMarkdown(simpleGap(mugTable(), [other]), zh);
    expect(md.split('\n')).toEqual([
      '## 差距矩阵：谁宣传了什么',
      '',
      '| 商品 | lid | insulation | handle |',
      '| --- | --- | --- | --- |',
      '| **我的** Listing Lens Test Travel Mug, 16 oz (B0TESTFABE) | B E | F A B E | — |',
      '| Other mug (B0OTHER001) | — | — | F |',
      '',
      '**竞品有、你没有:** handle',
      '',
      '**只有你有:** lid, insulation',
      '',
    ]);
  });
});
