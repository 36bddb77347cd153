/**
 * Strings a hostile or broken page might hold. They are inserted as text or attribute
 * values (never parsed as markup by the mutator), so a reader that echoes them must keep
 * them as plain text. `MARKER` lets a check find injected text in a read.
 */
export const MARKER = 'LLMUT';

/** Set by the injected scripts/handlers if anything ever ran them (it must stay unset). */
export const RAN_FLAG = '__listingLensMutantRan';

const RUN = `globalThis.${RAN_FLAG}=1`;

export const HOSTILE_STRINGS: readonly string[] = [
  `<img src=x onerror="${RUN}">${MARKER}`,
  `"><script>${RUN}</script>${MARKER}`,
  `'"><svg onload=${RUN}>${MARKER}`,
  `javascript:${RUN}//${MARKER}`,
  `${MARKER}\u202e\u200b\u200d\u2066RTL and zero-width\u2069\ufeff`,
  `__proto__ ${MARKER}`,
  `constructor ${MARKER} prototype`,
  `{{7*7}} \${7*7} ${MARKER}`,
  `${MARKER} ﷽ 𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦 \u0000 \uFFFD`,
  `${MARKER}&amp;&lt;b&gt;&#0;&#x110000;`,
  `${MARKER} NaN Infinity -1 1e309 0x10`,
  `${MARKER} 满199减10 $0.00 ￥-5`,
];

/** Attribute names a new attribute may get; hostile values there must not confuse a reader. */
export const HOSTILE_ATTRS: readonly string[] = ['__proto__', 'constructor', 'data-x', 'title', 'aria-label', 'onclick', 'style', 'hidden-not'];

/** A very long string (default 100 kB): bounds in the schema, not the reader, must catch it. */
export function hugeString(length = 100_000): string {
  const unit = `${MARKER} huge text 长文本 `;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
