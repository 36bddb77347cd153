import { isDeepStrictEqual } from 'node:util';
import type { PageRead } from '../../../lib/schema';
import { MARKER } from './hostile-strings';

/**
 * The oracle: a mutant's read against the original page's read. Every value the mutant
 * reports must equal the original's, unless the read names the field in an issue, or the
 * mutation itself explains the change. What "explains" means, field by field:
 *
 * - Missing (original had it, mutant not): fine when an issue names the field. Without an
 *   issue it is fine only for optional fields and only when the mutation removed content
 *   (a subtree, a class/id, the end of the file) or copied a block (a reader refuses a
 *   histogram with six rows): several optional fields (listPrice, salesVolume,
 *   starHistogram, options…) are read with no issue when absent, by design, because most
 *   pages lack them. Required ones (REQUIRED below) always need an issue.
 * - Counts of shown things (`photos`, gallery `imageCount`/`videoCount`, A+ `modules`,
 *   variation `count`): fewer after a removal, more after a copy, or present after either
 *   (a follow-up block whose class went counts with its review).
 * - Date lines: `dateText` read from a wider element after a removal still holds the
 *   original line ("By Roger Faaborg on January 29, 2016").
 * - Different string: fine when, whitespace aside, it is the original with a removed
 *   subtree's text taken out, with an added block's text put in, or a prefix of it (cut file).
 *   After a removal, also a long enough part of the original (a fallback element showing
 *   part of the same sentence), except for ids, addresses, currencies and dates.
 * - Specs: a page may list one key twice with different values (two spec tables); after a
 *   removal the other value may win. Fine when that value is in the original page's text.
 *   The same for `description` read by another strategy (provenance changed): a fallback
 *   section (editorial reviews) the original page also shows; and for `brand` from another
 *   strategy when it is the same name, longer or shorter (`惠普（HP）` / `惠普`).
 * - Images: one image named with or without its thumbnail size suffix is the same image. A
 *   main image read by a fallback after a removal or cut is fine when it is one of the
 *   original's gallery images.
 * - Listing parts: the rich block's `textLength` moves with any removed, added or cut text;
 *   a promotion or badge that a fallback read after a removal is fine when the original
 *   page showed its words.
 * - Copied digits: a copy of a count's span inside the link read whole doubles the digits
 *   (`397` → `397397`): the copy changed the text the value is read from.
 * - product.id: when the page's own ASIN/sku marks are gone, readers fall back to the id in
 *   the address (provenance `url`/`canonical`); on variation pages the canonical address
 *   names a sibling. Accepted as the address's id after a removal: the page no longer says
 *   otherwise.
 * - Different number, boolean, currency: never explained; needs an issue. One exception:
 *   a search tile whose price element was removed (the removed text holds the amount) may
 *   show another price: by the answer key's convention a legacy tile's only price is its
 *   offer-listing line ("EUR 24,90 (1 neuer Artikel)"), so that fallback is the tile price.
 * - Lists (results, reviews, bullets, images…): every item the mutant lists must be one of
 *   the original's (results matched ignoring `position`; a duplicated tile may repeat one,
 *   so repeats are fine when the mutation added a copy); original items may be missing only
 *   when content was removed. An emptied results list always needs an issue.
 * - Appeared (mutant has a value the original lacked): needs an issue, unless it is a
 *   string from added text (an injected node, or a copied `<b>` label, became a spec row),
 *   or, in a cut file, a text running into the cut (it ends in the file's last characters).
 * - Cut file: happy-dom keeps a tag cut in half as text, and a number cut in half is a
 *   smaller number; a value that occurs in the last characters before the cut was read
 *   from the cut and is explained by it.
 * - Injected text: a new node put inside an element joins that element's text, so those
 *   mutants get the weak checks, like text written into existing nodes. A node put beside
 *   one can still join a parent's text that a reader reads whole, so a number or string
 *   that occurs in injected text, or a currency when it holds a currency sign (`${7*7}`),
 *   came from the injection. Copies do not count here: a copy must not change which value
 *   is read.
 * - Separators: Amazon joins variant parts with a separator icon (`<i aria-label="|">`);
 *   removing the icon joins the parts without it.
 * - Badges: `verified`, `sponsored`, `selfOperated`, `freeShipping`, `prime` are true when the page shows the badge,
 *   so true → false is explained when content was removed (the badge may be what went).
 * - Page kind: a mutant read as `blocked` or `unsupported` carries no values, so it cannot
 *   be silently wrong; it is counted as rejected. Another change of kind (a cut captcha
 *   page read as an empty product page) must come with a missing-required or unparseable
 *   issue; its values are then not compared (there is nothing of that kind to compare with).
 *
 * Issue fields are matched without list indices (`results.3.price` names `results.price`);
 * `page` names everything.
 */
