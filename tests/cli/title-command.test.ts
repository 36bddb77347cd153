import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTitleArgs, type TitleOptions } from '../../lib/cli/title-args';
import { runAudit } from '../../lib/cli/run-audit';
import { withTitleScores } from '../../lib/cli/title-scores';
import { scoreTitle } from '../../lib/analyses/title';
import { PageReadSchema, TitleScoreSchema, type PageRead, type TitleScore } from '../../lib/schema';

/** `audit title …` and the title scores the page audit adds, run in-process. */
const FIXTURES = join(import.meta.dirname, '../fixtures/cli');
const fx = (name: string) => join(FIXTURES, name);

async function audit(argv: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = await runAudit(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    now: new Date('2026-11-26T08:00:00Z'),
    ...(stdin !== undefined ? { readStdin: async () => stdin } : {}),
  });
  return { code, stdout, stderr };
}

describe('parseTitleArgs', () => {
  const base = { field: 'title' as const, keywords: [] as string[], help: false };
  it.each<[string, string[], TitleOptions]>([
    ['a title for Amazon', ['--marketplace', 'amazon', 'Garlic Press'], { ...base, marketplace: 'amazon', title: 'Garlic Press' }],
    ['a JD short title', ['--marketplace=jd', '--field', 'shortTitle', '大容量'], { ...base, marketplace: 'jd', field: 'shortTitle', title: '大容量' }],
    ['brand and keywords (ASCII and Chinese commas, 、)', ['--marketplace', 'tmall', '--brand', ' 美的 ', '--keywords', '电热水壶，304不锈钢、 大容量', 't'], { ...base, marketplace: 'tmall', brand: '美的', keywords: ['电热水壶', '304不锈钢', '大容量'], title: 't' }],
    ['--keywords given twice', ['--marketplace', 'amazon', '--keywords', 'a', '--keywords', 'b,c', 't'], { ...base, marketplace: 'amazon', keywords: ['a', 'b', 'c'], title: 't' }],
    ['- reads stdin', ['--marketplace', 'taobao', '-'], { ...base, marketplace: 'taobao', title: { stdin: true } }],
    ['a title starting with - after --', ['--marketplace', 'amazon', '--', '-50% Garlic Press'], { ...base, marketplace: 'amazon', title: '-50% Garlic Press' }],
    ['an empty title (scored: it fails the length rules)', ['--marketplace', 'amazon', ''], { ...base, marketplace: 'amazon', title: '' }],
  ])('%s', (_name, argv, expected) => {
    expect(parseTitleArgs(argv)).toEqual(expected);
  });
});

