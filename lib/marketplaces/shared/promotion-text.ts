import { collapse } from './dom';
import { toAsciiDigits } from './numbers';

/**
 * Marketplace-neutral reading of promotion wordings printed in Latin-script stores
 * ("Apply 20% coupon", "-22%", "Ends in 05:12:33", "Endet in 2 Std. 5 Min."). Amounts of
 * money are left to money.ts; this file only knows percentages and time left.
 */

/**
 * The percentage a text names once: "Apply 20% coupon" → 20, "-22 %" → 22, "Save 5,5%" → 5.5.
 * Undefined when it names none, several different ones ("5% off 4pcs, 8% off 6pcs") or an
 * upper bound only ("Up to 20% off": the buyer's percentage is not known).
 */
export function singlePercent(text: string): number | undefined {
  const t = toAsciiDigits(text);
  if (/\b(?:up to|bis zu|jusqu'?[àa]|hasta|fino al)\b/i.test(t)) return undefined;
  const found = new Set<number>();
  for (const m of t.matchAll(/(\d{1,2}(?:[.,]\d{1,2})?)\s*%/g)) found.add(Number(m[1]!.replace(',', '.')));
  if (found.size !== 1) return undefined;
  const [p] = [...found];
  return p !== undefined && p > 0 && p < 100 ? p : undefined;
}

const UNIT_SECONDS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:d|days?|tage?n?|jours?|d[ií]as?)$/i, 86_400],
  [/^(?:h|hrs?|hours?|std|stdn|stunden?|heures?|horas?)$/i, 3_600],
  [/^(?:m|mins?|minutes?|minuten?|minutos?)$/i, 60],
  [/^(?:s|secs?|seconds?|sekunden?|secondes?|segundos?)$/i, 1],
];

/**
 * Seconds left in a countdown as shown: "Ends in 05:12:33" → 18753, "12:30" (mm:ss) → 750,
 * "2 hrs 5 mins", "1 day 3 h". Undefined when the text holds no time.
 */
export function countdownSeconds(text: string): number | undefined {
  const t = collapse(toAsciiDigits(text));
  const clock = /(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?!\d)/.exec(t);
  if (clock) {
    const [h, m, s] = [Number(clock[1] ?? 0), Number(clock[2]), Number(clock[3])];
    return m < 60 && s < 60 ? h * 3_600 + m * 60 + s : undefined;
  }
  let total = 0;
  let any = false;
  for (const m of t.matchAll(/(\d+)\s*([A-Za-zÀ-ÿ]+)\.?/g)) {
    const unit = UNIT_SECONDS.find(([re]) => re.test(m[2]!));
    if (!unit) continue;
    total += Number(m[1]) * unit[1];
    any = true;
  }
  return any ? total : undefined;
}
