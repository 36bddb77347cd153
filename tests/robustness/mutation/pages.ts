import { decodeHtml } from '../../../lib/cli/load-page';
import { answerKeys, readSavedBytes } from '../../support/shared-fixtures';
import type { PageJob } from './run-page';

export const MARKETPLACE_ROWS = ['amazon', 'jd', 'taobao', 'tmall'] as const;

/**
 * Where a page with no address of its own is read (the JD goods-list fragment), as the
 * answer-key suites do (tests/support/page-suite.ts).
 */
const NO_URL_FALLBACK: Record<string, string> = {
  amazon: 'https://www.amazon.com/s',
  jd: 'https://search.jd.com/s_new.php',
  taobao: 'https://s.taobao.com/search',
  tmall: 'https://list.tmall.com/search_product.htm',
};

export type PageSpec = Omit<PageJob, 'html'>;

/** Every real saved page with an answer key (the key gives its address), by marketplace. */
export function listPages(): PageSpec[] {
  return MARKETPLACE_ROWS.flatMap((mp) =>
    answerKeys(mp).map((k) => ({ file: k.file, url: k.url ?? NO_URL_FALLBACK[mp]!, marketplace: mp })),
  );
}

export function loadPage(spec: PageSpec): PageJob {
  return { ...spec, html: decodeHtml(readSavedBytes(spec.file)).text };
}
