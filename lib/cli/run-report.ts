import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTranslator, type LocaleMessage, type MessageKey } from '../../components/i18n';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { buildReport, type ReportMember } from '../analyses/report';
import { reportCsv, reportHtml, reportMarkdown, type ReportRenderContext } from '../export/report';
import { AuditReportSchema, productKey, type AuditReport, type PageRead } from '../schema';
import { UsageError } from './args';
import { auditFile } from './audit-file';
import { parseReportArgs, REPORT_USAGE, type ReportFormat } from './report-args';
import type { AuditIo } from './run-audit';

/** The messages the panel uses, so the command's report reads exactly like the panel's. */
export function reportContext(lang: 'en' | 'zh'): ReportRenderContext {
  const t = createTranslator((lang === 'zh' ? zh : en) as Record<string, LocaleMessage>);
  return { t: (key, subs) => t(key as MessageKey, subs), lang, locale: lang === 'zh' ? 'zh-CN' : 'en-US' };
}

/** The report in the chosen format. */
export function renderReport(report: AuditReport, format: ReportFormat, ctx: ReportRenderContext): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'csv') return reportCsv(report, ctx);
  if (format === 'html') return reportHtml(report, ctx);
  return reportMarkdown(report, ctx);
}

/** Why a read cannot be a member of the report, or undefined when it can. */
function refusal(read: PageRead): string | undefined {
  if (read.pageKind === 'blocked') return `the page is a ${read.blockedReason ?? 'robot'} check, not the product (solve it in the browser and save the page again)`;
  if (read.pageKind === 'unsupported') return 'not a product, review or search page of the marketplace';
  if (!read.product?.id) return `no product on this ${read.pageKind} page`;
  return undefined;
}

/**
 * `audit report …`: reads the saved pages (scripts never run, nothing fetched), builds the
 * AuditReport (lib/analyses/report) and prints it as Markdown, CSV, HTML or JSON. Exit code:
 * 0 every page read, 1 some page could not be used (named on stderr, the report is built
 * from the rest) or none could, 2 usage.
 */
export async function runReport(argv: readonly string[], io: AuditIo): Promise<number> {
  let options;
  try {
    options = parseReportArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`audit report: ${err.message}\n\n${REPORT_USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${REPORT_USAGE}\n`);
    return 0;
  }
  let failed = false;
  const fail = (file: string, message: string) => {
    failed = true;
    io.stderr(`audit report: ${file}: ${message}\n`);
  };
  const read = async (file: string) => {
    const r = await auditFile(file, { url: options.url, now: io.now, cwd: io.cwd });
    if (!r.ok) fail(file, r.message);
    return r.ok ? r.read : undefined;
  };

  const members: ReportMember[] = [];
  let search: PageRead | undefined;
  if (options.search) {
    const s = await read(options.search);
    if (s && s.pageKind !== 'search') fail(options.search, `--search needs a search page, this is a ${s.pageKind} page`);
    else search = s;
  }
  const files = [options.mine, ...options.others];
  for (const [i, file] of files.entries()) {
    const r = await read(file);
    if (!r) continue;
    if (r.pageKind === 'search') {
      if (search) fail(file, 'a second search page; the price bands use one (give it with --search)');
      else search = r;
      continue;
    }
    const why = refusal(r);
    if (why) fail(file, why);
    else members.push({ read: r, role: i === 0 ? 'mine' : 'competitor' });
  }
  if (members.length === 0) {
    io.stderr('audit report: no product page could be read, so there is no report\n');
    return 1;
  }
  const mine = members.find((m) => m.role === 'mine')?.read.product;
  const first = members[0]!.read;
  const name = options.name ?? (mine?.title ?? productKey(first.marketplace, first.product!.id)).replace(/\s+/g, ' ').trim().slice(0, 80);
  const ctx = reportContext(options.lang);
  let output: string;
  try {
    const report = AuditReportSchema.parse(
      buildReport({ name, members, ...(search ? { search } : {}), ...(options.keywords ? { keywords: options.keywords } : {}), now: (io.now ?? new Date()).toISOString() }),
    );
    output = renderReport(report, options.format, ctx);
  } catch (err) {
    io.stderr(`audit report: the report could not be built: ${String(err instanceof Error ? err.message : err).replace(/\s+/g, ' ').slice(0, 300)}\n`);
    return 1;
  }
  if (options.out === undefined) io.stdout(output);
  else {
    try {
      await writeFile(resolve(io.cwd ?? process.cwd(), options.out), output, 'utf8');
    } catch (err) {
      io.stderr(`audit report: ${options.out}: cannot be written: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
      return 1;
    }
  }
  return failed ? 1 : 0;
}
