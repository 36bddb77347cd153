import { readJsLiteral } from './js-literal';

/**
 * Page-state objects that JD pages assign in inline `<script>`s, read as data (never
 * run). Scans are bounded: a fixed number of scripts, a prefix of each, one literal each.
 */

const MAX_SCRIPTS = 300;
const MAX_SCRIPT_CHARS = 1_000_000;

export type JsObject = Record<string, unknown>;

/** The inline scripts' texts, in page order (external scripts have none). */
export function inlineScripts(doc: Document): string[] {
  const out: string[] = [];
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if (out.length >= MAX_SCRIPTS) break;
    if (s.hasAttribute('src')) continue;
    const text = s.textContent ?? '';
    if (text.trim()) out.push(text.length > MAX_SCRIPT_CHARS ? text.slice(0, MAX_SCRIPT_CHARS) : text);
  }
  return out;
}

/**
 * `pageConfig.product` of an item page (2013–2026; `window.pageConfig = {…}` or
 * `var pageConfig = {…}`): skuid, name, src, imageList (gone since 2026, J5), cat,
 * venderId, shopId. Undefined when no script assigns it.
 */
export function pageConfigProduct(scripts: readonly string[]): JsObject | undefined {
  for (const text of scripts) {
    if (!text.includes('pageConfig')) continue;
    for (const m of text.matchAll(/\bpageConfig\s*=\s*\{/g)) {
      const config = readJsLiteral(text, m.index + m[0].length - 1);
      const product = isObject(config) ? config.product : undefined;
      if (isObject(product)) return product;
    }
  }
  return undefined;
}

/**
 * The first object literal in the scripts that has `key` among its own keys, e.g. an
 * embedded `productPageComments` response (`fetchJSON_comment98({…"productCommentSummary":…})`).
 * Tries the nearest few `{` before each mention of the key.
 */
export function objectWithKey(scripts: readonly string[], key: string): JsObject | undefined {
  for (const text of scripts) {
    let at = text.indexOf(key);
    for (let mentions = 0; at >= 0 && mentions < 5; mentions++, at = text.indexOf(key, at + key.length)) {
      let open = text.lastIndexOf('{', at);
      for (let tries = 0; open >= 0 && tries < 8; tries++, open = text.lastIndexOf('{', open - 1)) {
        const value = readJsLiteral(text, open);
        if (isObject(value) && key in value) return value;
      }
    }
  }
  return undefined;
}

export function isObject(v: unknown): v is JsObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string or number field as a trimmed string ('' and non-scalars → undefined). */
export function stringField(obj: JsObject | undefined, key: string): string | undefined {
  const v = obj?.[key];
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && v.trim()) return v.trim();
  return undefined;
}