export interface Explanation {
  /** Content was removed or unhooked: values may be missing. */
  lost: boolean;
  /** The file was cut: strings may be prefixes, values missing. */
  truncated: boolean;
  /** Existing text was changed (a text node, or a new node inside an element): only the weak checks apply. */
  inPlace: boolean;
  /** A block was copied: a reader may rightly refuse a value the copy made ambiguous. */
  duplicated?: boolean;
  removedTexts: string[];
  addedTexts: string[];
  /** Hostile text put in new nodes/attributes (a subset of addedTexts; not duplicates). */
  injectedTexts?: string[];
  /** The last characters before the cut, for a truncated file. */
  cutTail?: string;
  /** The original page's text, squeezed (see specs above). */
  pageText?: string;
}

export interface Verdict {
  /** One line per silently wrong field (empty when the mutant passes). */
  failures: string[];
  /** Read as blocked/unsupported although the original was not. */
  rejected: boolean;
}

/** Missing these without an issue is a silent loss even on a damaged page. */
const REQUIRED = new Set(['product', 'product.id', 'product.title', 'product.price', 'results']);
/** Signs a hostile string may carry that make a reader see another currency. */
const CURRENCY_SIGN = /[$€£¥￥]/;
const leafOf = (path: string) => path.slice(path.lastIndexOf('.') + 1);
/**
 * Counts of elements shown (a review's photos, gallery images and videos, A+ modules and
 * their images, variation swatches, the rich block's text length): a removal or a copy
 * changes them rightly.
 */
const COUNTS = new Set(['photos', 'imageCount', 'videoCount', 'modules', 'textLength']);
const COUNT_PATHS = new Set(['product.variations.count']);
/** Listing parts that are lists of shown things, each with the page's wording. */
const PARTS_LISTS = new Set(['product.promotions', 'product.badges']);
const isCount = (path: string) => COUNTS.has(leafOf(path)) || COUNT_PATHS.has(path);
/** Strategies that take the id from the address, not from the page. */
const ADDRESS_IDS = new Set(['url', 'canonical', 'url-asin']);
/** Never explained by "part of the original text". */
const EXACT = new Set(['id', 'url', 'currency', 'date']);
/** A shorter part of a text is more likely a different text than the same one cut. */
const MIN_PART = 8;
/** True when a badge is shown; removing the badge rightly makes them false (FREE delivery, Prime on the offer too). */
const BADGES = new Set(['verified', 'sponsored', 'selfOperated', 'freeShipping', 'prime']);

