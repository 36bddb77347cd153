/**
 * `node tests/bench/bundled.mjs [node flags] <entry> [args]` bundles tests/bench/<entry>.ts
 * into .bench/<entry>.mjs with esbuild and runs it: `npm run bench` (entry `run`) and
 * `npm run bench:alloc` (entry `fabe-alloc`, with its V8 flags) run bundled, not through tsx.
 *
 * Why: tsx compiles with esbuild's `keepNames`, which wraps every named function and closure
 * in a `__name(fn, "name")` call (an Object.defineProperty each time the closure is made).
 * The extension as shipped (`wxt build`) has no such calls, and code that makes closures per
 * statement (the FABE table) paid for them under tsx: the bench measured slower code than the
 * one users run. The bundle compiles the same sources with the same compiler, without
 * `keepNames`; packages stay in node_modules (`packages: 'external'`).
 *
 * `import.meta.dirname` is written into each source file as its own folder, so paths that
 * the bench and the test support build from it (saved pages, child processes) stay as they
 * are under tsx.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const entryAt = args.findIndex((a) => !a.startsWith('--'));
if (entryAt < 0) throw new Error('usage: node tests/bench/bundled.mjs [node flags] <entry> [args]');
const [nodeFlags, entry, scriptArgs] = [args.slice(0, entryAt), args[entryAt], args.slice(entryAt + 1)];
const out = join(ROOT, `.bench/${entry}.mjs`);

/** Each .ts file's `import.meta.dirname` as the literal folder it sits in. */
const ownDirname = {
  name: 'own-dirname',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      return { contents: source.replaceAll('import.meta.dirname', JSON.stringify(dirname(path))), loader: path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

await build({
  entryPoints: [join(ROOT, `tests/bench/${entry}.ts`)],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
  plugins: [ownDirname],
});
const run = spawnSync(process.execPath, [...nodeFlags, out, ...scriptArgs], { stdio: 'inherit' });
process.exit(run.status ?? 1);
