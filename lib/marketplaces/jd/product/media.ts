import type { Media, RichContent } from '../../../schema';
import { textOf } from '../../shared/dom';
import { shown } from '../dom';
import type { JdPage } from '../page';
import { stringField } from '../page-state';
import { DETAIL, GALLERY_THUMBS, GALLERY_VIDEOS, MAIN_IMAGE } from '../selectors/listing';
import { absoluteImage } from './images';

/** Text shorter than this in a 详情 block is captions or template filler, not a written detail. */
const MIN_DETAIL_TEXT = 200;
const MAX_NODES = 5_000;

/**
 * The gallery as shown: thumbnails counted (video entries not), 主图视频 counted from the
 * gallery or `pageConfig.product.videoPath`, the hero image's largest URL (`jqimg` = n0).
 * Undefined when the page shows no gallery at all.
 */
export function readMedia(page: JdPage, images: readonly string[] | undefined): Media | undefined {
  const idx = page.index();
  const videos = GALLERY_VIDEOS.flatMap((a) => idx.query(a)).filter((v) => shown(v));
  const thumbs = GALLERY_THUMBS.map((a) => idx.query(a).filter((img) => !videos.some((v) => v.contains(img))))
    .find((list) => list.length > 0) ?? [];
  const out: Media = {};
  // A lazy thumbnail shows blank.gif until scrolled to: its picture is in data-url / data-src.
  const pictures = new Set(thumbs.map((t) => absoluteImage(t.getAttribute('data-url'), page.url)
    ?? absoluteImage(t.getAttribute('data-src') ?? t.getAttribute('data-lazy-img'), page.url)
    ?? absoluteImage(t.getAttribute('src'), page.url)).filter(Boolean));
  if (pictures.size) out.imageCount = pictures.size;
  // 2013–20 pages name the main video's path in page state; '' means none.
  const videoCount = videos.length || (stringField(page.config(), 'videoPath') ? 1 : 0);
  if (videoCount) out.videoCount = videoCount;
  const main = mainImage(page) ?? images?.[0];
  if (main) out.mainImage = main;
  return Object.keys(out).length ? out : undefined;
}

function mainImage(page: JdPage): string | undefined {
  for (const { anchor, attrs } of MAIN_IMAGE) {
    const el = page.index().query(anchor)[0];
    for (const attr of attrs) {
      const url = absoluteImage(el?.getAttribute(attr), page.url);
      if (url) return url;
    }
  }
  return undefined;
}

/**
 * 商品介绍 images (and text, when there is enough of it to be a written detail). The detail is
 * fetched on scroll on live pages: an empty block is "not shown", never zero images.
 */
export function readRichContent(page: JdPage): RichContent | undefined {
  const block = DETAIL.flatMap((a) => page.index().query(a)).find((el) => detailImages(el) > 0 || textOf(el).length >= MIN_DETAIL_TEXT);
  if (!block) return undefined;
  const images = detailImages(block);
  const text = textOf(block).length;
  const kinds: RichContent['kinds'] = [];
  if (images) kinds.push('detail-images');
  if (text >= MIN_DETAIL_TEXT) kinds.push('detail-text');
  const out: RichContent = { kinds };
  if (images) out.imageCount = images;
  out.textLength = text;
  return out;
}

/** `<img>` elements with a real picture (lazy `data-lazyload` counts), plus CSS background long images. */
function detailImages(block: Element): number {
  let n = 0;
  for (const el of Array.from(block.querySelectorAll('img, [style*="background"]')).slice(0, MAX_NODES)) {
    if (el.tagName === 'IMG') {
      const src = el.getAttribute('data-lazyload') ?? el.getAttribute('data-src') ?? el.getAttribute('src');
      if (src && !/blank\.gif|^data:/i.test(src)) n++;
    } else if (/url\(/i.test(el.getAttribute('style') ?? '')) n++;
  }
  return n;
}
