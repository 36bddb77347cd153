import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, MAX_KEYWORD_LENGTH, MAX_KEYWORDS, parseKeywordList } from '../../../lib/analyses/title/keywords';

describe('parseKeywordList: typed and pasted lists', () => {
  it.each([
    ['memory foam pillow\nknee pillow\n\n  neck pillow  \n', ['memory foam pillow', 'knee pillow', 'neck pillow']],
    ['memory foam pillow, knee pillow,neck pillow', ['memory foam pillow', 'knee pillow', 'neck pillow']],
    ['纯棉、短袖；T恤,男装，夏季;女装', ['纯棉', '短袖', 'T恤', '男装', '夏季', '女装']],
    ['pillow\r\nwedge\r\n', ['pillow', 'wedge']],
    ['"pillow, memory foam", knee pillow', ['pillow, memory foam', 'knee pillow']],
    ['  lots   of   space  ', ['lots of space']],
    ['iphone 15 case, 128', ['iphone 15 case', '128']],
    ['', []],
    ['\n\n  \n,,,', []],
  ])('%j', (text, keywords) => {
    expect(parseKeywordList(text).keywords).toEqual(keywords);
  });

  it('dedupes case- and width-insensitively, keeping the first spelling (plurals stay distinct)', () => {
    expect(parseKeywordList('Pillow\npillow\nＰＩＬＬＯＷ\nPillows\n  pillow ').keywords).toEqual(['Pillow', 'Pillows']);
  });

  it('removes zero-width characters and turns control characters into spaces', () => {
    expect(parseKeywordList('pil\u200blow\ncase\u0000cover\n\ufeffmat').keywords).toEqual(['pillow', 'case cover', 'mat']);
  });
});

describe('parseKeywordList: keyword-tool exports', () => {
  it.each([
    ['keyword,search volume\n"pillow, memory foam",12000\nknee pillow,"8,100"\n', ['pillow, memory foam', 'knee pillow'], 'keyword'],
    ['\uFEFF关键词,搜索量\r\n纯棉T恤,35000\r\n短袖,20000\r\n', ['纯棉T恤', '短袖'], '关键词'],
    ['Search Frequency Rank\tSearch Term\n1\tphone case\n2\tiphone 15 case\n', ['phone case', 'iphone 15 case'], 'Search Term'],
    // Brand Analytics puts a report line above the header.
    [
      'Reporting Range=["Weekly"],Select week=["Week 1 | 2024"]\nSearch Frequency Rank,Search Term,Top Clicked Brand #1\n1,phone case,OtterBox\n2,"screen protector",ESR\n',
      ['phone case', 'screen protector'],
      'Search Term',
    ],
    ['Keyword Phrase;Search Volume;CPR\nyoga mat;45000;8\nyoga mat thick;3000;2', ['yoga mat', 'yoga mat thick'], 'Keyword Phrase'],
    ['序号,关键词（中文）,月搜索量\n1,帆布鞋男,120000\n2,小白鞋,98000', ['帆布鞋男', '小白鞋'], '关键词（中文）'],
    ['keyword\n"14"" pillow"\n"say ""hi"""', ['14" pillow', 'say "hi"'], 'keyword'],
  ])('%j', (text, keywords, column) => {
    const out = parseKeywordList(text);
    expect(out.keywords).toEqual(keywords);
    expect(out.column).toBe(column);
  });

  it('reads the first column of a table without a header when the other columns are numbers', () => {
    const out = parseKeywordList('pillow,12000\nknee pillow,8100\nneck pillow,"1,200",3.5%\n');
    expect(out.keywords).toEqual(['pillow', 'knee pillow', 'neck pillow']);
    expect(out.column).toBeUndefined();
  });
});

describe('parseKeywordList: hostile input', () => {
  it.each([
    ["keyword,volume\n=cmd|' /C calc'!A0,1\n+SUM(A1:A9),2\n@foo,3\n-2+3,4\nsafe,5", ['safe'], 4],
    ['=HYPERLINK("http://x"),pillow', ['pillow'], 1],
    [`${'x'.repeat(MAX_KEYWORD_LENGTH)}\n${'y'.repeat(MAX_KEYWORD_LENGTH + 1)}`, ['x'.repeat(MAX_KEYWORD_LENGTH)], 1],
  ])('drops formulas and over-long cells %#', (text, keywords, dropped) => {
    const out = parseKeywordList(text);
    expect(out.keywords).toEqual(keywords);
    expect(out.dropped).toBe(dropped);
    expect(out.truncated).toBe(false);
  });

  it('keeps at most MAX_KEYWORDS from a 10 MB list, the first ones', () => {
    const text = Array.from({ length: 800_000 }, (_, i) => `keyword ${i}`).join('\n');
    expect(text.length).toBeGreaterThan(10_000_000);
    const out = parseKeywordList(text);
    expect(out.keywords).toHaveLength(MAX_KEYWORDS);
    expect(out.keywords[0]).toBe('keyword 0');
    expect(out.keywords[MAX_KEYWORDS - 1]).toBe(`keyword ${MAX_KEYWORDS - 1}`);
    expect(out.truncated).toBe(true);
  });

  it.each([
    ['10 MB of separators', ','.repeat(10_000_000)],
    ['10 MB of newlines', '\n'.repeat(10_000_000)],
    ['an unterminated quote over 10 MB', `"${'x'.repeat(10_000_000)}`],
    ['one 10 MB word', 'x'.repeat(10_000_000)],
  ])('reads only the first MAX_IMPORT_CHARS of %s', (_name, text) => {
    const out = parseKeywordList(text);
    expect(out.keywords).toEqual([]);
    expect(out.truncated).toBe(true);
  });

  it('does not count the cut as truncation when the input fits', () => {
    expect(parseKeywordList('a\n'.repeat(MAX_IMPORT_CHARS / 2)).truncated).toBe(false);
  });
});
