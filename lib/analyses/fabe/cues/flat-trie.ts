/**
 * A lexicon trie (compile.ts) flattened into typed arrays. Walking the trie is most of what
 * cue matching costs — a step at every word start of every statement — and with a `Map`
 * per node each step hashed its key in a map of its own. Here a node is a number, its ends
 * are a slice of two byte arrays and every edge of the trie sits in one open-addressed hash
 * table, so a step is a multiply, a shift and, nearly always, one probe.
 */

export interface FlatTrie {
  /**
   * Edge table, two Int32 per slot: `edges[2·slot]` = node · 65536 + code unit + 1 (0 = empty
   * slot), `edges[2·slot + 1]` = the node it leads to, as a `step` (below). Key and child
   * side by side, with the child's "has ends" bit, so a step of the walk reads one cache
   * line instead of three (key, child, ends): the walk ran on cache misses. 32-bit keys
   * hold tries of fewer than 32,767 nodes (every lexicon has under 5,000).
   */
  edges: Int32Array;
  /** 32 − log2(table size): the hash keeps the top bits of a 32-bit product. */
  shift: number;
  /** The ends of node n are `endFamily[k]`, `endStar[k]` for k in [endFrom[n], endFrom[n + 1]), in the order they were added. */
  endFrom: Int32Array;
  endFamily: Uint8Array;
  endStar: Uint8Array;
  /**
   * The root's children by code unit below ROOT_DIRECT (ASCII and Latin-1/Extended: the
   * first character of every Latin term) as steps, −1 for none. Every walk starts at the
   * root and most fail there (a space, a letter no term starts with), so that step is an
   * array read.
   */
  rootDirect: Int32Array;
}

/** A step to node n: n · 2, plus 1 when n has ends (a term ends there). */
export const stepTo = (node: number, hasEnds: boolean): number => node * 2 + (hasEnds ? 1 : 0);

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
  const edgeCount = nodes.length - 1;
  // At most half full: a miss (the common case at a word start) ends at an empty slot soon.
  let bits = 4;
  while (1 << bits < edgeCount * 2) bits++;
  const size = 1 << bits;
  const shift = 32 - bits;
  if (nodes.length >= 32767) throw new Error(`cue trie of ${nodes.length} nodes: edge keys no longer fit 32 bits (flat-trie.ts)`);
  const edges = new Int32Array(size * 2);
  const endFrom = new Int32Array(nodes.length + 1);
  const families: number[] = [];
  const stars: number[] = [];
  const step = (n: TrieNode) => stepTo(id.get(n)!, (n.ends?.length ?? 0) > 0);
  nodes.forEach((n, i) => {
    endFrom[i] = families.length;
    for (const e of n.ends ?? []) { families.push(e.family); stars.push(e.star ? 1 : 0); }
    for (const [c, to] of n.next) {
      let slot = slotOf(i, c, shift);
      while (edges[slot * 2] !== 0) slot = (slot + 1) & (size - 1);
      edges[slot * 2] = i * 65536 + c + 1;
      edges[slot * 2 + 1] = step(to);
    }
  });
  endFrom[nodes.length] = families.length;
  const rootDirect = new Int32Array(ROOT_DIRECT).fill(-1);
  for (const [c, to] of root.next) if (c < ROOT_DIRECT) rootDirect[c] = step(to);
  return { edges, shift, endFrom, endFamily: Uint8Array.from(families), endStar: Uint8Array.from(stars), rootDirect };
}
