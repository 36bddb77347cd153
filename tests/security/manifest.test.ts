import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestProblems } from '../browser/manifest';

/**
 * Least privilege on the built extension (.output/chrome-mv3), in Node: the manifest's
 * exact permissions, hosts and content scripts (tests/browser/manifest.ts, which the
 * real-browser test also runs on what Chromium loads), the default CSP, and no remotely
 * hosted or string-evaluated code in any file of the package.
 * `npm test` runs vitest before `npm run test:browser` builds, so on a clean clone there is
 * no build yet: the suite then skips and says so (`npm run build` first to run it).
 */
const ROOT = join(import.meta.dirname, '../..');
const BUILD = join(ROOT, '.output/chrome-mv3');
/** What the build is made from (as tests/browser/build.ts): a newer file means the build is stale. */
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'assets', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Why the built extension cannot be checked here, or undefined when it can. */
function skipReason(): string | undefined {
  if (!existsSync(join(BUILD, 'manifest.json'))) return `no build at ${relative(ROOT, BUILD)} (npm run build makes it)`;
  // A stale build would be judged on yesterday's manifest; `npm test` runs vitest before the browser test rebuilds.
  const built = statSync(join(BUILD, 'manifest.json')).mtimeMs;
  if (Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s)))) > built) return `the build in ${relative(ROOT, BUILD)} is older than its sources (npm run build first; npm run test:browser rebuilds and checks the manifest Chromium loads)`;
  return undefined;
}
const SKIP = skipReason();
const HAVE_BUILD = SKIP === undefined;
if (SKIP) console.log(`[skip] tests/security/manifest.test.ts: ${SKIP}`);

function packageFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(BUILD, path));
    }
  };
  walk(BUILD);
  return out.sort();
}

/** Loading code from elsewhere: a script tag, importScripts or import() with a remote address. */
const REMOTE_CODE: readonly [string, RegExp][] = [
  ['<script src> from the network', /<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?\/\//i],
  ['a stylesheet or preload from the network', /<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?\/\//i],
  ['importScripts from the network', /\bimportScripts\s*\(\s*[`'"]\s*(?:https?:)?\/\//],
  ['import() from the network', /\bimport\s*\(\s*[`'"]\s*(?:https?:)?\/\//],
];
/** Code made from strings at run time (MV3 forbids it anyway; the build must not need it). */
const STRING_CODE: readonly [string, RegExp][] = [
  ['eval(', /(?:^|[^.\w$])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
];
/** Ways to reach the network. */
const NETWORK: readonly [string, RegExp][] = [
  ['fetch(', /(?:^|[^.\w$])fetch\s*\(/g],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/g],
  ['WebSocket', /\bWebSocket\s*\(/g],
  ['EventSource', /\bEventSource\s*\(/g],
  ['sendBeacon', /\bsendBeacon\s*\(/g],
];

/**
 * Network calls allowed in the bundle, each recognised by the code around it:
 * Vite's modulepreload polyfill fetches the `<link rel="modulepreload">` chunks of the
 * side panel page — the package's own files (chrome-extension://), never the network.
 */
const ALLOWED_NETWORK: readonly { name: string; around: RegExp }[] = [{ name: "Vite's modulepreload polyfill", around: /modulepreload/ }];

describe.skipIf(!HAVE_BUILD)('the built extension', () => {
  const manifest = HAVE_BUILD ? (JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as Record<string, unknown>) : {};
  const files = HAVE_BUILD ? packageFiles() : [];
  const code = files.filter((f) => /\.(?:js|mjs|html)$/.test(f));

  it('was built (prints its age: the browser test rebuilds a stale one)', () => {
    const age = (Date.now() - statSync(join(BUILD, 'manifest.json')).mtimeMs) / 60_000;
    console.log(`built extension: ${files.length} files, manifest written ${age.toFixed(0)} min ago`);
    expect(code.length).toBeGreaterThan(3);
  });

  it('asks for exactly the permissions, hosts and content scripts it needs', () => {
    expect(manifestProblems(BUILD)).toEqual([]);
  });

  it('keeps the default CSP and declares no way in for other code', () => {
    expect(manifest.manifest_version).toBe(3);
    for (const key of ['content_security_policy', 'sandbox', 'externally_connectable', 'web_accessible_resources', 'update_url', 'oauth2', 'key']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
  });

  it('runs only files of the package', () => {
    const scripts = [
      (manifest.background as { service_worker: string }).service_worker,
      ...((manifest.content_scripts as { js: string[] }[]) ?? []).flatMap((c) => c.js),
      (manifest.side_panel as { default_path: string }).default_path,
    ];
    for (const s of scripts) {
      expect(s, s).not.toMatch(/^[a-z]+:|^\/\//i);
      expect(files, s).toContain(s);
    }
  });

  it.each(REMOTE_CODE)('no %s', (_name, re) => {
    expect(code.filter((f) => re.test(readFileSync(join(BUILD, f), 'utf8')))).toEqual([]);
  });

  it.each(STRING_CODE)('no %s in any bundle', (_name, re) => {
    expect(code.filter((f) => re.test(readFileSync(join(BUILD, f), 'utf8')))).toEqual([]);
  });

  it('reaches the network nowhere but the known, local-only places', () => {
    const found: string[] = [];
    for (const f of code) {
      const text = readFileSync(join(BUILD, f), 'utf8');
      for (const [name, re] of NETWORK) {
        for (const m of text.matchAll(re)) {
          const around = text.slice(Math.max(0, m.index - 400), m.index + 400);
          if (!ALLOWED_NETWORK.some((a) => a.around.test(around))) found.push(`${f}: ${name} …${text.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('content scripts and the background carry no network call at all', () => {
    const workers = code.filter((f) => f.startsWith('content-scripts/') || f === 'background.js');
    expect(workers.length).toBeGreaterThanOrEqual(4);
    const found = workers.flatMap((f) => {
      const text = readFileSync(join(BUILD, f), 'utf8');
      return NETWORK.filter(([, re]) => new RegExp(re.source).test(text)).map(([name]) => `${f}: ${name}`);
    });
    expect(found).toEqual([]);
  });
});
