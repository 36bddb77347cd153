/**
 * alicdn image URLs carry resize suffixes after the real file name: `…_!!0-item_pic.jpg_60x60q90.jpg`,
 * `…jpg_50x50.jpg`, `…jpg_q50.jpg_.webp`, `…png_40x40q90.jpg`. The full-size picture is the URL up to
 * the first image extension. Placeholders (`tps-2-2` spacer gifs) and data: URIs are no picture.
 */
export function fullSizeImage(raw: string | null | undefined, base: URL): string | undefined {
  const value = (raw ?? '').trim();
  if (!value || /^data:|^javascript:/i.test(value) || /tps-\d-\d\.|spaceball|\/s\.gif$/i.test(value)) return undefined;
  const trimmed = value.replace(/^(.+?\.(?:jpe?g|png|gif|webp))_[^/]*$/i, '$1');
  try {
    const url = new URL(trimmed, base);
    if (url.protocol === 'http:') url.protocol = 'https:';
    return /^https:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The URL inside an inline `background:url(//…)` style (classic SKU swatches). */
export function backgroundImage(style: string | null | undefined): string | undefined {
  const m = /url\(\s*['"]?([^'")\s]+)['"]?\s*\)/i.exec(style ?? '');
  return m?.[1];
}

/** Distinct images in order, at most `max`. */
export function uniqueImages(urls: Array<string | undefined>, max = 200): string[] {
  return [...new Set(urls.filter((u): u is string => !!u))].slice(0, max);
}
