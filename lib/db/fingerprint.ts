import { imageKey } from '../analyses/history/image-key';
import { promoKeySet } from '../analyses/history/promotion-key';
import type { Money, PageRead, Product, SearchResult } from '../schema';

/**
 * What makes two reads of a product "the same state": the fields a seller watches on a
 * competitor, compared as lib/analyses/history/diff-reads.ts compares them (capture.ts
 * asks that diff whether anything changed; this fingerprint is the same notion as a hash,
 * the identity the import deduplicates by — tests/db/capture.test.ts checks they agree).
 * Read time, URL, locale, issues, provenance, description and the page's reviews are not
 * part of it. Texts compare trimmed; bullets in order; images by imageKey (a re-sized
 * thumbnail is the same image) in order of first appearance; specs and sales ranks as
 * name → value sets; sales volume by its numbers, not its wording.
 * Promotions and badges (issue #10) count as sets of kind + normalised text (promotion-key.ts),
 * so a deal starting or ending is a new snapshot (活动复盘), while its countdown is not. They
 * join the object only when the product shows some: canonicalJson drops undefined members,
 * so a read without them hashes exactly as before they existed and no stored hash moved
 * (tests/db/fingerprint-compat.test.ts checks the frozen fixtures).
 * Not meaningful, on purpose: media and rich-content counts (lazy-loaded galleries and A+
 * blocks count differently on re-reads of the same listing; `images` already follows the
 * gallery), variations, question count and delivery (the promise moves with the date and
 * the visitor's address): each would add snapshots an operator has nothing to review in.
 * Changing this changes every stored hash: it needs a schema step that rehashes.
 */
export function meaningfulFields(product: Product): unknown {
  const p = product;
  const text = (s: string | undefined) => s?.trim() || undefined;
  const money = (m: Money | undefined) => m && [m.amount, m.currency];
  return {
    price: money(p.price),
    priceRange: p.priceRange && [p.priceRange.min.amount, p.priceRange.max.amount, p.priceRange.min.currency],
    listPrice: money(p.listPrice),
    couponPrice: money(p.couponPrice),
    coupons: [...new Set((p.coupons ?? []).map((c) => c.text))].sort(),
    rating: p.rating,
    reviewCount: p.reviewCount,
    salesRanks: Object.fromEntries((p.salesRanks ?? []).map((r) => [r.category, r.rank])),
    salesVolume: p.salesVolume && [p.salesVolume.min, p.salesVolume.max ?? null],
    availability: text(p.availability),
    seller: text(p.seller),
    title: text(p.title),
    bullets: (p.bullets ?? []).map((b) => b.trim()),
    images: [...new Set((p.images ?? []).map(imageKey))],
    specs: Object.fromEntries(Object.entries(p.specs ?? {}).map(([k, v]) => [k, v.trim()])),
    promotions: promoKeySet(p.promotions),
    badges: promoKeySet(p.badges),
  };
}

/** The fingerprint of a product read's meaningful fields (28 hex digits). */
export function productHash(read: PageRead): string {
  return hashText(canonicalJson(read.product ? meaningfulFields(read.product) : null));
}

/** The fingerprint of a result list: each tile's id, position, sponsored flag, price, rating, reviews, sales. */
export function resultsHash(results: readonly SearchResult[]): string {
  return hashText(
    canonicalJson(results.map((r) => [r.position, r.id, r.sponsored, r.price, r.rating, r.reviewCount, r.salesVolume?.text, r.title])),
  );
}

/**
 * JSON with object keys sorted and undefined members left out, so two objects with the
 * same content give the same text whatever order their keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (record[key] === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Two independent 53-bit cyrb53 hashes (106 bits): synchronous, because a hash computed
 * inside a Dexie transaction must not await anything but Dexie (crypto.subtle would let the
 * transaction commit early). Not a security boundary: the import recomputes every hash.
 */
export function hashText(text: string): string {
  return hex(cyrb53(text, 0x9e3779b9)) + hex(cyrb53(text, 0x85ebca6b));
}

function hex(n: number): string {
  return n.toString(16).padStart(14, '0');
}

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
