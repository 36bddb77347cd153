import type { Badge, Product, Promotion } from '../../schema';

/**
 * The identity of a promotion or badge over time (issue #10): its kind and its wording,
 * normalised. One notion shared by the fingerprint (lib/db/fingerprint.ts), the "what
 * changed" diff (diff-reads.ts) and the promotion history (promotions.ts), so a new snapshot,
 * a diff line and a span boundary all mean the same thing.
 *
 * Deliberately not part of the identity: the countdown (endsInSeconds, endsText, endsAt) —
 * it changes on every visit while the deal is the same deal — and the amounts parsed out of
 * the text (percentOff, amountOff, threshold), which the wording already carries.
 */

/**
 * NFKC (full-width ￥２０ and ¥20 are one text), whitespace collapsed, case folded: a
 * re-render that only changes spacing or capitals ("Save 5%" / "SAVE 5%") is the same offer.
 */
export function normalisePromoText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** `coupon|save 5% with coupon`: the key spans and sets are keyed by. */
export function promoKey(item: Pick<Promotion | Badge, 'kind' | 'text'>): string {
  return `${item.kind}|${normalisePromoText(item.text)}`;
}

/**
 * The product's distinct promotion and badge keys, sorted; undefined when it shows none, so
 * a read without them fingerprints exactly as it did before promotions were read at all.
 */
export function promoKeySet(items: readonly Pick<Promotion | Badge, 'kind' | 'text'>[] | undefined): string[] | undefined {
  const keys = [...new Set((items ?? []).map(promoKey))].sort();
  return keys.length > 0 ? keys : undefined;
}

/** The product's promotions and badges by key (first occurrence of each key wins). */
export function promoMaps(p: Partial<Product>): { promotions: Map<string, Promotion>; badges: Map<string, Badge> } {
  const byKey = <T extends Pick<Promotion | Badge, 'kind' | 'text'>>(items: readonly T[] | undefined) => {
    const out = new Map<string, T>();
    for (const item of items ?? []) if (!out.has(promoKey(item))) out.set(promoKey(item), item);
    return out;
  };
  return { promotions: byKey(p.promotions), badges: byKey(p.badges) };
}
