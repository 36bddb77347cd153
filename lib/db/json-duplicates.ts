/**
 * A key written twice in one JSON object (`{"format":"other","format":"listing-lens"}`).
 * JSON.parse keeps the last silently; another reader may keep the first, so such a file
 * means two different things and an import refuses it. Runs over text JSON.parse has
 * already accepted, so it only tracks where objects, arrays and strings begin and end.
 */
type Frame = { keys: Set<string>; key?: string; expectKey: boolean } | { index: number };

/** The first repeated key and the path of the object holding it, or undefined. */
export function findDuplicateKey(text: string): { path: (string | number)[]; key: string } | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (top && 'keys' in top && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (top.keys.has(key)) return { path: pathOf(stack), key };
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */) stack.push({ keys: new Set(), expectKey: true });
    else if (c === 0x5b /* [ */) stack.push({ index: 0 });
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) stack.pop();
    else if (c === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top && 'keys' in top) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return undefined;
}

/** Index of the quote closing the string opened at `start` (a quote after an odd run of backslashes is escaped). */
function stringEnd(text: string, start: number): number {
  for (let q = text.indexOf('"', start + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return q;
  }
  return text.length;
}

/** The path of the innermost object: each enclosing object's current key, each array's index. */
function pathOf(stack: readonly Frame[]): (string | number)[] {
  return stack.slice(0, -1).map((f) => ('keys' in f ? f.key! : f.index));
}
