import { baseLang, detectLang } from '../fabe/lang';
import type { ReviewLang } from './lexicon/compile';

/** The language to read a sentence in: `lang` when it is one of ours (`de-DE` → `de`), else detected. */
export function sentenceLang(text: string, lang?: string): ReviewLang {
  return baseLang(lang) ?? detectLang(text, lang);
}
