/** Small DOM helpers the URL rebuilders share (lib/cli/rebuild-*-url.ts). */

/** The first capture of `pattern` in each `selector` element's href, in page order. */
export function linkMatches(doc: Document, selector: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const a of doc.querySelectorAll(selector)) {
    const m = pattern.exec(a.getAttribute('href') ?? '');
    if (m?.[1]) out.push(m[1]);
  }
  return out;
}

/** The value seen most often; ties go to the one the page names first. */
export function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  // Map keeps first-seen order, so ties go to the value the page names first.
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

/** The first capture of `pattern` in the page's inline scripts (page data: g_config, pageConfig). */
export function inlineScriptMatch(doc: Document, pattern: RegExp): string | undefined {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const m = pattern.exec(script.textContent ?? '');
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** `<title>` text, whitespace collapsed. */
export function titleText(doc: Document): string {
  return doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * The scheme the page used for `host`: https unless its absolute links name that host only
 * over http (2010s captures), so a rebuilt address is the one the page was served at.
 * Protocol-relative links (`//item.jd.com/…`) say nothing and count for neither.
 */
export function schemeFor(doc: Document, host: string): 'https' | 'http' {
  let http = false;
  for (const el of doc.querySelectorAll('a[href], link[href], form[action]')) {
    const m = /^(https?):\/\/([^/?#:]+)/i.exec((el.getAttribute('href') ?? el.getAttribute('action') ?? '').trim());
    if (!m || m[2]!.toLowerCase() !== host) continue;
    if (m[1]!.toLowerCase() === 'https') return 'https';
    http = true;
  }
  return http ? 'http' : 'https';
}
