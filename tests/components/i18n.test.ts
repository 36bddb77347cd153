import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../components/i18n';
import { BLOCKED_MESSAGE, KIND_NAME, MARKETPLACE_NAME } from '../../components/panel';
import { SEVERITY_LABEL } from '../../components/reader-health';
import { MESSAGES } from './render';

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}

/** Keys the code asks for: t('key' …), t("key" …) and __MSG_key__ in manifest and HTML. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const files = [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'entrypoints')), join(ROOT, 'wxt.config.ts')];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*['"]([A-Za-z0-9_]+)['"]|__MSG_([A-Za-z0-9_]+)__/g)) {
      used.set(m[1] ?? m[2]!, relative(ROOT, file));
    }
  }
  return used;
}

describe('locale messages', () => {
  const en = MESSAGES.en;
  const zh = MESSAGES.zh_CN;

  it('en and zh_CN have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('each key has the same placeholders in both', () => {
    for (const key of Object.keys(en)) {
      const names = (m: (typeof en)[string] | undefined) => Object.keys(m?.placeholders ?? {}).sort();
      expect(names(zh[key]), key).toEqual(names(en[key]));
    }
  });

  it('every placeholder a message uses is declared', () => {
    for (const [folder, messages] of Object.entries(MESSAGES)) {
      for (const [key, m] of Object.entries(messages)) {
        const used = Array.from(m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g), (x) => x[1]!.toLowerCase());
        const declared = Object.keys(m.placeholders ?? {}).map((k) => k.toLowerCase());
        expect(used.sort(), `${folder}/${key}`).toEqual(declared.sort());
      }
    }
  });

  it('zh_CN messages are Chinese, not copied English', () => {
    for (const [key, m] of Object.entries(zh)) expect(m.message, key).toMatch(/[\u4e00-\u9fff]/);
  });

  it('every key used in code exists', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(20);
    for (const [key, file] of used) expect(en[key], `${key} (used in ${file})`).toBeDefined();
  });

  it.each([
    ['marketplace names', MARKETPLACE_NAME],
    ['page kinds', KIND_NAME],
    ['block reasons', Object.fromEntries(Object.entries(BLOCKED_MESSAGE).flatMap(([m, byReason]) => Object.entries(byReason).map(([r, key]) => [`${m} ${r}`, key])))],
    ['issue severities', SEVERITY_LABEL],
  ])('every key in the %s table exists', (_name, table) => {
    for (const key of Object.values(table)) expect(en[key], key).toBeDefined();
  });
});

describe('createTranslator', () => {
  const t = createTranslator({
    plain: { message: 'Price' },
    named: { message: '$WHO$ asks for a $WHAT$', placeholders: { who: { content: '$1' }, WHAT: { content: '$2' } } },
    dollars: { message: 'Costs $$5 at $SHOP$', placeholders: { shop: { content: '$1' } } },
    direct: { message: 'Hello $1' },
  });

  it.each<[string, string | string[] | undefined, string]>([
    ['plain', undefined, 'Price'],
    ['named', ['Amazon', 'captcha'], 'Amazon asks for a captcha'],
    ['named', 'Amazon', 'Amazon asks for a '],
    ['dollars', 'JD', 'Costs $5 at JD'],
    ['direct', ['you'], 'Hello you'],
    ['missing', undefined, ''],
  ])('%s with %j → %j', (key, subs, out) => {
    expect(t(key as never, subs)).toBe(out);
  });
});