export function judge(original: PageRead, mutant: PageRead, ex: Explanation): Verdict {
  const failures: string[] = [];
  const fail = (label: string, why: string) => failures.push(`${label}: ${why}`);
  if (mutant.marketplace !== original.marketplace) fail('marketplace', `${original.marketplace} → ${mutant.marketplace}`);
  if (mutant.url !== original.url) fail('url', 'changed');
  // Text written into existing nodes may be split by a reader's own parsing (a category
  // ladder splits on '>'); only injected nodes must arrive whole.
  if (!ex.inPlace) failures.push(...plainTextProblems(mutant, ex.addedTexts));
  if (mutant.pageKind !== original.pageKind) {
    if (mutant.pageKind === 'blocked' || mutant.pageKind === 'unsupported') return { failures, rejected: true };
    if (!mutant.issues.some((i) => i.severity !== 'missing-optional')) fail('pageKind', `${original.pageKind} → ${mutant.pageKind} without an issue`);
    return { failures, rejected: false };
  }
  if (ex.inPlace) return { failures, rejected: false };

  const c = new Comparer(mutant, ex, original.provenance ?? {}, original.product?.images ?? []);
  for (const key of ['locale', 'blockedReason', 'totalResults'] as const) {
    const why = c.value(original[key], mutant[key], key);
    if (why) fail(key, why);
  }
  const op = original.product as Record<string, unknown> | undefined;
  const mp = mutant.product as Record<string, unknown> | undefined;
  if (op && mp) {
    for (const key of new Set([...Object.keys(op), ...Object.keys(mp)])) {
      const why = c.value(op[key], mp[key], `product.${key}`);
      if (why) fail(`product.${key}`, why);
    }
  } else if (!c.named('product.id')) {
    // A product that is not read at all is reported through its required id.
    const why = c.value(op, mp, 'product');
    if (why) fail('product', why);
  }
  for (const key of ['results', 'reviews'] as const) {
    const o = original[key] ?? [];
    const m = mutant[key] ?? [];
    if (o.length > 0 && m.length === 0) {
      if (!c.named(key) && (key === 'results' || !(ex.lost || ex.truncated))) fail(key, `all ${o.length} gone without an issue`);
      continue;
    }
    const why = c.list(o, m, key);
    if (why) fail(key, why);
  }
  return { failures, rejected: false };
}

class Comparer {
  private readonly issueFields: string[];

  constructor(
    private readonly mutant: PageRead,
    private readonly ex: Explanation,
    private readonly originalProvenance: Record<string, string> = {},
    /** The original read's gallery (a fallback main image is one of them). */
    private readonly originalImages: readonly string[] = [],
  ) {
    this.issueFields = mutant.issues.map((i) => i.field.replace(/\.\d+(?=\.|$)/g, ''));
  }

  /** True when an issue names this field, a parent of it, or the whole page. */
  named(path: string): boolean {
    return this.issueFields.some((f) => f === 'page' || f === path || path.startsWith(`${f}.`));
  }

  /** True when an issue names this field or any field inside it (`results.title` for a dropped tile). */
  namedWithin(path: string): boolean {
    return this.named(path) || this.issueFields.some((f) => f.startsWith(`${path}.`));
  }

  /** Why `m` is a silently wrong stand-in for `o` at `path`, or undefined when it is fine. */
  value(o: unknown, m: unknown, path: string): string | undefined {
    if (isDeepStrictEqual(o, m) || this.named(path)) return undefined;
    const { lost, truncated, duplicated } = this.ex;
    if (m === undefined) {
      if (REQUIRED.has(path)) return `dropped without an issue (was ${short(o)})`;
      return lost || truncated || duplicated ? undefined : `dropped although nothing was removed (was ${short(o)})`;
    }
    if (o === undefined) {
      // A record key made of injected text (an injected <b> became a spec label).
      if (path.includes(MARKER)) return undefined;
      // A follow-up block that lost its class counts its photos with the review's.
      if (typeof m === 'number' && isCount(path) && (lost || duplicated)) return undefined;
      // A text that runs into the end of a cut file was built from the cut (an A+ block
      // whose closing markup is gone reads as a description ending in a half tag).
      if (typeof m === 'string' && this.ex.truncated && this.endsAtCut(m)) return undefined;
      if (typeof m === 'string' && (this.holdsAddedText(m) || this.ex.addedTexts.some((a) => squeeze(a).includes(squeeze(m))))) return undefined;
      return `appeared without an issue: ${short(m)}`;
    }
    if (leafOf(path) === 'currency' && (this.ex.injectedTexts ?? []).some((t) => CURRENCY_SIGN.test(t))) return undefined;
    if (typeof o === 'string' && typeof m === 'string') {
      return this.textExplained(o, m, path) ? undefined : `${short(o)} → ${short(m)}`;
    }
    if (this.fromCut(m) || this.fromInjected(m)) return undefined;
    if (path === 'results.price' && lost && isRecord(o) && typeof o.amount === 'number' && this.removedAmount(o.amount)) return undefined;
    const leaf = leafOf(path);
    if (o === true && m === false && lost && BADGES.has(leaf)) return undefined;
    if (typeof o === 'number' && typeof m === 'number' && duplicated && this.copiedDigits(o, m)) return undefined;
    if (typeof o === 'number' && typeof m === 'number' && isCount(path) && ((lost && m < o) || (duplicated && m > o))) return undefined;
    // The rich block's text length is a measure of text: any added, removed or cut text moves it.
    if (path === 'product.richContent.textLength' && (lost || this.ex.truncated || this.ex.addedTexts.length > 0)) return undefined;
    if (Array.isArray(o) && Array.isArray(m)) return this.list(o, m, path);
    if (isRecord(o) && isRecord(m)) {
      for (const key of new Set([...Object.keys(o), ...Object.keys(m)])) {
        const why = this.value(o[key], m[key], `${path}.${key}`);
        if (why) return `${key}: ${why}`;
      }
      return undefined;
    }
    return `${short(o)} → ${short(m)}`;
  }

