import { parseKeywordList } from '../analyses/title';

/**
 * `--keywords "garlic press, 压蒜器"` (repeatable): the audit's target keywords, parsed as
 * the panel parses a pasted list — `,` `，` `、` `;` separated, trimmed, deduplicated,
 * formula-looking cells dropped.
 */
export function keywordsArg(values: readonly string[]): string[] {
  return parseKeywordList(values.join('\n')).keywords;
}
