import { toAsciiDigits } from '../../shared/numbers';

/**
 * A review date as Taobao prints it → ISO `YYYY-MM-DD`: `2017年04月20日 09:05`, `2025年3月5日`,
 * `2025-03-05`, `2025.3.5`. Relative wordings (`3天前`, `确认收货后 16 天追加`) give undefined.
 */
export function parseChineseDate(text: string): string | undefined {
  const m = /(20\d{2}|19\d{2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})/.exec(toAsciiDigits(text));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
