import type { TitleCheck } from '../../../schema';
import { LIMITS } from '../limits';
import { countWords } from './amazon-words';
import { msg, type Finding, findingsCheck } from './checks';
import type { RuleInput } from './types';

/**
 * The same word stuffed into a Chinese title (堆砌). Chinese has no spaces, so words are
 * approximated by repeated runs of Han characters (2–6 long) inside each Han token, counted
 * without overlap:
 *  - a run of 2+ characters written LIMITS.cnStuffingRepeats (3) times or more fails;
 *  - a run of LIMITS.cnStuffingLongTermChars (3)+ characters written twice warns — the
 *    source's example 轮滑鞋成人溜冰鞋休闲鞋轮滑鞋. Two-character runs written twice are let
 *    through: across word joins they are often accidents (布鞋男女 / 动鞋男篮 → 鞋男).
 * Only the longest repeated run is reported (轮滑鞋, not also 轮滑 and 滑鞋; a copied run
 * longer than 6 is grown from its overlapping windows). Runs inside
 * the brand are exempt. Latin words written 3+ times fail too.
 */

const MAX_RUN = 6;

interface Run { gram: string; spans: { start: number; end: number }[] }

export function repeatedRuns(input: RuleInput): Run[] {
  const counts = new Map<string, Run>();
  for (const t of input.tokens) {
    if (t.script !== 'han') continue;
    for (let i = 0; i < t.text.length; i++) {
      for (let n = 2; n <= MAX_RUN && i + n <= t.text.length; n++) {
        const gram = t.text.slice(i, i + n);
        const start = t.start + i;
        const run = counts.get(gram);
        if (!run) counts.set(gram, { gram, spans: [{ start, end: start + n }] });
        else if (start >= run.spans[run.spans.length - 1]!.end) run.spans.push({ start, end: start + n });
      }
    }
  }
  const brand = input.brandKeys;
  const candidates = [...counts.values()]
    .filter((r) => r.spans.length >= 2 && !brand.some((k) => k.includes(r.gram)))
    .sort((a, b) => b.gram.length - a.gram.length);
  const kept: Run[] = [];
  for (const r of candidates) {
    if (kept.some((k) => k.gram.includes(r.gram) && k.spans.length >= r.spans.length)) continue;
    // A repeat longer than MAX_RUN shows up as overlapping windows: grow one run instead.
    const grow = kept.find((k) => k.spans.length === r.spans.length && k.spans.every((s, i) => r.spans[i]!.start < s.end && r.spans[i]!.end > s.start));
    if (grow) {
      grow.spans = grow.spans.map((s, i) => ({ start: Math.min(s.start, r.spans[i]!.start), end: Math.max(s.end, r.spans[i]!.end) }));
      grow.gram = input.text.slice(grow.spans[0]!.start, grow.spans[0]!.end);
      continue;
    }
    kept.push({ gram: r.gram, spans: [...r.spans] });
  }
  return kept;
}

export function cnStuffing(rule: 'taobao.stuffing' | 'jd.stuffing', input: RuleInput): TitleCheck {
  const { limits } = input;
  const findings: Finding[] = [];
  for (const r of repeatedRuns(input)) {
    const n = r.spans.length;
    const severity = n >= limits.cnStuffingRepeats ? 'fail' : r.gram.length >= limits.cnStuffingLongTermChars ? 'warn' : null;
    if (!severity) continue;
    const why = severity === 'fail' ? msg(`重复 ${n} 次，属于关键词堆砌`, `written ${n} times: keyword stuffing`) : msg(`重复 ${n} 次，浪费字数`, `written ${n} times, wasting characters`);
    for (const s of r.spans) findings.push({ ...s, text: r.gram, severity, why });
  }
  for (const list of countWords(input.tokens, input.brand).values()) {
    if (list.length < limits.cnStuffingRepeats) continue;
    for (const t of list) findings.push({ start: t.start, end: t.end, text: list[0]!.text, severity: 'fail', why: msg(`重复 ${list.length} 次，属于关键词堆砌`, `written ${list.length} times: keyword stuffing`) });
  }
  return findingsCheck(rule, findings, {
    lead: msg('重复的词——', 'Repeated words — '),
    pass: msg('没有重复堆砌的词。', 'No stuffed or repeated words.'),
    source: LIMITS.cnStuffingRepeats.source,
    fix: () => ({ message: msg('每个词只写一次：平台会自动分词组合，重复不会提高排名，省下的字数可写属性词。', 'Write each word once: the search engine combines words itself, repeats do not rank higher, and the space is better spent on attributes.') }),
  });
}
