import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Sources the built extension is made from; a newer file in any of them means a rebuild. */
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'assets', 'wxt.config.ts', 'package.json'];
const OUTPUTS = ['manifest.json', 'sidepanel.html', 'background.js', 'content-scripts/amazon.js', 'content-scripts/taobao.js', 'content-scripts/jd.js'];

/**
 * The unpacked Chrome extension (.output/chrome-mv3), built with `npx wxt build` when it is
 * missing or older than its sources, so the test never drives a stale build.
 */
export function ensureExtensionBuilt(root: string): string {
  const dir = join(root, '.output/chrome-mv3');
  const outputs = OUTPUTS.map((f) => join(dir, f));
  const builtAt = outputs.every((f) => existsSync(f)) ? Math.min(...outputs.map((f) => statSync(f).mtimeMs)) : 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  if (builtAt >= newest) return dir;
  console.log(builtAt === 0 ? '[build] no extension build yet: npx wxt build' : '[build] sources changed since the last build: npx wxt build');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const missing = outputs.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`wxt build did not produce ${missing.join(', ')}`);
  return dir;
}

/** Written by the browser test itself (the README's screenshots): not a source of the build. */
const NOT_SOURCES = [join('assets', 'screenshots')];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  if (NOT_SOURCES.some((n) => path.endsWith(n))) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}
