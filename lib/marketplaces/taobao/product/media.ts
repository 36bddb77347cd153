import { textOf } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { arr, at, obj, str } from '../data/values';
import { allIn } from '../dom/scoped';
import { classicHidden } from '../dom/visibility';
import type { TaobaoPageContext } from '../page-context';
import { fullSizeImage, uniqueImages } from '../parse/images';
import { MODERN_IDS, NAMES, TAOBAO_CLASSIC } from '../selectors/product';

/** Gallery pictures at full size (resize suffixes dropped), in gallery order. */
export function imageStrategies(doc: Document, ctx: TaobaoPageContext): Strategy<string[]>[] {
  const full = (urls: Array<string | undefined>) => nonEmpty(uniqueImages(urls.map((u) => fullSizeImage(u, ctx.url))));
  return [
    { name: 'ice-item-images', read: () => full(arr(at(ctx.ice(), 'item', 'images')).map(str)) },
    { name: 'g-config-images', read: () => full(ctx.classic()?.images ?? []) },
    {
      // Tmall classic: propertyPics.default = "//img…jpg,//img…jpg"
      name: 'tshop-property-pics',
      read: () => full((str(at(ctx.tshop(), 'propertyPics', 'default')) ?? '').split(',')),
    },
    // e.g. <ul id="J_UlThumb"><li><a><img data-src="//gd4.alicdn.com/…jpg_50x50.jpg"></a></li></ul>
    { name: 'classic-thumbs', read: () => full(imgSources(allIn(doc, TAOBAO_CLASSIC.thumbs))) },
    {
      // e.g. <div id="picGalleryEle"> … <img class="…--thumbnailPic--…" src="…_q50.jpg_.webp">
      name: 'pic-gallery',
      read: () => {
        const root = doc.getElementById(MODERN_IDS.gallery) ?? ctx.classes().first(NAMES.gallery);
        const thumbs = NAMES.thumbnail.flatMap((n) => ctx.classes().all(n)).filter((el) => !root || root.contains(el));
        const imgs = thumbs.flatMap((t) => (t.tagName === 'IMG' ? [t] : Array.from(t.querySelectorAll('img'))));
        return full(imgSources(imgs.length ? imgs : Array.from(root?.querySelectorAll('img') ?? [])));
      },
    },
  ];
}

/** Stock wording as shown (有货, 库存紧张, 已下架); absent when the page says nothing. */
export function availabilityStrategies(doc: Document, ctx: TaobaoPageContext): Strategy<string>[] {
  return [
    { name: 'quantity-tip', read: () => textOf(ctx.classes().first(NAMES.quantityTip)) || undefined },
    {
      name: 'ice-sku-quantity',
      read: () => str(obj(at(ctx.ice(), 'skuCore', 'sku2info', '0'))?.quantityText),
    },
    {
      // e.g. <em>(库存<span id="J_SpanStock">99</span>件)</em> · <em id="J_EmStock">库存7949件</em>
      name: 'classic-stock',
      read: () => {
        for (const id of TAOBAO_CLASSIC.stock) {
          const el = doc.getElementById(id);
          if (!el || classicHidden(el)) continue;
          const text = textOf(/\D/.test(textOf(el)) ? el : el.parentElement).replace(/^[(（]|[)）]$/g, '');
          if (/\d/.test(text)) return text;
        }
        return undefined;
      },
    },
    {
      name: 'classic-off-sale',
      read: () => (doc.getElementById('J_detail-off-sale') || doc.getElementById('J_OffSale') ? '已下架' : undefined),
    },
  ];
}

function imgSources(imgs: ArrayLike<Element>): string[] {
  return Array.from(imgs)
    .map((img) => img.getAttribute('data-src') || img.getAttribute('data-ks-lazyload') || img.getAttribute('src') || '')
    .filter(Boolean);
}

function nonEmpty(list: string[]): string[] | undefined {
  return list.length ? list : undefined;
}
