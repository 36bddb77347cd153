import { ClassIndex } from './class-index';
import { inlineScripts, pageConfigProduct, type JsObject } from './page-state';

/**
 * One JD page being read: the document, its address, and what several fields share —
 * the class index and the page state — built at most once per read.
 */
export interface JdPage {
  readonly doc: Document;
  readonly url: URL;
  /** Elements by class token / fragment (one walk of the document). */
  index(): ClassIndex;
  /** Inline scripts' texts (bounded). */
  scripts(): readonly string[];
  /** `pageConfig.product`, when a script assigns it. */
  config(): JsObject | undefined;
}

export function jdPage(doc: Document, url: URL): JdPage {
  let index: ClassIndex | undefined;
  let scripts: string[] | undefined;
  let config: { value: JsObject | undefined } | undefined;
  const page: JdPage = {
    doc,
    url,
    index: () => (index ??= new ClassIndex(doc)),
    scripts: () => (scripts ??= inlineScripts(doc)),
    config: () => (config ??= { value: pageConfigProduct(page.scripts()) }).value,
  };
  return page;
}
