import { runAudit } from '../../lib/cli/run-audit';
import { renderContext } from '../report/sample-report';

/** Runs `audit report …` in-process and collects what it printed. */
export async function runReportCommand(argv: string[], now: Date, cwd?: string) {
  let stdout = '';
  let stderr = '';
  const code = await runAudit(['report', ...argv], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now, ...(cwd ? { cwd } : {}) });
  return { code, stdout, stderr, errors: stderr.split('\n').filter(Boolean) };
}

/** Section headings straight from messages.json. */
export function headings(lang: 'en' | 'zh'): string[] {
  const m = renderContext(lang).messages;
  const keys = ['report_sectionScores', 'report_sectionTitleChecks', 'report_sectionFabeGap', 'report_sectionPrices', 'report_sectionReviews', 'report_sectionPromotions', 'report_sectionChanges'];
  return keys.map((k) => m[k]!.message);
}

