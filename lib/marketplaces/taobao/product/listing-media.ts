import type { Media, RichContent } from '../../../schema';
import { textOf } from '../../shared/dom';
import { arr, at } from '../data/values';
import { allIn } from '../dom/scoped';
import { classicHidden } from '../dom/visibility';
import type { TaobaoPageContext } from '../page-context';
import { fullSizeImage } from '../parse/images';
import { MODERN_IDS, NAMES } from '../selectors/product';
import { DESC_ROOT, LISTING_CLASSIC, LISTING_NAMES } from '../selectors/listing';

/** Text shorter than this in 详情 is captions or template filler ("模板保护代码"), not a written detail. */
const MIN_DETAIL_TEXT = 200;
const MAX_NODES = 5_000;

/**
 * The gallery: thumbnails shown (video entries not counted), 主图视频 entries, and the main
 * picture at full size (`images[0]`, already stripped of its resize suffix). The embedded
 * `item.images` list counts when the page renders no strip.
 */
export function readMedia(doc: Document, ctx: TaobaoPageContext, images: readonly string[] | undefined): Media | undefined {
  const idx = ctx.classes();
  const gallery = doc.getElementById(MODERN_IDS.gallery) ?? idx.first(NAMES.gallery);
  const inGallery = (el: Element) => !gallery || gallery.contains(el);
  const videos = [
    ...LISTING_CLASSIC.videos.flatMap((s) => allIn(doc, s)),
    ...LISTING_NAMES.video.flatMap((n) => idx.all(n)).filter(inGallery),
  ].filter((v, _, all) => !classicHidden(v) && !all.some((o) => o !== v && o.contains(v)));
  // A video's poster is not a gallery picture, nor a spacer (`tps-2-2.gif`) awaiting its lazy picture.
  const isPicture = (el: Element) => !videos.some((v) => v.contains(el)) && !!pictureOf(el, ctx.url);
  const classic = allIn(doc, LISTING_CLASSIC.thumbs).filter(isPicture);
  const modern = NAMES.thumbnail.flatMap((n) => idx.all(n)).filter((el) => inGallery(el) && isPicture(el));
  const count = classic.length || modern.length || arr(at(ctx.ice(), 'item', 'images')).length;
  const out: Media = {};
  if (count) out.imageCount = count;
  if (videos.length) out.videoCount = videos.length;
  if (images?.[0]) out.mainImage = images[0];
  return Object.keys(out).length ? out : undefined;
}

function pictureOf(el: Element, base: URL): string | undefined {
  const img = el.tagName === 'IMG' ? el : el.querySelector('img');
  return img ? fullSizeImage(img.getAttribute('data-src') || img.getAttribute('data-ks-lazyload') || img.getAttribute('src'), base) : undefined;
}

/**
 * 宝贝详情 images (and text when there is enough to be a written detail). The description is
 * fetched after load (descUrl / getdesc) and lazy: an empty block means not shown, not zero.
 */
export function readRichContent(doc: Document, ctx: TaobaoPageContext): RichContent | undefined {
  const blocks = [
    ...[doc.getElementById(LISTING_CLASSIC.detailId)].filter((el): el is HTMLElement => !!el),
    ...LISTING_CLASSIC.detail.flatMap((s) => allIn(doc, s)),
    ...Array.from(doc.querySelectorAll(DESC_ROOT)),
    ...LISTING_NAMES.detail.flatMap((n) => ctx.classes().roots(n)),
  ];
  const block = blocks.find((el) => detailImages(el) > 0 || textOf(el).length >= MIN_DETAIL_TEXT);
  if (!block) return undefined;
  const images = detailImages(block);
  const text = textOf(block).length;
  const kinds: RichContent['kinds'] = [];
  if (images) kinds.push('detail-images');
  if (text >= MIN_DETAIL_TEXT) kinds.push('detail-text');
  return { kinds, ...(images ? { imageCount: images } : {}), textLength: text };
}

/** Pictures in the block: lazy `data-ks-lazyload` / `data-src` count; spacer placeholders alone do not. */
function detailImages(block: Element): number {
  let n = 0;
  for (const img of Array.from(block.querySelectorAll('img')).slice(0, MAX_NODES)) {
    const src = img.getAttribute('data-ks-lazyload') || img.getAttribute('data-src') || img.getAttribute('src') || '';
    if (src && !/^data:|spaceball|\/s\.gif$|tps-\d-\d\./i.test(src)) n++;
  }
  return n;
}
