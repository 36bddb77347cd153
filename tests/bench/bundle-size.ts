import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureExtensionBuilt } from '../browser/build';

export interface BundleSize {
  /** e.g. `content-scripts/jd.js`. */
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/**
 * Size of each content script as shipped (.output/chrome-mv3/content-scripts/*.js), raw
 * and gzip-compressed (what a download or a store review sees). Builds first when the
 * build is missing or older than its sources, so the sizes are of the current code.
 */
export function contentScriptSizes(root: string): BundleSize[] {
  const dir = join(ensureExtensionBuilt(root), 'content-scripts');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { file: `content-scripts/${name}`, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
}
