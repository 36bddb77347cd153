import { scoreTitle } from '../analyses/title';
import { UsageError } from './args';
import type { AuditIo } from './run-audit';
import { parseTitleArgs, TITLE_USAGE } from './title-args';

/**
 * `audit title …`: prints one TitleScore as JSON on stdout and nothing else; a usage
 * mistake goes to stderr with exit code 2 (as the page audit's do).
 */
export async function runTitle(argv: readonly string[], io: AuditIo): Promise<number> {
  let options;
  try {
    options = parseTitleArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`audit title: ${err.message}\n\n${TITLE_USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${TITLE_USAGE}\n`);
    return 0;
  }
  let title: string;
  if (typeof options.title === 'string') {
    title = options.title;
  } else {
    if (!io.readStdin) {
      io.stderr('audit title: no stdin to read the title from\n');
      return 2;
    }
    title = (await io.readStdin()).replace(/\r?\n$/, '');
  }
  const score = scoreTitle(title, {
    marketplace: options.marketplace,
    field: options.field,
    brand: options.brand,
    keywords: options.keywords.length > 0 ? options.keywords : undefined,
  });
  io.stdout(`${JSON.stringify(score, null, 2)}\n`);
  return 0;
}
