import { Window } from 'happy-dom';

/**
 * Saved pages are untrusted input. They are parsed with happy-dom with script evaluation,
 * script/CSS/iframe loading and navigation off, and every fetch the DOM might attempt is
 * answered locally with a network error: parsing a page can neither run its code nor
 * reach the network.
 */

export interface DecodedHtml {
  text: string;
  encoding: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes saved HTML by sniffing, not by trusting `<meta charset>` (several saved pages
 * declare GBK but hold UTF-8, or the reverse): valid UTF-8 is UTF-8; otherwise the first
 * non-UTF-8 charset the page declares, else `fallback` (GB18030, a superset of GBK/GB2312).
 */
export function decodeHtml(bytes: Uint8Array, fallback = 'gb18030'): DecodedHtml {
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to the declared or fallback charset
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024));
  for (const m of head.matchAll(/charset\s*=\s*["']?([\w-]+)/gi)) {
    const label = m[1]!.toLowerCase();
    if (label === 'utf-8' || label === 'utf8') continue;
    const encoding = /^(gb2312|gbk|x-gbk)$/.test(label) ? 'gb18030' : label;
    try {
      return { text: new TextDecoder(encoding).decode(bytes), encoding };
    } catch {
      // unknown label: keep looking
    }
  }
  return { text: new TextDecoder(fallback).decode(bytes), encoding: fallback };
}

/** A happy-dom window that cannot run scripts or fetch anything. Close it when done. */
export function createSafeWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ window }) => window.Response.error(),
          beforeSyncRequest: () => ({ status: 0, statusText: 'blocked', ok: false, url: '', redirected: false, headers: new Headers(), body: null }) as never,
        },
      },
    },
  });
}

/** Parses untrusted HTML into a Document (DOMParser: scripts never run). */
export function parseUntrustedHtml(html: string, url: string): { document: Document; close: () => void } {
  const window = createSafeWindow(url);
  const parser = new window.DOMParser();
  const document = parser.parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => void window.happyDOM.close() };
}
