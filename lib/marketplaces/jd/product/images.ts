import { absoluteUrl } from '../../shared/dom';
import type { JdPage } from '../page';
import type { JsObject } from '../page-state';
import { GALLERY_VIDEOS } from '../selectors/listing';

const MAX_IMAGES = 50;
/** Where JD serves a jfs / g-path image; `n1` is the 350–450 px product size. */
const IMAGE_HOST = 'https://img10.360buyimg.com/n1/';

/**
 * An image URL made absolute: `//img10.360buyimg.com/…` and `http://…` as given; a bare
 * storage path (`jfs/t1/…/x.jpg`, 2013 `g14/M07/…/x.jpg`, as in `pageConfig.product.src`
 * / `imageList` and `data-url`) on JD's image host. Placeholders (blank.gif) are dropped.
 */
export function absoluteImage(src: string | null | undefined, base: URL): string | undefined {
  const s = src?.trim();
  if (!s || /blank\.gif|^data:/i.test(s)) return undefined;
  if (/^(jfs|g\d+)\//.test(s)) return IMAGE_HOST + s;
  const url = absoluteUrl(s, base);
  return url?.replace(/^http:\/\/(img\d*\.360buyimg\.com)/, 'https://$1');
}

/** `pageConfig.product.imageList` (2016–25; gone since 2026, J5), or its one main `src`. */
export function imagesFromConfig(config: JsObject | undefined, base: URL, key: 'imageList' | 'src'): string[] | undefined {
  const v = config?.[key];
  const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return unique(list.map((s) => (typeof s === 'string' ? absoluteImage(s, base) : undefined)));
}

/** Gallery thumbnails: `data-url` holds the storage path, `src` a 50 px thumbnail. */
export function imagesFromGallery(page: JdPage): string[] | undefined {
  const { doc, url: base } = page;
  const thumbs = Array.from(doc.getElementById('spec-list')?.querySelectorAll('img') ?? []);
  const fromList = unique(thumbs.map((img) => absoluteImage(img.getAttribute('data-url'), base)
    ?? absoluteImage(img.getAttribute('src') ?? img.getAttribute('data-lazy-img'), base)));
  if (fromList) return fromList;
  // 2025–26: hashed `_gallery_…` module (J5); the hidden `#zbViewWeChatMiniImages` list (J15).
  // A 主图视频 entry's poster is not a gallery picture (GALLERY_VIDEOS).
  const videos = GALLERY_VIDEOS.flatMap((a) => page.index().query(a));
  const gallery = page.index().query({ fragment: 'gallery', find: 'img' })
    .filter((img) => !videos.some((v) => v.contains(img)))
    .map((img) => absoluteImage(img.getAttribute('data-src') ?? img.getAttribute('src'), base));
  const hidden = (doc.getElementById('zbViewWeChatMiniImages')?.getAttribute('value') ?? '').split(',').map((s) => absoluteImage(s, base));
  return unique([...gallery, ...hidden].filter((u) => u && /360buyimg\.com|jd\.com/.test(u)));
}

function unique(urls: (string | undefined)[]): string[] | undefined {
  const out = [...new Set(urls.filter((u): u is string => !!u))].slice(0, MAX_IMAGES);
  return out.length ? out : undefined;
}