describe('audit title: usage', () => {
  it.each<[string, string[], RegExp]>([
    ['no --marketplace', ['Garlic Press'], /^audit title: --marketplace is required/],
    ['an unknown marketplace', ['--marketplace', 'ebay', 'x'], /^audit title: --marketplace must be amazon, taobao, tmall or jd, not "ebay"$/m],
    ['an unknown field', ['--marketplace', 'amazon', '--field', 'description', 'x'], /^audit title: --field must be title, searchTerms, bullet, shortTitle, not "description"$/m],
    ['no title', ['--marketplace', 'amazon'], /^audit title: No title given$/m],
    ['an unquoted title (several words)', ['--marketplace', 'amazon', 'Garlic', 'Press'], /^audit title: Give the title as one quoted argument \(got 2 words\)$/m],
    ['an unknown option', ['--marketplace', 'amazon', '--lang', 'zh', 'x'], /^audit title: .*lang/m],
    ['--brand without a value', ['--marketplace', 'amazon', 'x', '--brand'], /^audit title: .*brand/m],
  ])('%s: exit 2, the message and the usage on stderr, nothing on stdout', async (_name, argv, message) => {
    const { code, stdout, stderr } = await audit(['title', ...argv]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: npm run --silent audit -- title --marketplace');
  });

  it('prints its usage on --help, to stdout, exit 0', async () => {
    const { code, stdout, stderr } = await audit(['title', '--help']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Usage: npm run --silent audit -- title --marketplace amazon\|taobao\|tmall\|jd/);
  });

  it('mentions the title command in the page audit’s usage', async () => {
    expect((await audit(['--help'])).stdout).toContain('audit -- title --marketplace M');
  });
});

describe('audit title: the score', () => {
  it.each<[string, string[], string, Parameters<typeof scoreTitle>[1]]>([
    ['an Amazon title', ['--marketplace', 'amazon'], 'OXO Good Grips Garlic Press, Stainless Steel', { marketplace: 'amazon' }],
    ['Amazon search terms', ['--marketplace', 'amazon', '--field', 'searchTerms'], 'mincer crusher rocker', { marketplace: 'amazon', field: 'searchTerms' }],
    ['an Amazon bullet with brand and keywords', ['--marketplace', 'amazon', '--field', 'bullet', '--brand', 'OXO', '--keywords', 'garlic press,soft handle'], 'SOFT HANDLE: absorbs pressure', { marketplace: 'amazon', field: 'bullet', brand: 'OXO', keywords: ['garlic press', 'soft handle'] }],
    ['a Taobao title', ['--marketplace', 'taobao'], '压蒜器家用不锈钢手动捣蒜泥神器', { marketplace: 'taobao' }],
    ['a Tmall title with keywords', ['--marketplace', 'tmall', '--keywords', '压蒜器，捣蒜'], '压蒜器家用不锈钢手动捣蒜泥神器', { marketplace: 'tmall', keywords: ['压蒜器', '捣蒜'] }],
    ['a JD short title', ['--marketplace', 'jd', '--field', 'shortTitle'], '304不锈钢 大容量', { marketplace: 'jd', field: 'shortTitle' }],
  ])('%s: exactly what scoreTitle says, as JSON on stdout', async (_name, options, title, context) => {
    const { code, stdout, stderr } = await audit(['title', ...options, title]);
    expect([code, stderr]).toEqual([0, '']);
    const printed = TitleScoreSchema.parse(JSON.parse(stdout));
    expect(printed).toEqual(JSON.parse(JSON.stringify(scoreTitle(title, context))));
    expect(printed.marketplace).toBe(context.marketplace);
    expect(printed.field).toBe(context.field ?? 'title');
    expect(printed.stats.chars).toBe([...title].length);
  });

  it.each<[string, string[], string, string[]]>([
    ['Amazon: a banned "!" and a promo phrase', ['--marketplace', 'amazon'], 'Garlic Press Best Seller!', ['amazon.banned-chars', 'amazon.promo']],
    ['Taobao: an absolute term (广告法)', ['--marketplace', 'taobao'], '最好的压蒜器家用不锈钢', ['cn.absolute-terms']],
    ['JD short title: an absolute term', ['--marketplace', 'jd', '--field', 'shortTitle'], '最好的 304不锈钢 大容量', ['cn.absolute-terms']],
  ])('%s: the failing checks say so, with their spans', async (_name, options, title, rules) => {
    const printed = JSON.parse((await audit(['title', ...options, title])).stdout) as TitleScore;
    for (const rule of rules) {
      const check = printed.checks.find((c) => c.rule === rule);
      expect(check?.status, rule).toBe('fail');
      expect(check?.spans?.length, rule).toBeGreaterThan(0);
      expect(check?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(printed.score).toBeLessThan(100);
  });

  it('reports each --keywords term’s coverage', async () => {
    const printed = JSON.parse((await audit(['title', '--marketplace', 'amazon', '--keywords', 'garlic press, kitchen', 'Garlic Press, Stainless Steel'])).stdout) as TitleScore;
    expect(printed.keywords?.map((k) => [k.keyword, k.present, k.frontLoaded])).toEqual([
      ['garlic press', true, true],
      ['kitchen', false, false],
    ]);
  });

  it('reads the title from stdin with -, dropping the trailing newline', async () => {
    const { code, stdout } = await audit(['title', '--marketplace', 'jd', '-'], '美的电热水壶 1.7L\n');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as TitleScore).stats.chars).toBe([...'美的电热水壶 1.7L'].length);
  });
});

describe('page audit: title scores', () => {
  it('adds titleScore beside a product read’s fields; the PageRead itself is unchanged', async () => {
    const { code, stdout } = await audit([fx('amazon-product.html')]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as PageRead & { titleScore: TitleScore };
    const read = PageReadSchema.parse(printed);
    expect(Object.keys(printed).at(-1)).toBe('titleScore');
    expect(printed.titleScore).toEqual(JSON.parse(JSON.stringify(scoreTitle(read.product!.title!, { marketplace: 'amazon', field: 'title', brand: read.product!.brand }))));
  });

  it('adds a titleScore to each search result', async () => {
    const { stdout } = await audit([fx('saved-search.html')]);
    const read = JSON.parse(stdout) as PageRead & { results: Array<{ title: string; titleScore: TitleScore }> };
    expect(read.results.length).toBeGreaterThan(0);
    for (const r of read.results) expect(r.titleScore).toEqual(JSON.parse(JSON.stringify(scoreTitle(r.title, { marketplace: 'amazon', field: 'title' }))));
  });

  it('scores against --keywords when given', async () => {
    const { stdout } = await audit([fx('amazon-product.html'), '--keywords', 'garlic press, knoblauchpresse']);
    const printed = JSON.parse(stdout) as PageRead & { titleScore: TitleScore };
    expect(printed.titleScore).toEqual(
      JSON.parse(JSON.stringify(scoreTitle(printed.product!.title!, { marketplace: 'amazon', field: 'title', brand: printed.product!.brand, keywords: ['garlic press', 'knoblauchpresse'] }))),
    );
  });

  it('puts the score and the checks that did not pass in the CSV’s last two columns', async () => {
    const { stdout } = await audit(['--format', 'csv', fx('amazon-product.html')]);
    const [header, row] = stdout.split('\r\n');
    expect(header!.split(',').slice(-2)).toEqual(['titleScore', 'titleChecks']);
    const read = JSON.parse((await audit([fx('amazon-product.html')])).stdout) as { titleScore: TitleScore };
    const notPassed = read.titleScore.checks.filter((c) => c.status !== 'pass').map((c) => `${c.rule} (${c.status})`).join('; ');
    expect(row).toMatch(new RegExp(`,${read.titleScore.score},${notPassed.includes(',') ? `"${notPassed}"` : escapeRe(notPassed)}$`));
  });
});

describe('withTitleScores', () => {
  it('leaves a title the scorer fails on unscored, names it, and scores the others', () => {
    const read = PageReadSchema.parse({
      version: 1, marketplace: 'jd', pageKind: 'search', url: 'https://search.jd.com/Search?keyword=x', locale: 'zh-CN', readAt: '2026-11-26T08:00:00.000Z', issues: [],
      results: [
        { position: 1, id: '1', title: '好标题', sponsored: false },
        { position: 2, id: '2', title: 'BOOM', sponsored: false },
      ],
    });
    const failed: string[] = [];
    const scored = withTitleScores(read, {
      scoreTitle: (title, context) => {
        if (title === 'BOOM') throw new Error('rule crashed');
        return scoreTitle(title, context);
      },
      onError: (what, err) => failed.push(`${what}: ${(err as Error).message}`),
    });
    expect(scored.results!.map((r) => r.titleScore?.marketplace)).toEqual(['jd', undefined]);
    expect(failed).toEqual(['result 2: rule crashed']);
    expect(PageReadSchema.parse(scored)).toEqual(read);
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
