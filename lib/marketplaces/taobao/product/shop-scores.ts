import type { Shop } from '../../../schema';
import { toAsciiDigits } from '../../shared/numbers';

type Score = NonNullable<Shop['scores']>[number];

/**
 * One DSR line: `描 述` `4.8` → {name: '描述', score: 4.8, max: 5}; `好评率` `98.6%` → max 100.
 * `vs` is the page's comparison with the industry: 高/低/平 (new pages) or 高于同行 12% as shown.
 */
export function shopScore(rawName: string, rawScore: string, vs?: string): Score | undefined {
  const name = rawName.replace(/[\s\u00a0:：]+/g, '').slice(0, 40);
  const ascii = toAsciiDigits(rawScore);
  const m = /(\d+(?:\.\d+)?)\s*(%)?/.exec(ascii);
  if (!name || !m) return undefined;
  const score = Number(m[1]);
  const max = m[2] ? 100 : score <= 5 ? 5 : score <= 10 ? 10 : 100;
  if (!Number.isFinite(score) || score > max) return undefined;
  const out: Score = { name, score, max };
  const vsIndustry = normalizeVs(vs);
  if (vsIndustry) out.vsIndustry = vsIndustry;
  return out;
}

/** 高 → 高于同行, 低 → 低于同行, 平/持平 → 持平; longer wordings (`高于同行 12.5%`) are kept as shown. */
function normalizeVs(vs: string | undefined): string | undefined {
  const t = (vs ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  if (t === '高') return '高于同行';
  if (t === '低') return '低于同行';
  if (t === '平' || t === '持平') return '持平';
  return /同行|持平|行业/.test(t) ? t.slice(0, 40) : undefined;
}

/**
 * The classic pages say it with a class only: Taobao `tb-rate-higher|lower|equal`, Tmall
 * `shopdsr-score-up|down|equal-ctrl`.
 */
export function vsIndustryFromClass(cls: string | null | undefined): string | undefined {
  const c = cls ?? '';
  if (/rate-higher|score-up/.test(c)) return '高于同行';
  if (/rate-lower|score-down/.test(c)) return '低于同行';
  if (/rate-equal|score-equal/.test(c)) return '持平';
  return undefined;
}
