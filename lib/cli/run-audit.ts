import { parseAuditArgs, USAGE, UsageError } from './args';
import { auditFile } from './audit-file';
import { rowsForRead, toCsv } from './csv';
import { runFabe } from './run-fabe';
import { runReport } from './run-report';
import { runReviews } from './run-reviews';
import { runTitle } from './run-title';
import { withTitleScores } from './title-scores';

export interface AuditIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now?: Date;
  /** Directory relative file names are taken from (default: the process's). */
  cwd?: string;
  /** The whole of stdin (for `audit title … -`). */
  readStdin?: () => Promise<string>;
}

/**
 * The audit command without the process around it: returns the exit code (0 all read,
 * 1 some file could not be read, 2 usage error). stdout gets only the JSON or CSV, so
 * the output pipes into jq or a spreadsheet; every problem goes to stderr, one line each.
 */
export async function runAudit(argv: readonly string[], io: AuditIo): Promise<number> {
  if (argv[0] === 'title') return runTitle(argv.slice(1), io);
  if (argv[0] === 'fabe') return runFabe(argv.slice(1), io);
  if (argv[0] === 'reviews') return runReviews(argv.slice(1), io);
  if (argv[0] === 'report') return runReport(argv.slice(1), io);
  let options;
  try {
    options = parseAuditArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`audit: ${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }

  const results = [];
  for (const file of options.files) {
    const result = await auditFile(file, { url: options.url, now: io.now, cwd: io.cwd });
    // Report as we go: with many pages the operator sees failures before the end.
    if (!result.ok) io.stderr(`audit: ${file}: ${result.message}\n`);
    results.push(result);
  }
  let scoringFailed = false;
  const reads = results.flatMap((r) => {
    if (!r.ok) return [];
    const onError = (what: string, err: unknown) => {
      scoringFailed = true;
      io.stderr(`audit: ${r.file}: ${what} could not be scored: ${String(err instanceof Error ? err.message : err).replace(/\s+/g, ' ').slice(0, 300)}\n`);
    };
    return [{ file: r.file, read: withTitleScores(r.read, { keywords: options.keywords, onError }) }];
  });

  if (options.format === 'csv') {
    io.stdout(toCsv(reads.flatMap(({ file, read }) => rowsForRead(file, read))));
  } else if (reads.length > 0 || options.files.length > 1) {
    // One page → one object; several → an array (of the pages that could be read).
    const value = options.files.length === 1 ? reads[0]!.read : reads.map((r) => r.read);
    io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }
  return results.every((r) => r.ok) && !scoringFailed ? 0 : 1;
}