  /** Every listed item must be one of the original's; original items may go only with removed content. */
  list(o: readonly unknown[], m: readonly unknown[], path: string): string | undefined {
    const strip = (x: unknown) => (path === 'results' && isRecord(x) ? { ...x, position: 0 } : x);
    const os = o.map(strip);
    const used = new Set<number>();
    const repeats = this.ex.addedTexts.length > 0;
    for (const [j, raw] of m.entries()) {
      const item = strip(raw);
      const free = (i: number) => repeats || !used.has(i);
      let at = os.findIndex((x, i) => !used.has(i) && isDeepStrictEqual(x, item));
      if (at < 0) at = os.findIndex((x, i) => free(i) && isDeepStrictEqual(x, item));
      // Then tolerated differences only (a title with a removed span), unused originals
      // first; results must keep their id.
      const close = (x: unknown) => (path !== 'results' || (isRecord(x) && isRecord(item) && x.id === item.id)) && !this.value(x, item, path);
      if (at < 0) at = os.findIndex((x, i) => !used.has(i) && close(x));
      if (at < 0) at = os.findIndex((x, i) => free(i) && close(x));
      if (at < 0 && this.cutItem(raw)) continue;
      // A promotion or badge a fallback read after its block went (JD's 赠品 row for the gone
      // promotion list): fine when the original page showed its words.
      if (at < 0 && PARTS_LISTS.has(path) && this.ex.lost && isRecord(item) && typeof item.text === 'string' && (this.ex.pageText ?? '').includes(squeeze(item.text))) continue;
      if (at < 0) {
        const sameId = isRecord(item) && item.id !== undefined ? os.find((x) => isRecord(x) && x.id === item.id) : undefined;
        return sameId !== undefined
          ? `item ${j} (id ${String((item as Record<string, unknown>).id)}) changed: ${this.value(sameId, item, path)}`
          : `item ${j} is not one of the original's: ${short(raw)}`;
      }
      used.add(at);
    }
    const missing = os.filter((_, i) => !used.has(i)).length;
    if (missing > 0 && !(this.ex.lost || this.ex.truncated || this.ex.duplicated || this.namedWithin(path))) return `${missing} of ${o.length} items dropped although nothing was removed`;
    return undefined;
  }

