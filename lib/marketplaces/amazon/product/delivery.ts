import type { Delivery } from '../../../schema';
import { collapse, isHidden, textOf } from '../../shared/dom';
import type { FieldReader } from '../../shared/field-reader';
import {
  DELIVERY_BLOCK, DELIVERY_PRIMARY, FULFILLER, FULFILLER_LABEL, FULFILLER_TEXT, LEGACY_DELIVERY, PRIME_ICON, PRIME_ROOTS, SHIPPING_LINE,
} from '../selectors/listing';
import { LEGACY_BUYING, MERCHANT_INFO } from '../selectors/product';
import { fulfilmentFromMerchantText, isAmazon } from './fulfilment';
import { firstScoped, scoped, visibleById, visibleText } from './page';

/** "Details" links after a delivery line, in each locale. */
const TRAILING_DETAILS = /\s*(?:Delivery Details|See details|Details|Siehe Details|En savoir plus|D[ée]tails|Detalles|Dettagli|Learn more)\.?$/i;
/** Notices that the item cannot be delivered to the visitor's address: no promise. */
const UNDELIVERABLE = /kann nicht .*geliefert|kein verk[äa]ufer liefert|aucun vendeur ne peut|ne peut pas [êe]tre exp[ée]di|cannot be (?:shipped|dispatched|delivered)|does not ship to|no se puede enviar/i;
const FREE = /\bFREE\b|\bGRATIS\b|GRATUITE?|\bgratuit\b|kostenlos|\bgratis\b|env[ií]o gratis/i;
/** "£3.99 delivery", "$5.99 shipping", "Livraison à partir de EUR 0,01": a delivery that costs money. */
const PAID = /^\s*\+?\s*(?:[$£€¥₹]|AED|EUR|CDN\$)\s?\d[\d.,]*\s+(?:delivery|shipping|Lieferung|livraison)|(?:livraison|lieferung|delivery|shipping)\s+(?:à partir de|ab|from)\s+(?:[$£€]|EUR|CDN\$)\s?\d/i;

/**
 * The offer's delivery: the promise as shown, whether it is free, who ships (Amazon or the
 * seller) and the Prime badge. Absent when the page shows none of them (unqualified buy
 * boxes, Kindle books, pages saved without a buy box).
 */
export function readDelivery(doc: Document, r: FieldReader): Delivery | undefined {
  const d: Delivery = {};
  const tried: string[] = [];
  const promise = readPromise(doc);
  if (promise) {
    d.promise = promise.text;
    tried.push(promise.from);
    if (PAID.test(promise.text)) d.freeShipping = false;
    else if (FREE.test(promise.text)) d.freeShipping = true;
  }
  if (d.freeShipping === undefined) {
    const line = firstScoped(doc, SHIPPING_LINE, (el) => !isHidden(el) && textOf(el) !== '');
    const text = line ? visibleText(line) : '';
    if (PAID.test(text)) d.freeShipping = false;
    else if (FREE.test(text)) d.freeShipping = true;
  }
  const who = readFulfilment(doc);
  if (who) {
    d.fulfilledBy = who.by;
    d.fulfilmentText = who.text.slice(0, 2000);
    tried.push(who.from);
  }
  const prime = PRIME_ROOTS.some((id) => {
    const root = visibleById(doc, id);
    return root && Array.from(root.querySelectorAll(PRIME_ICON)).some((i) => !isHidden(i, root));
  });
  // Only ever true: a saved page without the badge does not prove the offer is not Prime.
  if (prime) d.prime = true;
  if (!Object.keys(d).length) return undefined;
  r.provenance['product.delivery'] = tried.join('+') || 'shipping-line';
  return d;
}

function readPromise(doc: Document): { text: string; from: string } | undefined {
  for (const id of DELIVERY_BLOCK) {
    const block = visibleById(doc, id);
    const slot = block && Array.from(block.querySelectorAll(DELIVERY_PRIMARY)).find((el) => !isHidden(el, block));
    const text = slot ? cleanPromise(visibleText(slot)) : '';
    // e.g. 2021+: "FREE delivery Sunday, 2 February on your first order"
    if (text) return { text, from: 'delivery-block' };
  }
  for (const id of LEGACY_DELIVERY) {
    const el = visibleById(doc, id);
    const text = el ? cleanPromise(visibleText(el)) : '';
    // e.g. 2016–19: "Want it Tuesday, April 17? Choose One-Day Shipping at checkout."
    if (text && !UNDELIVERABLE.test(text)) return { text, from: id };
  }
  return undefined;
}

function cleanPromise(text: string): string {
  // "… at checkout. Details" → "… at checkout": neither the link nor the full stop is the promise.
  return collapse(text.replace(TRAILING_DETAILS, '')).replace(/\.$/, '').slice(0, 2000);
}

function readFulfilment(doc: Document): { by: 'marketplace' | 'seller'; text: string; from: string } | undefined {
  const row = visibleById(doc, FULFILLER);
  const value = row && Array.from(row.querySelectorAll(FULFILLER_TEXT)).find((el) => !isHidden(el, row) && textOf(el));
  if (row && value) {
    // e.g. 2023+: "Ships from | Amazon", "Fulfilled by | Amazon", "Ships from | EGKStore"
    const name = textOf(value);
    const label = textOf(row.querySelector(FULFILLER_LABEL));
    return { by: isAmazon(name) ? 'marketplace' : 'seller', text: collapse(`${label} ${name}`), from: 'fulfiller-row' };
  }
  for (const id of MERCHANT_INFO) {
    const el = visibleById(doc, id);
    const found = el && fulfilmentFromMerchantText(visibleText(el));
    if (found) return { ...found, from: 'merchant-info' };
  }
  for (const el of scoped(doc, LEGACY_BUYING)) {
    // e.g. 2010: <div class="buying">In Stock. Ships from and sold by Amazon.com.</div>
    const found = !isHidden(el) && fulfilmentFromMerchantText(textOf(el));
    if (found) return { ...found, from: 'legacy-buying' };
  }
  return undefined;
}
