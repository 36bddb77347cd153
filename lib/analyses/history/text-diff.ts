import type { TextDiffPart } from '../../schema';

/**
 * Word-level diffs for Latin text and character-level diffs for Chinese/Japanese, from one
 * tokenizer: a Han/Kana character is a token on its own, a run of other letters and digits is
 * one word, and every space run and punctuation mark is a token. So `Apple/苹果 iPhone 11`
 * diffs by words on the Latin side and by characters on the Chinese side.
 *
 * The diff is Myers' O(ND) algorithm with the middle-snake bisection (linear space), written
 * here rather than taken from a library: titles and bullets are short, the code is ~80 lines,
 * and the extension bundle stays free of a dependency for it.
 */

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+(?:['’](?:(?![\p{Script=Han}])[\p{L}\p{M}])+)*|\s+|[^]/gu;

export function diffTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export type DiffOp = 'equal' | 'delete' | 'insert';

/**
 * Edit script turning `a` into `b` as (op, index) pairs: the index is into `a` for equal and
 * delete, into `b` for insert. Elements are compared with ===.
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[]): Array<[DiffOp, number]> {
  // Intern to small integers so the inner loops compare numbers.
  const ids = new Map<T, number>();
  const intern = (x: T) => {
    let id = ids.get(x);
    if (id === undefined) ids.set(x, (id = ids.size));
    return id;
  };
  const out: Array<[DiffOp, number]> = [];
  diffRange(Int32Array.from(a, intern), 0, a.length, Int32Array.from(b, intern), 0, b.length, out);
  return out;
}

function diffRange(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number, out: Array<[DiffOp, number]>): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) out.push(['equal', aLo++]), bLo++;
  let suffix = 0;
  while (aLo < aHi - suffix && bLo < bHi - suffix && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix++;
  aHi -= suffix;
  bHi -= suffix;
  if (aLo === aHi) for (let j = bLo; j < bHi; j++) out.push(['insert', j]);
  else if (bLo === bHi) for (let i = aLo; i < aHi; i++) out.push(['delete', i]);
  else {
    const [x, y] = middleSnake(a, aLo, aHi, b, bLo, bHi);
    if ((x === aLo && y === bLo) || (x === aHi && y === bHi)) {
      // A split that makes no progress would recurse forever; never seen, but fail safe.
      for (let i = aLo; i < aHi; i++) out.push(['delete', i]);
      for (let j = bLo; j < bHi; j++) out.push(['insert', j]);
    } else {
      diffRange(a, aLo, x, b, bLo, y, out);
      diffRange(a, x, aHi, b, y, bHi, out);
    }
  }
  for (let i = 0; i < suffix; i++) out.push(['equal', aHi + i]);
}

/**
 * A point on an optimal edit path (Myers 1986, §4b): walk forward from the start and backward
 * from the end on alternate diagonals until the paths overlap. Both ends differ (the caller
 * stripped the common prefix and suffix), so the point splits the problem into two smaller ones.
 */
function middleSnake(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number): [number, number] {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  const vf = new Int32Array(2 * offset + 2).fill(-1);
  const vb = new Int32Array(2 * offset + 2).fill(-1);
  vf[offset + 1] = 0;
  vb[offset + 1] = 0;
  const delta = n - m;
  const odd = (delta & 1) !== 0;
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && vf[offset + k - 1]! < vf[offset + k + 1]!) ? vf[offset + k + 1]! : vf[offset + k - 1]! + 1;
      let y = x - k;
      if (x > n || y > m || y < 0) continue;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) x++, y++;
      vf[offset + k] = x;
      const kb = delta - k;
      if (odd && kb >= -(d - 1) && kb <= d - 1 && vb[offset + kb]! >= 0 && x + vb[offset + kb]! >= n) return [aLo + x, bLo + y];
    }
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && vb[offset + k - 1]! < vb[offset + k + 1]!) ? vb[offset + k + 1]! : vb[offset + k - 1]! + 1;
      let y = x - k;
      if (x > n || y > m || y < 0) continue;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) x++, y++;
      vb[offset + k] = x;
      const kf = delta - k;
      if (!odd && kf >= -d && kf <= d && vf[offset + kf]! >= 0 && x + vf[offset + kf]! >= n) return [aHi - x, bHi - y];
    }
  }
  // Unreachable for valid input: the paths meet by d = ⌈(n+m)/2⌉.
  return [aHi, bLo];
}

/**
 * Text diff parts from `before` to `after`. Between two unchanged stretches all deletions come
 * before all insertions (`经典` → `新` reads as one replacement, not 经 −, 新 +, 典 −).
 */
export function diffText(before: string, after: string): TextDiffPart[] {
  const a = diffTokens(before);
  const b = diffTokens(after);
  const parts: TextDiffPart[] = [];
  const push = (op: TextDiffPart['op'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let deleted = '';
  let inserted = '';
  for (const [op, i] of diffSequences(a, b)) {
    if (op === 'delete') deleted += a[i]!;
    else if (op === 'insert') inserted += b[i]!;
    else {
      push('delete', deleted);
      push('insert', inserted);
      deleted = inserted = '';
      push('equal', a[i]!);
    }
  }
  push('delete', deleted);
  push('insert', inserted);
  return parts;
}
