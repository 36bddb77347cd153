import { toAsciiDigits } from '../../shared/numbers';

/** ISO date of a JD date text: `2024-11-09 20:17:48`, `2025-3-8`, `2025年3月8日`; else undefined. */
export function isoDate(text: string | undefined): string | undefined {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(toAsciiDigits(text ?? ''));
  if (!m) return undefined;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
