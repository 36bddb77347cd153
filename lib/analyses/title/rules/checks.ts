import type { Bilingual, Span, TitleCheck } from '../../../schema';
import type { Severity } from './word-list';
import { WEIGHTS, type RuleId } from './weights';

/** How one check is built: weight from WEIGHTS, earned from the status. */

export type Status = TitleCheck['status'];

export const msg = (zh: string, en: string): Bilingual => ({ zh, en });

export function makeCheck(
  rule: RuleId,
  status: Status,
  message: Bilingual,
  extra: { spans?: readonly Span[]; fix?: TitleCheck['fix']; source?: string } = {},
): TitleCheck {
  const weight = WEIGHTS[rule];
  const earned = status === 'pass' ? weight : status === 'warn' ? weight / 2 : 0;
  const out: TitleCheck = { rule, status, message, weight, earned };
  if (extra.spans?.length) out.spans = extra.spans.slice(0, 500).map((s) => ({ start: s.start, end: s.end }));
  if (extra.fix) out.fix = extra.fix;
  if (extra.source) out.source = extra.source;
  return out;
}

const END_ZH = /。$/;
const END_EN = /\.$/;

/** A hint is a sentence; inside parentheses it reads on from the reason (keeps FDA, EPA as written). */
const SENTENCE = /^[A-Z][a-z]/;
const lowerFirst = (s: string) => (SENTENCE.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** One offending piece of text and why it offends. */
export interface Finding {
  start: number;
  end: number;
  text: string;
  severity: Severity;
  why: Bilingual;
  /** When it may be fine (an exemption the user can claim). */
  hint?: Bilingual;
}

export function worst(findings: readonly { severity: Severity }[]): Status {
  if (findings.length === 0) return 'pass';
  return findings.some((f) => f.severity === 'fail') ? 'fail' : 'warn';
}

/** Sorted, with findings nested inside an earlier one dropped (two lists matching one phrase). */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start >= last.start && f.end <= last.end) continue;
    out.push(f);
  }
  return out;
}

/**
 * Lists findings by text, each once, with the reason and any exemption hint:
 * `“Best”（主观用语；…）` / `"Best" (subjective word; …)`.
 */
export function describe(findings: readonly Finding[], limit = 8): Bilingual {
  const seen = new Map<string, { f: Finding; n: number }>();
  for (const f of findings) {
    const key = `${f.text.toLowerCase()}\u0000${f.why.en}`;
    const hit = seen.get(key);
    if (hit) hit.n++;
    else seen.set(key, { f, n: 1 });
  }
  const items = [...seen.values()];
  const shown = items.slice(0, limit);
  const zh = shown.map(({ f, n }) => `“${f.text}”${n > 1 ? `（${n} 处）` : ''}：${f.why.zh}${f.hint ? `（${f.hint.zh.replace(END_ZH, '')}）` : ''}`);
  const en = shown.map(({ f, n }) => `"${f.text}"${n > 1 ? ` (${n}×)` : ''}: ${f.why.en}${f.hint ? ` (${lowerFirst(f.hint.en.replace(END_EN, ''))})` : ''}`);
  const more = items.length - shown.length;
  return msg(zh.join('；') + (more > 0 ? `；另有 ${more} 项` : ''), en.join('; ') + (more > 0 ? `; and ${more} more` : ''));
}

/** A check over findings: pass when none, else the worst severity, naming each finding. */
export function findingsCheck(
  rule: RuleId,
  findings: readonly Finding[],
  opts: { lead: Bilingual; pass: Bilingual; source: string; fix?: (found: Finding[]) => TitleCheck['fix'] },
): TitleCheck {
  const found = dedupe(findings);
  if (found.length === 0) return makeCheck(rule, 'pass', opts.pass, { source: opts.source });
  const d = describe(found);
  const message = msg(`${opts.lead.zh}${d.zh}。`, `${opts.lead.en}${d.en}.`);
  return makeCheck(rule, worst(found), message, { spans: found, fix: opts.fix?.(found), source: opts.source });
}
