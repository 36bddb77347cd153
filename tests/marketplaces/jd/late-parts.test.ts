import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latePartPresent } from '../../../lib/content/late-parts';
import { jdAdapter } from '../../../lib/marketplaces/jd';
import { PAGE_KINDS } from '../../../lib/schema';
import { htmlDoc } from '../../support/html';
import { HAVE_SHARED_FIXTURES, loadSavedPage } from '../../support/shared-fixtures';

const FIXTURES = join(import.meta.dirname, '../../fixtures/jd');
const parts = (kind: 'product' | 'search') => jdAdapter.lateParts!(kind);

function fixture(name: string, href: string): Document {
  return htmlDoc(readFileSync(join(FIXTURES, name), 'utf8'), href);
}

describe('JD late parts', () => {
  it.each(PAGE_KINDS.map((k) => [k]))('every %s selector parses in happy-dom', (kind) => {
    const doc = htmlDoc('<p></p>', 'https://item.jd.com/1.html');
    for (const selector of jdAdapter.lateParts!(kind)) expect(() => doc.querySelector(selector), selector).not.toThrow();
  });

  it('has parts for item and list pages only', () => {
    expect(parts('product').length).toBeGreaterThan(0);
    expect(parts('search').length).toBeGreaterThan(0);
    expect(jdAdapter.lateParts!('blocked')).toEqual([]);
  });

  it('an empty price placeholder is not yet "present"; a filled one is', () => {
    const doc = fixture('product/item-2026-react.html', 'https://item.jd.com/100123456789.html');
    for (const el of Array.from(doc.querySelectorAll('#rateList'))) el.remove();
    const value = doc.querySelector('.product-price--main .product-price--value')!;
    value.textContent = '';
    expect(latePartPresent(doc, parts('product'))).toBe(false);
    value.textContent = '229';
    expect(latePartPresent(doc, parts('product'))).toBe(true);
  });

  it('review cards and result cards count as present', () => {
    expect(latePartPresent(fixture('product/item-2026-reviews-overlay.html', 'https://item.jd.com/100123456789.html'), ['.jdc-page-overlay .jdc-pc-rate-card'])).toBe(true);
    expect(latePartPresent(fixture('search/search-2026-cards.html', 'https://search.jd.com/Search?keyword=x'), parts('search'))).toBe(true);
  });

  it.skipIf(!HAVE_SHARED_FIXTURES)('on the real 2014 pages: the raw page waits, the page saved after scripts does not', () => {
    const raw = loadSavedPage('jd/product/item-hp-envy-dv4.html', 'http://item.jd.com/987887.html');
    const done = loadSavedPage('jd/product/item-917461-huawei-p6.html', 'http://item.jd.com/917461.html');
    const list = loadSavedPage('jd/other/list-notebooks-category.html', 'http://list.jd.com/list.html?cat=670,671,672');
    try {
      expect(latePartPresent(raw.document, parts('product'))).toBe(false);
      expect(latePartPresent(done.document, parts('product'))).toBe(true);
      expect(latePartPresent(list.document, parts('search'))).toBe(false); // every <strong> price placeholder is empty
    } finally {
      raw.close();
      done.close();
      list.close();
    }
  });
});
