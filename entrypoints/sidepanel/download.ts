/** How long a download's Blob URL stays valid (the browser has read it long before). */
export const REVOKE_AFTER_MS = 60_000;

/**
 * Saves text as a file from the panel's own page: a Blob URL on an `<a download>` clicked
 * in script (on the user's click). No `downloads` permission; the browser's own download
 * flow (and its "ask where to save" setting) applies. The text is encoded as UTF-8, so a
 * leading U+FEFF becomes the EF BB BF byte order mark.
 */
export function downloadText(doc: Document, fileName: string, text: string, type: string): void {
  const view = doc.defaultView;
  if (!view) throw new Error('no window to download from');
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
