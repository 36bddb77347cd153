import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  path: string;
  rawBytes: number;
  gzipBytes: number;
  built: boolean;
}

/**
 * Size of the Amazon content script as shipped (.output/chrome-mv3/content-scripts/amazon.js),
 * raw and gzip-compressed (what a download or a store review sees). Builds once if missing.
 */
export function contentScriptSize(root: string): BundleSize {
  const path = join(root, '.output/chrome-mv3/content-scripts/amazon.js');
  let built = false;
  if (!existsSync(path)) {
    console.error('[bench] content script not built yet: running npx wxt build …');
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    built = true;
  }
  const bytes = readFileSync(path);
  return { path, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, built };
}
