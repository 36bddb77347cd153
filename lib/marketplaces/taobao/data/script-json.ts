/**
 * Page-state JSON embedded in inline `<script>` text (`window.__ICE_APP_CONTEXT__ = {…}`,
 * `TShop.Setup({…})`, `g_page_config = {…}`), extracted by bounded string scanning and
 * JSON.parse. Page scripts are never executed: a block that is not plain JSON is skipped.
 */

/** The longest object we scan (the 2025 item JSON is ~0.5 MB; the cap stops a hostile page). */
const MAX_OBJECT_CHARS = 6_000_000;
/** How far after the marker the object may start (`= `, `(`, whitespace). */
const MAX_GAP = 200;

/** Inline script texts, in page order (external scripts have no text). */
export function inlineScripts(doc: Document): string[] {
  const out: string[] = [];
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if (s.hasAttribute('src')) continue;
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (type && !/javascript|ecmascript|^module$|json/.test(type)) continue;
    const text = s.textContent ?? '';
    if (text.length > 0) out.push(text);
  }
  return out;
}

/** Index of the `}` closing the object that opens at `start`, or -1 (unbalanced or too long). */
export function closingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, start + MAX_OBJECT_CHARS);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      if (depth === 0) return i;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/**
 * The JSON object that follows `marker` in any of `scripts` (first that parses), e.g.
 * `jsonAfter(scripts, '__ICE_APP_CONTEXT__')`. Undefined when none does.
 */
export function jsonAfter(scripts: readonly string[], marker: string): Record<string, unknown> | undefined {
  for (const text of scripts) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
      const open = text.indexOf('{', at + marker.length);
      if (open < 0 || open - at - marker.length > MAX_GAP) continue;
      const between = text.slice(at + marker.length, open);
      if (!/^[\s=(:]*$/.test(between)) continue;
      const close = closingBrace(text, open);
      if (close < 0) continue;
      const parsed = parseObject(text.slice(open, close + 1));
      if (parsed) return parsed;
    }
  }
  return undefined;
}

/**
 * The first object literal assigned in `text` (`= {…}`, any variable name) that parses as JSON and
 * passes `accept`. Today's item pages wrap their data:
 * `!(function(){var a = window.__ICE_APP_CONTEXT__ || {};var b = {…};for (var k in a) {b[k] = a[k]}window.__ICE_APP_CONTEXT__=b;})();`
 */
export function assignedObject(text: string, accept: (o: Record<string, unknown>) => boolean): Record<string, unknown> | undefined {
  const assignment = /=\s*\{/g;
  let tries = 0;
  for (let m = assignment.exec(text); m && tries < 50; m = assignment.exec(text)) {
    tries++;
    const open = m.index + m[0].length - 1;
    const close = closingBrace(text, open);
    if (close < 0) continue;
    const parsed = parseObject(text.slice(open, close + 1));
    if (parsed && accept(parsed)) return parsed;
    if (parsed) assignment.lastIndex = close + 1;
  }
  return undefined;
}

export function parseObject(json: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = JSON.parse(json);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A quoted value of a JavaScript object-literal key (`itemId : '538…'`, `shopName: "\u5C0F…"`),
 * the way the classic item page writes `g_config`. Escapes are decoded by hand, never evaluated.
 */
export function literalString(text: string, key: string, from = 0): string | undefined {
  const re = new RegExp(String.raw`(?:^|[\s{,])${key}\s*:\s*(['"])((?:\\.|(?!\1)[^\\\n]){0,2000})\1`, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? unescapeJs(m[2]!) : undefined;
}

function unescapeJs(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e[0] === 'u' || e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    return e === 'n' ? '\n' : e === 't' ? '\t' : e;
  });
}
