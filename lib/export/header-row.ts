/**
 * A CSV header row: the stable column names, or the given names when there is exactly one
 * per column (the UI language's; a list of the wrong length is a bug, so the stable names
 * are kept rather than a misaligned header).
 */
export function headerRow(columns: readonly string[], headers?: readonly string[]): string[] {
  return headers && headers.length === columns.length ? [...headers] : [...columns];
}
