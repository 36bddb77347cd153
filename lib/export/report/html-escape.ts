/**
 * Text and attribute values in HTML: the five characters that can end a text run or an
 * attribute (& < > " '). Enough for element content and quoted attributes, which is all the
 * report writes; it never puts page text inside <style>, a URL-less attribute name or a tag.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
