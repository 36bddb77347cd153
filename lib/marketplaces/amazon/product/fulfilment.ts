/**
 * Who ships an Amazon offer, from the merchant sentence of 2010–2019 buy boxes:
 * "Ships from and sold by Amazon.com." (Amazon), "Sold by uxcell and Fulfilled by Amazon."
 * (FBA: Amazon ships), "Verkauf durch NITZ OVERSEAS und Versand durch Amazon." (FBA),
 * "Ships from and sold by Castle Road." (the seller ships).
 */

/** Amazon itself or one of its stores ("Amazon.com", "Amazon.co.uk", "Amazon US", "Amazon EU S.a.r.L."). */
export function isAmazon(name: string): boolean {
  return /^amazon(?:\.[a-z.]+)?(?:\s+(?:US|EU|UK|Export|Global|Retail)\b.*)?\.?$/i.test(name.trim());
}

/** Where the shipper's name ends: "… and sold by", "… und", a full stop or the end. */
const END = String.raw`(?=\s+(?:and|et|e|y|und|i)\s|\.(?:\s|$)|$)`;

/** Sentences naming the shipper (and maybe the seller), by locale; group 1 is the shipper. */
const SHIPPER: readonly RegExp[] = [
  // "Ships from and sold by X", "Dispatched from and sold by X"
  new RegExp(String.raw`(?:ships|dispatched) from and sold by\s+(.+?)` + END, 'i'),
  new RegExp(String.raw`(?:fulfil+ed|ships|dispatched) (?:by|from)\s+(.+?)` + END, 'i'), // en
  new RegExp(String.raw`Versand durch\s+(.+?)` + END, 'i'), // de ("Verkauf und Versand durch X")
  new RegExp(String.raw`exp[ée]di[ée](?: et vendu)? par\s+(.+?)` + END, 'i'), // fr
  new RegExp(String.raw`(?:enviado|vendido y enviado) por\s+(.+?)` + END, 'i'), // es
  new RegExp(String.raw`spedito da\s+(.+?)` + END, 'i'), // it
];

/** The shipper as `marketplace` / `seller` with the sentence it was read from. */
export function fulfilmentFromMerchantText(raw: string): { by: 'marketplace' | 'seller'; text: string } | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  for (const re of SHIPPER) {
    const m = re.exec(text);
    const name = m?.[1]?.trim();
    if (!m || !name) continue;
    // The sentence, up to the shipper's name: "Sold by uxcell and Fulfilled by Amazon".
    const sentence = text.slice(0, m.index + m[0].length).replace(/^.*?(?:In Stock\.|Auf Lager\.|En stock\.)\s*/i, '');
    return { by: isAmazon(name) ? 'marketplace' : 'seller', text: sentence };
  }
  return undefined;
}
