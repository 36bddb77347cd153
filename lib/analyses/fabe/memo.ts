/**
 * Bounded memos for the per-text work of the FABE table (a statement's language, its
 * sentences, its classification, its theme keys). The panel builds the table again on
 * every re-read of the page (SPA navigation, late-rendered reviews, each new snapshot) and
 * for every competitor of the gap matrix, and nearly all statements come back unchanged;
 * each of these results is a pure function of its key, so a memo cannot change an output,
 * only skip work. Each memo holds at most `max` entries and drops the oldest first, so a
 * long session does not grow without bound.
 *
 * `clearFabeMemos` empties them all: the benchmark uses it to time a product seen for the
 * first time, and the equivalence tests to compare cold and warm results.
 */

const ALL: Memo<unknown>[] = [];

export class Memo<V> {
  private readonly map = new Map<string, V>();
  /**
   * The keys in the order they were stored; once the memo is full, a ring whose slot
   * `oldest` holds the next key to drop. Dropping the map's first key instead
   * (`map.keys().next()`) walked over the holes every earlier drop had left at the front of
   * the map's table, until the table was rebuilt: a store into a full memo cost about 5 times
   * one into an empty memo, and the memos are full after a few products of a long session.
   */
  private order: string[] = [];
  private oldest = 0;

  constructor(private readonly max: number) {
    ALL.push(this as Memo<unknown>);
  }

  /**
   * The value for `key`, made by `make` the first time (and again after it was dropped).
   * An `undefined` value is made again each time rather than told apart from a missing
   * key with a second lookup (none of the FABE memos holds one; the result is the same).
   */
  get(key: string, make: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    this.put(key, value);
    return value;
  }

  /** The value for `key`, or undefined. */
  peek(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Stores `value` for `key`, dropping the oldest entry when full (a key stored again keeps its place). */
  put(key: string, value: V): void {
    const size = this.map.size;
    this.map.set(key, value);
    if (this.map.size === size) return;
    if (size < this.max) {
      this.order.push(key);
      return;
    }
    this.map.delete(this.order[this.oldest]!);
    this.order[this.oldest] = key;
    this.oldest = this.oldest + 1 === this.max ? 0 : this.oldest + 1;
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
    this.order = [];
    this.oldest = 0;
  }
}

/**
 * A memo keyed by a text and a short qualifier (its language, origin, rating): the text is
 * looked up as it is, not glued to the qualifier into a new string that must be copied and
 * hashed again on every call. Nearly every text comes with one qualifier only, so that one
 * is held inline and a map is made only for a second.
 */
export class TextMemo<V> {
  private readonly memo: Memo<{ qualifier: string; value: V; more?: Map<string, V> }>;

  constructor(max: number) {
    this.memo = new Memo(max);
  }

  get(text: string, qualifier: string, make: () => V): V {
    const found = this.find(text, qualifier);
    if (found !== undefined) return found;
    const value = make();
    this.add(text, qualifier, value);
    return value;
  }

  /**
   * The value for `text` and `qualifier`, or undefined (no value stored is undefined). With
   * `add`, for a caller whose `make` would be a closure per call.
   */
  find(text: string, qualifier: string): V | undefined {
    const entry = this.memo.peek(text);
    if (entry === undefined) return undefined;
    return entry.qualifier === qualifier ? entry.value : entry.more?.get(qualifier);
  }

  /** Stores `value` for `text` and `qualifier` (after a find that gave undefined). */
  add(text: string, qualifier: string, value: V): void {
    const entry = this.memo.peek(text);
    if (entry === undefined) this.memo.put(text, { qualifier, value });
    else (entry.more ??= new Map<string, V>()).set(qualifier, value);
  }
}

const OTHERS: (() => void)[] = [];

/** Registers the emptying of a cache that is not a Memo (word-table.ts), done by clearFabeMemos. */
export function onClearFabeMemos(clear: () => void): void {
  OTHERS.push(clear);
}

/** Empties every FABE memo (the next table is computed from scratch). */
export function clearFabeMemos(): void {
  for (const m of ALL) m.clear();
  for (const clear of OTHERS) clear();
}

/**
 * Entries per memo: a product page holds about 1,000 statements, the gap matrix a few pages.
 * Filled by one 1,000-statement product the memos hold about 0.7 MB.
 */
export const MEMO_SIZE = 8192;
