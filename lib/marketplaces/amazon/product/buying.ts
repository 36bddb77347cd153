import { isHidden, textOf, textWithout } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import {
  AVAILABILITY, AVAILABILITY_EXCLUDE, BREADCRUMB_BACK_LINK, BREADCRUMBS, LEGACY_AVAILABILITY, LEGACY_BUYING, MERCHANT_INFO, SELLER,
} from '../selectors/product';
import { firstScoped, scoped, visibleById } from './page';

/** Where the seller's name ends: "… and Fulfilled by", "… und Versand", or the sentence's full stop. */
const NAME_END = String.raw`(?=\s+(?:and|et|e|y|en|i|und)\s|\.(?:\s|$)|$)`;
/**
 * "Ships from and sold by Amazon.com." → Amazon.com, "Verkauf durch NITZ OVERSEAS und Versand
 * durch Amazon." → NITZ OVERSEAS, "Expédié et vendu par Weisser Berg." → Weisser Berg.
 */
const SOLD_BY: readonly RegExp[] = [
  new RegExp(String.raw`(?:sold by|vendu par|verkocht door|sprzedawany przez|säljs av)\s+(.+?)` + NAME_END, 'i'), // en fr nl pl sv
  new RegExp(String.raw`(?:vendido|enviado)(?:\s+y\s+(?:vendido|enviado))?\s+por\s+(.+?)` + NAME_END, 'i'), // es, pt
  new RegExp(String.raw`(?:venduto|spedito)(?:\s+e\s+(?:venduto|spedito))?\s+da\s+(.+?)` + NAME_END, 'i'), // it
  new RegExp(String.raw`Verkauf(?:\s+und\s+Versand)?\s+durch\s+(.+?)` + NAME_END, 'i'), // de
  /(.+?)\s*が販売/, // ja
];

export function sellerFromMerchantText(text: string): string | undefined {
  for (const re of SOLD_BY) {
    const name = re.exec(text)?.[1]?.trim();
    if (name) return name;
  }
  return undefined;
}

export function sellerStrategies(doc: Document, offer: () => Element | undefined): Strategy<string>[] {
  return [
    {
      name: 'seller-link',
      read: () => textOf(firstScoped(doc, SELLER, (el) => !isHidden(el) && textOf(el) !== '')) || undefined,
    },
    {
      name: 'merchant-info',
      read: () => {
        for (const id of MERCHANT_INFO) {
          const el = visibleById(doc, id);
          if (!el) continue;
          // The seller's name is a link to its profile; Amazon itself is plain text.
          const link = el.querySelector('a[href*="seller="]');
          const text = textOf(link) || sellerFromMerchantText(textWithout(el, 'script, style, .a-popover-preload'));
          if (text) return text;
        }
        return undefined;
      },
    },
    {
      // The chosen buy-box offer names its seller: "Sold by <a …seller=…>BestDealBooks2017</a>".
      name: 'offer-seller-link',
      read: () => {
        const block = offer();
        const link = block && Array.from(block.querySelectorAll('a[href*="seller="]')).find((a) => !isHidden(a, block));
        return textOf(link) || undefined;
      },
    },
    {
      // e.g. 2010: <div class="buying">In Stock. Ships from and sold by Amazon.com.</div>
      name: 'legacy-buying',
      read: () => {
        for (const el of scoped(doc, LEGACY_BUYING)) {
          const name = sellerFromMerchantText(textWithout(el, 'script, style'));
          if (name) return name;
        }
        return undefined;
      },
    },
  ];
}

export function availabilityStrategies(doc: Document): Strategy<string>[] {
  return [
    {
      name: 'availability',
      read: () => {
        for (const id of AVAILABILITY) {
          const el = visibleById(doc, id);
          if (!el) continue;
          // #outOfStock: the headline and its sentence, not the wish-list buttons below.
          const scope = id === 'outOfStock' ? el.querySelector('.a-section') ?? el : el;
          const text = textWithout(scope, `${AVAILABILITY_EXCLUDE}, div, .a-declarative`) || textWithout(scope, AVAILABILITY_EXCLUDE);
          if (text) return text.slice(0, 2000);
        }
        return undefined;
      },
    },
    {
      name: 'legacy-availability',
      read: () => textOf(scoped(doc, LEGACY_AVAILABILITY).find((el) => !isHidden(el))) || undefined,
    },
  ];
}

export function categoryStrategies(doc: Document): Strategy<string[]>[] {
  return [
    {
      name: 'breadcrumbs',
      read: () => {
        for (const items of BREADCRUMBS) {
          const names = scoped(doc, items)
            // "‹ Back to results" is a back link, not a category.
            .filter((li) => !li.classList.contains('a-breadcrumb-divider') && li.querySelector('a') && !li.querySelector(BREADCRUMB_BACK_LINK))
            .map((li) => textOf(li))
            .filter((t) => t !== '');
          if (names.length) return names.slice(0, 30);
        }
        return undefined;
      },
    },
  ];
}
