import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PageReadSchema, TitleScoreSchema } from '../../lib/schema';

/**
 * The audit as operators run it: a separate process whose stdout is only JSON or CSV
 * and whose exit code tells a script whether every page was read.
 */
const ROOT = join(import.meta.dirname, '../..');
const fx = (name: string) => join(ROOT, 'tests/fixtures/cli', name);
const run = promisify(execFile);

async function command(file: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(file, args, { cwd: ROOT, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout: string; stderr: string };
    return { code: e.code ?? -1, stdout: e.stdout, stderr: e.stderr };
  }
}
const audit = (...args: string[]) => command('npx', ['tsx', 'lib/cli/audit.ts', ...args]);
const HAVE_JQ = (await command('jq', ['--version'])).code === 0;
if (!HAVE_JQ) console.warn('[skip] the jq pipe test: jq is not installed (.ci/run installs it)');

describe('npx tsx lib/cli/audit.ts', { timeout: 60_000 }, () => {
  it('prints JSON that parses as a PageRead, and nothing on stderr', async () => {
    const { code, stdout, stderr } = await audit(fx('amazon-product.html'));
    expect([code, stderr]).toEqual([0, '']);
    expect(PageReadSchema.parse(JSON.parse(stdout))).toMatchObject({
      url: 'https://www.amazon.de/Knoblauchpresse-Edelstahl/dp/B0TESTCLI1',
      pageKind: 'product',
    });
  });

  it('exits 1 and names each unreadable file on stderr, still printing the others', async () => {
    const missing = fx('does-not-exist.html');
    const { code, stdout, stderr } = await audit(fx('saved-search.html'), missing, fx('other-site.html'));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `audit: ${missing}: no such file`,
      `audit: ${fx('other-site.html')}: not a page of a supported marketplace (https://shop.example.com/item/42, from the canonical link)`,
    ]);
    expect((JSON.parse(stdout) as { url: string }[]).map((r) => r.url)).toEqual(['https://www.amazon.com/s?k=garlic+press']);
  });

  it('exits 2 on a usage mistake, with nothing on stdout', async () => {
    const { code, stdout, stderr } = await audit('--format', 'yaml', fx('amazon-product.html'));
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^audit: --format must be json or csv, not "yaml"\n/);
  });

  it.skipIf(!HAVE_JQ)('through npm run --silent, pipes cleanly into jq', async () => {
    const { code, stdout, stderr } = await command('bash', [
      '-o', 'pipefail', '-c',
      `npm run --silent audit -- --format json '${fx('amazon-product.html')}' '${fx('saved-search.html')}' | jq -r '.[] | .pageKind + " " + .url'`,
    ]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe('product https://www.amazon.de/Knoblauchpresse-Edelstahl/dp/B0TESTCLI1\nsearch https://www.amazon.com/s?k=garlic+press\n');
  });

  it('adds the product’s titleScore to the page’s JSON', async () => {
    const { code, stdout } = await audit(fx('amazon-product.html'));
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { titleScore: unknown };
    expect(TitleScoreSchema.parse(printed.titleScore)).toMatchObject({ marketplace: 'amazon', field: 'title' });
  });

  it.each<[string, string[], string]>([
    ['an Amazon title', ['--marketplace', 'amazon', 'Garlic Press, Stainless Steel'], 'amazon'],
    ['a JD short title', ['--marketplace', 'jd', '--field', 'shortTitle', '304不锈钢 大容量'], 'jd'],
    ['a Tmall title with keywords', ['--marketplace', 'tmall', '--keywords', '压蒜器,捣蒜', '压蒜器家用不锈钢'], 'tmall'],
  ])('title: scores %s, JSON on stdout only, exit 0', async (_name, args, marketplace) => {
    const { code, stdout, stderr } = await audit('title', ...args);
    expect([code, stderr]).toEqual([0, '']);
    expect(TitleScoreSchema.parse(JSON.parse(stdout)).marketplace).toBe(marketplace);
  });

  it.each<[string, string[], RegExp]>([
    ['no marketplace', ['Garlic Press'], /^audit title: --marketplace is required/],
    ['an unknown field', ['--marketplace', 'jd', '--field', 'bullets', 'x'], /^audit title: --field must be/],
    ['no title', ['--marketplace', 'amazon'], /^audit title: No title given/],
  ])('title: %s exits 2 with the message on stderr and nothing on stdout', async (_name, args, message) => {
    const { code, stdout, stderr } = await audit('title', ...args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
  });

  it('title: reads the title from stdin with -', async () => {
    const { stdout, stderr } = await run('bash', ['-c', `printf '美的电热水壶 1.7L\n' | npx tsx lib/cli/audit.ts title --marketplace jd -`], { cwd: ROOT, timeout: 60_000 });
    expect(stderr).toBe('');
    expect(TitleScoreSchema.parse(JSON.parse(stdout)).stats.chars).toBe([...'美的电热水壶 1.7L'].length);
  });
});
