/**
 * One image across the URLs a marketplace serves it under, so a re-sized thumbnail is not
 * reported as a new image. Each rule names the URL shape it undoes.
 */

const EXTENSION = /\.(?:jpe?g|png|gif|webp|avif)/i;

export function imageKey(url: string): string {
  let u = url.trim().replace(/^https?:/i, '').replace(/[?#].*$/, '');
  // e.g. https://m.media-amazon.com/images/I/71Abc+dEfGL._AC_SL1500_.jpg (also images-na.ssl-images-amazon.com,
  // ._AC_SX679_, ._SX300_SY300_QL70_FMwebp_, ._AC_SR38,50_): the id before the modifiers is the image.
  const amazon = /\/images\/[A-Z]\/([^/.]+)(?:\.[^/]*)?\.(?:jpe?g|png|gif|webp)$/i.exec(u);
  if (amazon && /amazon|ssl-images|media-amazon/i.test(u)) return `amazon:${amazon[1]}`;
  // e.g. //img.alicdn.com/imgextra/i4/2206/O1CN01x.jpg_430x430q90.jpg or …png_.webp: the first
  // real extension ends the image; i1–i4 and gd1–gd4 hosts serve the same path.
  if (/alicdn\.com|taobaocdn\.com|tbcdn\.cn/i.test(u)) {
    const ext = EXTENSION.exec(u);
    if (ext) u = u.slice(0, ext.index + ext[0].length);
    return `alicdn:${u.replace(/^\/\/[^/]+/, '').replace(/\/i\d\//, '/')}`;
  }
  // e.g. //img14.360buyimg.com/n1/s450x450_jfs/t1/123/…/abc.jpg!q70.dpg.webp or /n5/jfs/…: the jfs path is the image.
  if (/360buyimg\.com/i.test(u)) {
    const jfs = /[/_](jfs\/.+?\.(?:jpe?g|png|gif|webp|avif))/i.exec(u);
    if (jfs) return `jd:${jfs[1]}`;
  }
  return u.replace(/^\/\//, '');
}
