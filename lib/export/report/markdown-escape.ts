/**
 * Page text inside Markdown, with the same rules as the FABE exports
 * (components/fabe/exports.ts): one line, and a backslash before every character CommonMark
 * or GFM could read as markup — emphasis, code, links and images, raw HTML and autolinks,
 * table pipes, strikethrough, entities — so a title holding `<img onerror>` or
 * `[x](javascript:…)` stays text wherever the report is pasted.
 */
export function mdInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|~!&]/g, (c) => `\\${c}`);
}

/** Text that starts a line or list item: also what would open a block there (heading, quote, list, rule). */
export function mdBlock(text: string): string {
  return mdInline(text)
    .replace(/^[#>+\-=]/, (m) => `\\${m}`)
    .replace(/^(\d+)([.)])/, (_m, n: string, mark: string) => `${n}\\${mark}`);
}