  private textExplained(o: string, m: string, path: string): boolean {
    const no = squeeze(o);
    const nm = squeeze(m);
    if (no === nm) return true;
    const { lost, pageText } = this.ex;
    const leaf = leafOf(path);
    if (path === 'product.images' && imageKey(no) === imageKey(nm)) return true;
    // The main image from a fallback (the first thumbnail instead of the zoom image): one of the original's gallery images.
    if (path === 'product.media.mainImage' && (lost || this.ex.truncated) && this.originalImages.some((i) => imageKey(i) === imageKey(nm) || i === nm)) return true;
    if (lost && no.replace(/\|/g, '') === nm.replace(/\|/g, '')) return true;
    if (lost && !EXACT.has(leaf) && nm.length >= MIN_PART && no.includes(nm)) return true;
    if (lost && path.startsWith('product.specs.') && pageText?.includes(nm)) return true;
    const fallback = this.mutant.provenance?.[path] !== undefined && this.mutant.provenance[path] !== this.originalProvenance[path];
    // Its opening is enough: a description joins several blocks, not one text of the page.
    if (lost && path === 'product.description' && fallback && pageText?.includes(nm.slice(0, 60))) return true;
    // A brand from another strategy: the same name, longer or shorter (`惠普（HP）` / `惠普`).
    if (lost && path === 'product.brand' && fallback && (no.includes(nm) || nm.includes(no))) return true;
    if (lost && path === 'product.id' && ADDRESS_IDS.has(this.mutant.provenance?.['product.id'] ?? '')) return true;
    if (this.ex.removedTexts.some((r) => withoutOnce(no, squeeze(r), nm))) return true;
    if (this.ex.addedTexts.some((a) => withoutOnce(nm, squeeze(a), no))) return true;
    // Part of a removed or copied block (a reader may skip the block's heading).
    const cut = onePiece(no, nm);
    if (cut && this.ex.removedTexts.some((r) => squeeze(r).includes(cut))) return true;
    const put = onePiece(nm, no);
    if (put && this.ex.addedTexts.some((a) => squeeze(a).includes(put))) return true;
    // A date line read from a wider element ("By Roger on January 29, 2016") still holds it.
    if (lost && leaf === 'dateText' && nm.includes(no)) return true;
    if (this.ex.truncated && nm.length > 0 && this.cutShort(no, nm)) return true;
    return this.fromCut(m) || this.fromInjected(m) || this.holdsAddedText(m);
  }

  /** A copy inside the element a number is read from repeats its digits (`397` → `397397`). */
  private copiedDigits(o: number, m: number): boolean {
    const [os, ms] = [String(o), String(m)];
    return this.ex.addedTexts.some((a) => {
      const digits = a.replace(/\D/g, '');
      return digits.length > 0 && ms.includes(digits) && ms.replace(digits, '') === os;
    });
  }

  /** True when a removed subtree showed this amount (digits only: `EUR 14,90` shows 14.9). */
  private removedAmount(amount: number): boolean {
    const digits = amount.toFixed(2).replace('.', '');
    return this.ex.removedTexts.some((t) => t.replace(/\D/g, '').includes(digits));
  }

  /** A string or number that occurs in injected hostile text came from the injection. */
  private fromInjected(m: unknown): boolean {
    if (typeof m !== 'string' && typeof m !== 'number') return false;
    const whole = squeeze(String(m));
    return whole.length > 0 && (this.ex.injectedTexts ?? []).some((t) => squeeze(t).includes(whole));
  }

  /**
   * The original text up to the cut, maybe followed by what happy-dom made of a tag cut in
   * half (`宝宝 class="s`): the rest after the common start must be in the cut's tail.
   */
  private cutShort(no: string, nm: string): boolean {
    let k = 0;
    while (k < no.length && k < nm.length && no[k] === nm[k]) k++;
    const rest = nm.slice(k);
    return k > 0 && (rest === '' || squeeze(this.ex.cutTail ?? '').includes(rest.slice(0, 40)) || this.endsAtCut(rest));
  }

  /** Ends with the file's last characters (20: a half tag may have lost its `<a ` in between). */
  private endsAtCut(m: string): boolean {
    const end = squeeze(m).slice(-20);
    return end.length > 0 && squeeze(this.ex.cutTail ?? '').includes(end);
  }

