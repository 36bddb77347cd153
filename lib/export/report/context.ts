/** Labels come from messages.json (the panel's t, or the CLI's translator over the same file). */
export interface ReportRenderContext {
  t: (key: string, substitutions?: string | string[]) => string;
  lang: 'en' | 'zh';
  /** BCP 47 locale for numbers, money and dates. */
  locale: string;
}
