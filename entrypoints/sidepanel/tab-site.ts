import { MatchPattern } from 'wxt/utils/match-patterns';

/**
 * Whether a tab's URL is one our content scripts run on — i.e. whether a read will come.
 * Built from the manifest's own content_scripts so it cannot drift from what is injected.
 * Without the `tabs` permission a tab's URL is visible only on those hosts anyway; an
 * absent URL therefore means "not a marketplace page".
 */
export function readUrlMatcher(patterns: readonly string[]): (url: string | undefined) => boolean {
  const compiled = patterns.flatMap((p) => {
    try {
      return [new MatchPattern(p)];
    } catch {
      return [];
    }
  });
  return (url) => {
    if (!url) return false;
    try {
      return compiled.some((m) => m.includes(url));
    } catch {
      return false; // about:, chrome:// and other URLs MatchPattern cannot parse
    }
  };
}

export function contentScriptPatterns(manifest: { content_scripts?: Array<{ matches?: string[] }> }): string[] {
  return manifest.content_scripts?.flatMap((cs) => cs.matches ?? []) ?? [];
}

/** `?tabId=123` → 123; anything else → undefined (the panel then follows the active tab). */
export function fixedTabIdFrom(search: string): number | undefined | 'invalid' {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null) return undefined;
  return /^\d{1,10}$/.test(raw) ? Number(raw) : 'invalid';
}
