import type { ReviewTag } from '../../../schema';
import { collapse } from '../../shared/dom';
import { parseCount, toAsciiDigits } from '../../shared/numbers';

/**
 * One review tag chip: `质量很好(128)`, `质量不错 (22)`, `很薄（3）`, `物流快 1.2万`, or just `好看`.
 * `negative` comes from the page's own marking (a grey chip, data-neg="-1"), never from the words.
 */
export function parseReviewTag(raw: string, negative?: boolean): ReviewTag | undefined {
  const text = collapse(toAsciiDigits(raw));
  const m = /^(.*?)\s*[(（]?\s*(\d+(?:\.\d+)?\s*[万千]?\+?)\s*[)）]?$/.exec(text);
  const name = (m ? m[1]! : text).trim();
  if (!name || name.length > 40 || /^\d/.test(name)) return undefined;
  const tag: ReviewTag = { text: name };
  const count = m ? parseCount(m[2]!) : undefined;
  if (count !== undefined) tag.count = count;
  if (negative) tag.negative = true;
  return tag;
}

/** Tags in page order, one per text (the preview and the drawer repeat the same chips). */
export function uniqueTags(tags: Array<ReviewTag | undefined>): ReviewTag[] {
  const seen = new Set<string>();
  const out: ReviewTag[] = [];
  for (const t of tags) {
    if (!t || seen.has(t.text)) continue;
    seen.add(t.text);
    out.push(t);
  }
  return out.slice(0, 100);
}