  /**
   * An item made from the cut's last bytes (a review block whose text is happy-dom's
   * rendering of a tag cut in half): every text it holds is in the cut's tail.
   */
  private cutItem(item: unknown): boolean {
    if (!this.ex.truncated || !isRecord(item)) return false;
    const texts = Object.entries(item).filter(([k, v]) => k !== 'id' && typeof v === 'string');
    return texts.length > 0 && texts.every(([, v]) => this.fromCut(v));
  }

  /**
   * A string that occurs right before the cut, or a number in the file's last tag or text
   * (a count cut in half, "14" → "1"; a half tag `<a href="/Dell-Inspiron-3583…` that
   * happy-dom keeps as text). Anywhere in the tail, a small number would match any digit.
   */
  private fromCut(m: unknown): boolean {
    if (!this.ex.cutTail || (typeof m !== 'string' && typeof m !== 'number')) return false;
    const tail = squeeze(this.ex.cutTail);
    if (typeof m === 'number') return tail.slice(tail.lastIndexOf('<') + 1).includes(String(m));
    const piece = squeeze(m).slice(0, 40);
    return piece.length > 0 && tail.includes(piece);
  }

  /** A string carrying injected text came from the injection, not from the original page. */
  private holdsAddedText(m: string): boolean {
    return m.includes(MARKER) && this.ex.addedTexts.some((a) => a.includes(MARKER));
  }
}

/**
 * Fields read as free text. Others are parsed from text (a sales-rank ladder splits at '>',
 * so `"><script>…LLMUT` beside "Botany" rightly gives the category "LLMUTBotany").
 */
const FREE_TEXT = /^\.?(product\.(title|brand|description|bullets)|results\.\d+\.title|reviews\.\d+\.(title|body|followUp))/;

/**
 * Injected strings that reach the read must arrive as the characters injected: markup
 * kept as text, not parsed, stripped or decoded. Checked on every string holding MARKER.
 */
export function plainTextProblems(read: PageRead, addedTexts: readonly string[]): string[] {
  const problems: string[] = [];
  const injected = addedTexts.filter((a) => a.includes(MARKER)).map(squeeze);
  // Whole (its start, markup included), or a piece of it (a reader may take part of a text).
  const whole = (s: string) => injected.some((a) => s.includes(a.slice(0, 24)) || a.includes(s));
  const visit = (v: unknown, path: string) => {
    if (typeof v === 'string') {
      if (v.includes(MARKER) && FREE_TEXT.test(path) && !whole(squeeze(v))) {
        problems.push(`${path}: injected text altered: ${short(v)}`);
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}.${i}`));
    else if (isRecord(v)) for (const [k, x] of Object.entries(v)) visit(x, path ? `${path}.${k}` : k);
  };
  visit({ product: read.product, results: read.results, reviews: read.reviews }, '');
  return problems.slice(0, 3);
}

/** The one contiguous piece `longer` has beyond `shorter` (same start and end), if that is the only difference. */
function onePiece(longer: string, shorter: string): string | undefined {
  if (longer.length <= shorter.length) return undefined;
  let k = 0;
  while (k < shorter.length && longer[k] === shorter[k]) k++;
  let j = 0;
  while (j < shorter.length - k && longer[longer.length - 1 - j] === shorter[shorter.length - 1 - j]) j++;
  return k + j === shorter.length ? longer.slice(k, longer.length - j) : undefined;
}

/** True when taking one occurrence of `part` out of `text` (any one) leaves `rest`. */
function withoutOnce(text: string, part: string, rest: string): boolean {
  if (!part || text.length !== rest.length + part.length) return false;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (text.slice(0, at) + text.slice(at + part.length) === rest) return true;
  }
  return false;
}

/**
 * An image address without its size suffix: a page's gallery data and its thumbnails name
 * one image as `…_M2.SS2` and `…_M2.SS2_50x50.jpg`; another strategy may read either.
 */
function imageKey(url: string): string {
  return url.replace(/_\d+x\d+(q\d+)?\.(jpe?g|png|webp)$/i, '');
}

/** Whitespace, NBSP, zero-width and bidi controls aside (readers collapse them). */
export function squeeze(s: string): string {
  return s.replace(/[\s\u00a0\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/g, '');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function short(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
