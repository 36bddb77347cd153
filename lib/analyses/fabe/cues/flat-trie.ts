/**
 * A lexicon trie (compile.ts) flattened into typed arrays. Walking the trie is most of what
 * cue matching costs — a step at every word start of every statement — and with a `Map`
 * per node each step hashed its key in a map of its own. Here a node is a number, its ends
 * are a slice of two byte arrays and every edge of the trie sits in one open-addressed hash
 * table, so a step is a multiply, a shift and, nearly always, one probe.
 */

export interface FlatTrie {
  /** Edge table: `keys[slot]` = node · 65536 + code unit + 1 (0 = empty slot), `child[slot]` the node it leads to. */
  keys: Float64Array;
  child: Int32Array;
  /** 32 − log2(table size): the hash keeps the top bits of a 32-bit product. */
  shift: number;
  /** The ends of node n are `endFamily[k]`, `endStar[k]` for k in [endFrom[n], endFrom[n + 1]), in the order they were added. */
  endFrom: Int32Array;
  endFamily: Uint8Array;
  endStar: Uint8Array;
  /**
   * The root's children by code unit below ROOT_DIRECT (ASCII and Latin-1/Extended: the
   * first character of every Latin term), −1 for none. Every walk starts at the root and
   * most fail there (a space, a letter no term starts with), so that step is an array read.
   */
  rootDirect: Int32Array;
}

export const ROOT_DIRECT = 0x250;

/** What compile.ts builds: a node with its children by code unit and its ends. */
export interface TrieNode {
  next: Map<number, TrieNode>;
  ends?: { family: number; star: boolean }[];
}

/** The root is node 0. */
export const ROOT = 0;

/** Slot of the edge (node, code unit) in a table of 2^(32 − shift) slots (Fibonacci hashing). */
export const slotOf = (node: number, c: number, shift: number): number => Math.imul((node << 16) ^ c ^ (node >>> 16), 0x9e3779b1) >>> shift;

export function flatten(root: TrieNode): FlatTrie {
  // Number the nodes breadth-first: the root is 0.
  const nodes: TrieNode[] = [root];
  for (let i = 0; i < nodes.length; i++) for (const child of nodes[i]!.next.values()) nodes.push(child);
  const id = new Map(nodes.map((n, i) => [n, i]));
  const edges = nodes.length - 1;
  // At most half full: a miss (the common case at a word start) ends at an empty slot soon.
  let bits = 4;
  while (1 << bits < edges * 2) bits++;
  const size = 1 << bits;
  const shift = 32 - bits;
  const keys = new Float64Array(size);
  const child = new Int32Array(size);
  const endFrom = new Int32Array(nodes.length + 1);
  const families: number[] = [];
  const stars: number[] = [];
  nodes.forEach((n, i) => {
    endFrom[i] = families.length;
    for (const e of n.ends ?? []) { families.push(e.family); stars.push(e.star ? 1 : 0); }
    for (const [c, to] of n.next) {
      let slot = slotOf(i, c, shift);
      while (keys[slot] !== 0) slot = (slot + 1) & (size - 1);
      keys[slot] = i * 65536 + c + 1;
      child[slot] = id.get(to)!;
    }
  });
  endFrom[nodes.length] = families.length;
  const rootDirect = new Int32Array(ROOT_DIRECT).fill(-1);
  for (const [c, to] of root.next) if (c < ROOT_DIRECT) rootDirect[c] = id.get(to)!;
  return { keys, child, shift, endFrom, endFamily: Uint8Array.from(families), endStar: Uint8Array.from(stars), rootDirect };
}
