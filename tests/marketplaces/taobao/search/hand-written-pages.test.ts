import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUntrustedHtml } from '../../../../lib/cli/load-page';
import { latePartPresent } from '../../../../lib/content/late-parts';
import { taobaoAdapter } from '../../../../lib/marketplaces/taobao';
import type { SearchResult } from '../../../../lib/schema';
import { cny, issueFields, readOwnPage } from '../support/own-pages';

const CARDS = ['taobao/search/cards-2025.html', 'https://s.taobao.com/search?q=%E5%86%B0%E4%B8%9D&tab=all'] as const;

describe('s.taobao.com result cards (2024–26)', () => {
  it('reads every card in page order, the 直通车 ad card marked sponsored', () => {
    const r = readOwnPage(...CARDS);
    expect(r.pageKind).toBe('search');
    expect(r.results).toEqual<SearchResult[]>([
      {
        position: 1,
        id: '812345678901',
        title: '夏季冰丝阔腿裤女高腰垂感宽松显瘦',
        url: 'https://item.taobao.com/item.htm?id=812345678901&ns=1&abbucket=9',
        price: cny(79.9),
        sponsored: false,
        shop: '简约主义女装店',
        salesVolume: { min: 10000, text: '1万+人付款' },
      },
      {
        position: 2,
        id: '823456789012',
        title: '冰丝阔腿裤女夏薄款垂感拖地裤',
        url: 'https://click.simba.taobao.com/cc_im?p=%B1%F9%CB%BF&s=123&k=525&e=made-up',
        price: cny(59),
        sponsored: true,
        shop: '垂感裤子工厂店',
        salesVolume: { min: 3000, text: '3000+人收货' },
      },
      {
        position: 3,
        id: '834567890123',
        title: '【天猫】品牌冰丝阔腿裤女九分休闲裤',
        url: 'https://detail.tmall.com/item.htm?id=834567890123&skuId=5400000000001',
        price: cny(129),
        sponsored: false,
        shop: '清风服饰官方旗舰店',
        salesVolume: { min: 20000, text: '已售 2万+' },
      },
      {
        position: 4,
        id: '845678901234',
        title: '学生阔腿裤宽松直筒裤子',
        url: 'https://item.taobao.com/item.htm?id=845678901234',
        price: cny(35.5),
        sponsored: false,
        shop: '小雨家女装',
        salesVolume: { min: 800, text: '800+人付款' },
      },
    ]);
    expect(r.provenance?.results).toBe('result-cards');
    expect(issueFields(r)).toEqual(['totalResults']);
  });

  it('reads the same cards when the hashed class names change (id="item_id_…" only)', () => {
    const r = readOwnPage(...CARDS, (doc) => {
      for (const a of Array.from(doc.querySelectorAll('a[id^="item_id_"]'))) a.setAttribute('class', 'cardRenamed--Zz9Yy8Xx');
    });
    expect(r.results?.map((x) => x.id)).toEqual(['812345678901', '823456789012', '834567890123', '845678901234']);
    expect(r.results?.[1]?.sponsored).toBe(true);
  });
});

describe('late parts of a search page', () => {
  it.each([
    ['cards-2025.html', true],
    ['skeleton-only.html', false],
  ])('%s has its result cards: %s', (file, present) => {
    const url = 'https://s.taobao.com/search?q=x';
    const { document, close } = parseUntrustedHtml(readFileSync(join(import.meta.dirname, '../../../fixtures/taobao/search', file), 'utf8'), url);
    try {
      expect(latePartPresent(document, taobaoAdapter.lateParts!('search'))).toBe(present);
    } finally {
      close();
    }
  });
});

describe('pages without a list', () => {
  it('does not turn skeleton placeholders into "no results"', () => {
    const r = readOwnPage('taobao/search/skeleton-only.html', 'https://s.taobao.com/search?q=x');
    expect(r.pageKind).toBe('search');
    expect(r.results).toBeUndefined();
    expect(r.issues).toContainEqual(expect.objectContaining({ field: 'results', severity: 'missing-required' }));
  });

  it('reads a page that says it found nothing as zero results', () => {
    const r = readOwnPage('taobao/search/no-results.html', 'https://s.taobao.com/search?q=xqzvk');
    expect(r.results).toEqual([]);
    expect(r.totalResults).toBe(0);
    expect(r.issues).toEqual([]);
  });
});
