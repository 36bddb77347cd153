import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Page text is untrusted, so product code never turns text into markup or code: no HTML
 * sinks, no string evaluation, and every link or image address built from page data goes
 * through a builder that only returns http(s) (components/field.tsx safeHref). Preact
 * escapes text children; these are the ways around it.
 */
const ROOT = join(import.meta.dirname, '../..');
const PRODUCT_DIRS = ['components', 'entrypoints', 'lib'];

export const SINKS: readonly [string, RegExp][] = [
  ['innerHTML / outerHTML', /\.(?:inner|outer)HTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['eval(', /(?:^|[^.\w$])eval\s*\(/],
  ['setTimeout / setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['iframe srcdoc', /\bsrcdoc\b/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
  ['DOMParser', /\bDOMParser\b/],
];

/**
 * Each entry: file → sink → why it is safe there. A stale entry (the sink is gone) fails
 * too, so the list never outlives its reason.
 */
const ALLOWED: Readonly<Record<string, Partial<Record<string, string>>>> = {
  'lib/cli/load-page.ts': {
    DOMParser: 'the offline audit command (Node, happy-dom) parses saved pages with scripts, resource loading and navigation off; never bundled into the extension',
  },
};

/** Functions whose result is a safe link address (http(s) only, or one fixed marketplace form). */
const SAFE_HREF_BUILDERS = {
  safeHref: 'components/field.tsx: returns the URL only when its protocol is http: or https:',
  reviewUrl: 'components/reviews/review-link.ts: https://<an Amazon host>/gp/customer-reviews/<R + letters and digits>, else nothing',
} as const;

function productFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ts|tsx|mts|js|mjs|html)$/.test(entry.name)) out.push(relative(ROOT, path));
    }
  };
  for (const d of PRODUCT_DIRS) walk(join(ROOT, d));
  return out.sort();
}

export function sinksIn(code: string): { sink: string; line: number; text: string }[] {
  const found: { sink: string; line: number; text: string }[] = [];
  code.split('\n').forEach((text, i) => {
    for (const [sink, re] of SINKS) if (re.test(text)) found.push({ sink, line: i + 1, text: text.trim().slice(0, 160) });
  });
  return found;
}

/** `href={x}` / `src={x}` whose x is not assigned from a safe builder in the same file. */
export function unsafeAddresses(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/\b(href|src)=\{([^}]*)\}/g)) {
    const expr = m[2]!.trim();
    const builder = Object.keys(SAFE_HREF_BUILDERS).find((b) => expr.startsWith(`${b}(`) || new RegExp(`\\bconst\\s+${expr.replace(/[$.]/g, '\\$&')}\\s*=\\s*${b}\\(`).test(code));
    if (!builder) out.push(`${m[1]}={${expr}}`);
  }
  return out;
}

describe('HTML and code sinks in product code', () => {
  const files = productFiles();

  it('finds the product code', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('components/panel.tsx');
  });

  it('has none outside the justified allow-list', () => {
    const found = files.flatMap((file) =>
      sinksIn(readFileSync(join(ROOT, file), 'utf8'))
        .filter((s) => !ALLOWED[file]?.[s.sink])
        .map((s) => `${file}:${s.line} ${s.sink}: ${s.text}`),
    );
    expect(found).toEqual([]);
  });

  it('every allow-list entry is still needed', () => {
    const stale = Object.entries(ALLOWED).flatMap(([file, sinks]) => {
      const present = new Set(sinksIn(readFileSync(join(ROOT, file), 'utf8')).map((s) => s.sink));
      return Object.keys(sinks).filter((s) => !present.has(s)).map((s) => `${file}: ${s}`);
    });
    expect(stale).toEqual([]);
  });

  it('links and images take their address from a safe builder', () => {
    const found = files.filter((f) => f.endsWith('.tsx')).flatMap((file) => unsafeAddresses(readFileSync(join(ROOT, file), 'utf8')).map((a) => `${file}: ${a}`));
    expect(found).toEqual([]);
  });
});

describe('the sink matcher (so the scan can fail)', () => {
  it.each([
    ['el.innerHTML = title', 'innerHTML / outerHTML'],
    ['node.outerHTML', 'innerHTML / outerHTML'],
    ['el.insertAdjacentHTML("beforeend", x)', 'insertAdjacentHTML'],
    ['document.write(x)', 'document.write'],
    ['<div dangerouslySetInnerHTML={{ __html: t }} />', 'dangerouslySetInnerHTML'],
    ['const f = new Function("return " + x)', 'new Function'],
    ['eval(code)', 'eval('],
    ['setTimeout("run()", 10)', 'setTimeout / setInterval with a string'],
    ['<iframe srcdoc={html} />', 'iframe srcdoc'],
    ['range.createContextualFragment(html)', 'createContextualFragment'],
  ])('finds %s', (code, sink) => {
    expect(sinksIn(code).map((s) => s.sink)).toEqual([sink]);
  });

  it.each(['textContent = title', 'setTimeout(() => run(), 10)', 'retrieval(x)', 'medieval (1200)', 'el.evaluate(x)'])('leaves %s alone', (code) => {
    expect(sinksIn(code)).toEqual([]);
  });

  it.each([
    ['<a href={url}>', 'const u = 1;', ['href={url}']],
    ['<a href={href}>', 'const href = safeHref(p.url);', []],
    ['<a href={safeHref(p.url)}>', '', []],
    ['<img src={p.image} />', '', ['src={p.image}']],
    ['<a href={href}>', 'const href = reviewUrl(m, u, id);', []],
  ])('checks the address in %s', (jsx, before, want) => {
    expect(unsafeAddresses(`${before}\n${jsx}`)).toEqual(want);
  });
});
