import { productKey, type PageRead, type ProductKey } from '../schema';
import { productHash } from './fingerprint';
import { SNAPSHOT_KINDS, type LatestReadRow, type ProductSummary, type SnapshotKind, type SnapshotRow } from './schema';

/**
 * Pure builders of v3 rows from a validated read, shared by capture, tracking, the v2→v3
 * upgrade and the import, so every path writes the same shape.
 */

/** The product a read is about (product and review pages with an id), else undefined. */
export function productOfRead(read: PageRead): { key: ProductKey; kind: SnapshotKind; productId: string } | undefined {
  const kind = SNAPSHOT_KINDS.find((k) => k === read.pageKind);
  const productId = read.product?.id;
  if (!kind || !productId) return undefined;
  return { key: productKey(read.marketplace, productId), kind, productId };
}

/** The numbers the product list shows, from a product-page read. */
export function summaryOf(read: PageRead): ProductSummary {
  const p = read.product;
  return strip({
    readAt: read.readAt,
    price: p?.price,
    priceRange: p?.priceRange,
    listPrice: p?.listPrice,
    couponPrice: p?.couponPrice,
    rating: p?.rating,
    reviewCount: p?.reviewCount,
    salesVolume: p?.salesVolume,
    availability: p?.availability,
    image: p?.images?.[0],
  });
}

/** A read as history keeps it: without the page's reviews and results (latestReads has them). */
export function historyRead(read: PageRead): PageRead {
  const { reviews: _reviews, results: _results, ...rest } = read;
  return rest;
}

/** The snapshot row for a product read (without id). */
export function snapshotRowOf(read: PageRead, tabId: number | undefined): Omit<SnapshotRow, 'id'> | undefined {
  const of = productOfRead(read);
  if (!of) return undefined;
  const readAtMs = Date.parse(read.readAt);
  return strip({
    productKey: of.key,
    marketplace: read.marketplace,
    productId: of.productId,
    pageKind: of.kind,
    url: read.url,
    readAt: read.readAt,
    readAtMs,
    lastSeenMs: readAtMs,
    tabId,
    hash: productHash(read),
    read: historyRead(read),
  });
}

/** The latest-read row for a product read. */
export function latestReadRowOf(read: PageRead, tabId: number | undefined): LatestReadRow | undefined {
  const of = productOfRead(read);
  if (!of) return undefined;
  return strip({
    productKey: of.key,
    pageKind: of.kind,
    marketplace: read.marketplace,
    productId: of.productId,
    url: read.url,
    readAt: read.readAt,
    readAtMs: Date.parse(read.readAt),
    tabId,
    read,
  });
}

/** Drops undefined members (IndexedDB would store them as present-but-undefined). */
export function strip<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as (keyof T)[]) if (out[key] === undefined) delete out[key];
  return out;
}
