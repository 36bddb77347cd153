import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FABE_PARTS, FabeTableSchema } from '../../lib/schema';

/** `audit fabe` as operators run it: a separate process, JSON only on stdout, the exit code. */
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

describe('npx tsx lib/cli/audit.ts fabe', { timeout: 60_000 }, () => {
  it('prints a FABE table that parses, nothing on stderr', async () => {
    const { code, stdout, stderr } = await audit('fabe', fx('fabe-mug.html'));
    expect([code, stderr]).toEqual([0, '']);
    const table = FabeTableSchema.parse(JSON.parse(stdout));
    expect(table.productId).toBe('B0TESTFABE');
    expect(table.statements.some((s) => s.source.origin === 'bullet' && s.part !== 'none')).toBe(true);
  });

  it('exits 1 with one stderr line per page it cannot analyse, still printing the others', async () => {
    const { code, stdout, stderr } = await audit('fabe', fx('saved-search.html'), fx('fabe-mug.html'));
    expect(code).toBe(1);
    expect(stderr).toBe(`audit fabe: ${fx('saved-search.html')}: no product on this search page, so no FABE table (open a product page and save that)\n`);
    expect((JSON.parse(stdout) as Array<{ productId: string }>).map((t) => t.productId)).toEqual(['B0TESTFABE']);
  });

  it('exits 2 on a usage mistake with nothing on stdout', async () => {
    const { code, stdout, stderr } = await audit('fabe', '--sentences', 'a.txt', 'b.html');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^audit fabe: --sentences takes one file/);
  });

  it('--sentences from a file: JSON lines, exactly text, part and confidence', async () => {
    const { code, stdout, stderr } = await audit('fabe', '--sentences', fx('fabe-sentences.txt'));
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    for (const line of lines) {
      const o = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(o)).toEqual(['text', 'part', 'confidence']);
      expect(FABE_PARTS).toContain(o.part);
    }
    expect((JSON.parse(lines[0]!) as { text: string }).text).toBe('Made of 304 stainless steel with a double-wall vacuum layer');
  });

  it('--sentences - through npm run --silent: stdin in, JSON lines out (Chinese intact)', async () => {
    const { code, stdout, stderr } = await command('bash', ['-o', 'pipefail', '-c', `printf '\\xef\\xbb\\xbf采用304不锈钢内胆\\r\\n\\r\\nSGS tested and FDA certified\\n' | npm run --silent audit -- fabe --sentences -`]);
    expect([code, stderr]).toEqual([0, '']);
    const objects = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string; part: string });
    expect(objects.map((o) => o.text)).toEqual(['采用304不锈钢内胆', 'SGS tested and FDA certified']);
    // The classifier's textbook cases (domain-rules §3): 采用 + material → F; SGS tested → E.
    expect(objects.map((o) => o.part)).toEqual(['F', 'E']);
  });
});
