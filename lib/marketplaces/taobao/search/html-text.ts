/**
 * Titles in search JSON carry highlight markup (`<span class=H>iPad</span>`) and entities. This
 * turns such a string into plain text without parsing it as HTML: tags are dropped, the few
 * entities search titles use are decoded.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function htmlToText(s: string): string {
  return s
    .replace(/<[^>]{0,200}>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6}|#39);/gi, (whole, e: string) => {
      const named = ENTITIES[e.toLowerCase()];
      if (named !== undefined) return named;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : e[0] === '#' ? Number(e.slice(1)) : NaN;
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    })
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
