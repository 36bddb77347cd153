import type { Marketplace } from '../../lib/schema';

/**
 * The address of one review on its marketplace, so a quote can be checked in context.
 * Only Amazon gives every review a page of its own (`/gp/customer-reviews/<id>`); the id
 * comes from the page, so it must look like one (R + capitals and digits) before it goes
 * into a link, and the host is the page's own Amazon host. Elsewhere: no link.
 */
export function reviewUrl(marketplace: Marketplace, pageUrl: string, reviewId: string | undefined): string | undefined {
  if (marketplace !== 'amazon' || !reviewId || !/^R[A-Z0-9]{6,20}$/.test(reviewId)) return undefined;
  let host: string;
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    return undefined;
  }
  if (!/^(www\.)?amazon\.[a-z.]{2,12}$/.test(host)) return undefined;
  return `https://${host}/gp/customer-reviews/${reviewId}`;
}
