import type { Media } from '../../../schema';
import { isHidden, textOf } from '../../shared/dom';
import type { FieldReader, Strategy } from '../../shared/field-reader';
import { parseCount } from '../../shared/numbers';
import { BOOK_THUMBS, GALLERY_ITEM, GALLERY_MORE_TILE, GALLERY_NOT_IMAGE, GALLERY_STRIP, VIDEO_COUNT, VIDEO_COUNT_CLASS } from '../selectors/listing';
import { galleryImageCount } from './content';
import { visibleById } from './page';

/**
 * What the image block shows: how many gallery images and videos, and the main image.
 * The main image is the one `images` already starts with (content.ts reads it at its
 * largest), so the two never disagree.
 */
export function readMedia(doc: Document, mainImage: string | undefined, r: FieldReader): Media | undefined {
  const imageCount = r.pick('product.media.imageCount', null, imageCountStrategies(doc, mainImage));
  const videoCount = readVideoCount(doc, r);
  const media: Media = {};
  if (imageCount !== undefined) media.imageCount = imageCount;
  if (videoCount !== undefined) media.videoCount = videoCount;
  if (mainImage) media.mainImage = mainImage;
  if (!Object.keys(media).length) {
    r.issue('product.media', 'missing-optional', 'No gallery or main image found on the page', ['gallery-state', 'thumbnail-strip', 'book-thumbs', 'main-image-only']);
    return undefined;
  }
  if (imageCount === undefined) r.issue('product.media.imageCount', 'missing-optional', 'Gallery image count not found on the page');
  return media;
}

function imageCountStrategies(doc: Document, mainImage: string | undefined): Strategy<number>[] {
  return [
    // e.g. 2016+: 'colorImages': { 'initial': [ nine entries ] } while the strip shows seven and "+2"
    { name: 'gallery-state', read: () => galleryImageCount(doc) },
    {
      // e.g. 2013+: <li class="a-spacing-small item imageThumbnail"> per image, video and template tiles beside them
      name: 'thumbnail-strip',
      read: () => {
        for (const id of GALLERY_STRIP) {
          const strip = visibleById(doc, id);
          if (!strip) continue;
          const items = Array.from(strip.querySelectorAll(GALLERY_ITEM)).filter(
            (li) => !isHidden(li, strip) && !GALLERY_NOT_IMAGE.some((c) => li.classList.contains(c)),
          );
          // "4+" on the last tile: the total is not on the page, so no count rather than a low one.
          if (items.some((li) => li.classList.contains(GALLERY_MORE_TILE))) return undefined;
          if (items.length) return items.length;
        }
        return undefined;
      },
    },
    {
      // e.g. 2014–19 books: two `.imageThumb` tiles and "See all 2 images" under the cover
      name: 'book-thumbs',
      read: () => {
        const root = doc.getElementById(BOOK_THUMBS.id);
        const n = root ? Array.from(root.querySelectorAll(BOOK_THUMBS.find)).filter((el) => !isHidden(el)).length : 0;
        return n || undefined;
      },
    },
    {
      // A cover or product shot with no strip under it: the gallery is that one image.
      name: 'main-image-only',
      read: () => (mainImage && !GALLERY_STRIP.some((id) => doc.getElementById(id)?.querySelector(GALLERY_ITEM)) ? 1 : undefined),
    },
  ];
}

/** Words that mean one video when no number is printed ("VIDEO", "VÍDEO", "VIDÉO"). */
const ONE_VIDEO = /^(?:video|vídeo|vidéo|vidéos?|videos?)$/i;

/** "6 VIDEOS" → 6, "VIDEO" → 1; absent when the page shows no video tile. */
function readVideoCount(doc: Document, r: FieldReader): number | undefined {
  const label = VIDEO_COUNT.map((id) => visibleById(doc, id)).find((el) => el && textOf(el))
    ?? GALLERY_STRIP.flatMap((id) => Array.from(visibleById(doc, id)?.querySelectorAll(VIDEO_COUNT_CLASS) ?? [])).find((el) => !isHidden(el) && textOf(el));
  if (!label) return undefined;
  const text = textOf(label);
  const n = /\d/.test(text) ? parseCount(text) : ONE_VIDEO.test(text) ? 1 : undefined;
  if (n === undefined || n < 1) {
    r.issue('product.media.videoCount', 'unparseable', `Video count not understood: "${text.slice(0, 80)}"`);
    return undefined;
  }
  r.provenance['product.media.videoCount'] = 'video-count-label';
  return n;
}
