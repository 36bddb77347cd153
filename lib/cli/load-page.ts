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

export interface UntrustedPage {
  document: Document;
  /**
   * Moves the document to another address without navigating (nothing is fetched), so
   * relative links resolve against it: the audit learns a saved page's URL only after
   * parsing it.
   */
  setUrl: (url: string) => void;
  close: () => void;
}

/** Parses untrusted HTML into a Document (DOMParser: scripts never run). */
export function parseUntrustedHtml(html: string, url: string): UntrustedPage {
  const window = createSafeWindow(url);
  const parser = new window.DOMParser();
  const document = parser.parseFromString(html, 'text/html') as unknown as Document;
  return { document, setUrl: (next) => window.happyDOM.setURL(next), close: () => void window.happyDOM.close() };
}

/**
 * Why these bytes are not a saved web page, or undefined when they look like one. Cheap
 * checks before parsing, so a PDF or an empty download gets a clear message, not an
 * empty read.
 */
export function notHtmlReason(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'empty file';
  if (bytes.subarray(0, 8192).includes(0)) return 'not an HTML page (binary data)';
  // Tag names are ASCII in every charset a saved page uses, so latin1 is enough to look.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024));
  if (!head.trim()) return 'empty file (only whitespace)';
  // A fragment (a saved <ul> of results) counts; prose or JSON with no element does not.
  if (!/<(!doctype\s+html|html|head|body|meta|title|div|ul|ol|table|section|main|span|p|a|script|link)\b/i.test(head)) {
    return 'not an HTML page (no HTML elements found)';
  }
  return undefined;
}
