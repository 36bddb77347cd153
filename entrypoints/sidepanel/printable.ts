/**
 * How long the printable report's Blob URL stays valid: the tab has loaded it long before,
 * and a reload within this time still works. (Revoked with the panel at the latest.)
 */
export const PRINTABLE_URL_MS = 30 * 60_000;

/**
 * Opens a self-contained HTML document (the audit report; no scripts, inline CSS) in a new
 * tab from the panel's own page: a Blob URL of type text/html, opened on the user's click.
 * No `tabs` or `downloads` permission; the document is the extension's origin and inherits
 * the panel's CSP, so even a script that slipped into it could not run. The user prints it
 * with Ctrl+P (Save as PDF). Returns false when the browser refused the new tab.
 */
export function openHtmlDocument(view: Window & typeof globalThis, html: string): boolean {
  const url = view.URL.createObjectURL(new view.Blob([html], { type: 'text/html;charset=utf-8' }));
  // No `noopener`: its null return would hide a blocked pop-up. The document has no script to use the opener.
  const tab = view.open(url, '_blank');
  if (!tab) {
    view.URL.revokeObjectURL(url);
    return false;
  }
  view.setTimeout(() => view.URL.revokeObjectURL(url), PRINTABLE_URL_MS);
  return true;
}
