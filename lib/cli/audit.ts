/**
 * `npm run --silent audit -- <page.html>... [--url URL] [--format json|csv] [--keywords LIST]`
 * `npm run --silent audit -- title --marketplace M [--field F] [--brand B] [--keywords LIST] "<title>"`
 * `npm run --silent audit -- fabe <page.html>... [--url URL]` · `… fabe --sentences <file|-> [--lang L]`
 * `npm run --silent audit -- reviews <page.html>... [--url URL]`
 * `npm run --silent audit -- report <page.html>... [--mine F] [--search F] [--keywords L] [--lang en|zh] [--format md|csv|html|json] [--out F]`
 * Entry point only; the command lives in run-audit.ts so tests can call it directly.
 */
import { runAudit } from './run-audit';

const code = await runAudit(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  // `npm run audit` runs in the package root; INIT_CWD is where the operator typed it.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
});
// exitCode, not exit(): let stdout drain when it is a pipe.
process.exitCode = code;
