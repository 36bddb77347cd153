// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nContext, type I18n } from '../../components/i18n';
import type { PanelState } from '../../components/panel-state';
import { OptionsPage } from '../../components/options/options-page';
import { PricesView } from '../../components/prices/prices-view';
import { WorkspaceHeader } from '../../components/workspace/header';
import { htmlLang, i18nFor as i18nForChoice, LOAD_MESSAGES, type LanguageChoice } from '../../components/workspace/language';
import { languageState } from '../../components/workspace/use-language';
import { pageLabel, searchKeywords, shortUrl } from '../../components/workspace/page-label';
import { PanelTools } from '../../components/workspace/panel-tools';
import { readHealth } from '../../components/workspace/read-health';
import { FABE_CSV_COLUMNS, GAP_CSV_COLUMNS } from '../../components/fabe/exports';
import { fabeHeaders, gapHeaders, snapshotHeaders } from '../../components/workspace/csv-headers';
import { LIMITS } from '../../lib/analyses/title/limits';
import { storePageRead } from '../../lib/db';
import { headerRow } from '../../lib/export/header-row';
import { SNAPSHOT_CSV_COLUMNS, snapshotsCsv } from '../../lib/export/snapshots-csv';
import { blockedRead, productRead, reviewsRead, searchRead } from '../db/fixtures/sample-reads';
import { jdProductRead, taobaoSearchRead } from './cn-reads';
import { mountHistory, type MountedHistory } from './history-harness';
import { i18nFor, MESSAGES } from './render';

const issue = (severity: 'missing-required' | 'missing-optional' | 'unparseable') => ({ field: 'price', severity, message: 'x' });

describe('readHealth', () => {
  it.each<[string, PanelState, string, number]>([
    ['loading', { kind: 'loading' }, 'reading', 0],
    ['no marketplace', { kind: 'no-marketplace' }, 'none', 0],
    ['an error', { kind: 'error', message: 'errorNoTab' }, 'error', 0],
    ['blocked', { kind: 'blocked', read: blockedRead() }, 'blocked', 0],
    ['a clean read', { kind: 'read', read: productRead() }, 'ok', 0],
    ['only optional fields missing', { kind: 'read', read: reviewsRead() }, 'partial', 1],
    ['a required field missing', { kind: 'read', read: productRead({ issues: [issue('missing-required'), issue('missing-optional')] }) }, 'degraded', 2],
    ['an unparseable field', { kind: 'read', read: productRead({ issues: [issue('unparseable')] }) }, 'degraded', 1],
    ['an unsupported page', { kind: 'read', read: productRead({ pageKind: 'unsupported', product: undefined }) }, 'unsupported', 0],
  ])('%s → %s', (_name, state, level, issues) => {
    expect(readHealth(state)).toEqual({ level, issues });
  });
});

describe('pageLabel', () => {
  it.each([
    ['a product: its title', productRead(), 'title', 'Anker Portable Charger, 10,000mAh Power Bank with 22.5W Fast Charging'],
    ['an Amazon search: k', searchRead(), 'search', 'portable charger'],
    ['a Taobao search: q', taobaoSearchRead(), 'search', searchKeywords(taobaoSearchRead().url) ?? ''],
    ['a blocked page: the address', blockedRead(), 'url', 'www.amazon.com/errors/validateCaptcha'],
    ['a JD product: its Chinese title', jdProductRead(), 'title', jdProductRead().product!.title!],
  ])('%s', (_name, read, kind, text) => {
    expect(text).not.toBe('');
    expect(pageLabel(read)).toEqual({ kind, text });
  });

  it('clips a long title to one line with an ellipsis', () => {
    const label = pageLabel(productRead({}, { title: 'Word '.repeat(60) }));
    expect([label.text.length, label.text.endsWith('…')]).toEqual([90, true]);
  });

  it.each([
    ['https://search.jd.com/Search?keyword=%E7%94%B5%E6%B0%B4%E5%A3%B6&enc=utf-8', '电水壶'],
    ['https://www.amazon.co.uk/s?k=cat+food', 'cat food'],
    ['https://www.amazon.com/dp/B0X', undefined],
    ['not a url', undefined],
  ])('searchKeywords(%s) = %s', (url, words) => {
    expect(searchKeywords(url)).toBe(words);
  });

  it('shortUrl drops the scheme, query and fragment', () => {
    expect(shortUrl('https://item.jd.com/100098765432.html?x=1#y')).toBe('item.jd.com/100098765432.html');
  });
});

describe('i18nFor (the language switch)', () => {
  const browserI18n = (uiLocale: string) => ({ getMessage: (key: string) => `browser:${key}`, uiLocale });

  it('auto keeps browser.i18n and its locale', () => {
    const i18n = i18nForChoice('auto', browserI18n('de-DE'), MESSAGES.en);
    expect([i18n.t('viewPage'), i18n.locale]).toEqual(['browser:viewPage', 'de-DE']);
  });

  it('a choice whose messages are not loaded yet keeps the browser’s language meanwhile', () => {
    expect(i18nForChoice('zh_CN', browserI18n('en-US')).t('viewPage')).toBe('browser:viewPage');
  });

  it.each([
    ['en', 'zh-CN', 'Page', 'en-US'],
    ['en', 'en-GB', 'Page', 'en-GB'],
    ['zh_CN', 'en-US', '页面', 'zh-CN'],
    ['zh_CN', 'zh-CN', '页面', 'zh-CN'],
    ['zh_CN', 'zh', '页面', 'zh'],
  ] as const)('%s in a %s browser: "%s", formats in %s', (choice, ui, page, locale) => {
    const i18n = i18nForChoice(choice, browserI18n(ui), MESSAGES[choice]);
    expect([i18n.t('viewPage'), i18n.locale]).toEqual([page, locale]);
  });

  it.each([
    ['en', 'Search: “cat food”'],
    ['zh_CN', '搜索：“cat food”'],
  ] as const)('substitutes placeholders as getMessage does (%s)', (choice, text) => {
    expect(i18nForChoice(choice, browserI18n('en-US'), MESSAGES[choice]).t('wsSearchFor', 'cat food')).toBe(text);
  });

  it.each(['en', 'zh_CN'] as const)('loads the %s messages as shipped', async (choice) => {
    expect(await LOAD_MESSAGES[choice]()).toEqual(MESSAGES[choice]);
  });

  it('languageState: switches the translator, <html lang> and the title when the setting changes, without a reload', async () => {
    const choice = signal<LanguageChoice>('auto');
    const i18n = languageState(choice, browserI18n('en-US'), (i) => `Listing Lens · ${i.t('viewPage')}`);
    expect([i18n.value.t('viewPage'), document.documentElement.lang]).toEqual(['browser:viewPage', 'en-US']);
    choice.value = 'zh_CN';
    await expect.poll(() => i18n.value.t('viewPage')).toBe('页面');
    expect([document.documentElement.lang, document.title]).toEqual(['zh-CN', 'Listing Lens · 页面']);
  });

  it('html lang uses a hyphen', () => {
    expect(htmlLang('zh_CN')).toBe('zh-CN');
  });
});

let root: HTMLElement | undefined;
let mounted: MountedHistory | undefined;
afterEach(() => {
  if (root) act(() => render(null, root!));
  root?.remove();
  root = undefined;
  mounted?.cleanup();
  mounted = undefined;
});

function show(node: preact.ComponentChildren, i18n: I18n = i18nFor('en')): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nContext.Provider value={i18n}>{node}</I18nContext.Provider>, root!));
  return root;
}

describe('WorkspaceHeader', () => {
  it.each<[string, PanelState, 'en' | 'zh_CN', string, string]>([
    ['a product read (en)', { kind: 'read', read: productRead() }, 'en', 'ok', 'Read OK'],
    ['a product read (zh)', { kind: 'read', read: productRead() }, 'zh_CN', 'ok', '读取正常'],
    ['a degraded read (zh)', { kind: 'read', read: productRead({ issues: [issue('missing-required'), issue('unparseable')] }) }, 'zh_CN', 'degraded', '读取不完整：2 个问题'],
    ['a blocked page (en)', { kind: 'blocked', read: blockedRead() }, 'en', 'blocked', 'Blocked by the marketplace'],
    ['no marketplace (zh)', { kind: 'no-marketplace' }, 'zh_CN', 'none', '非电商平台页面'],
    ['loading (en)', { kind: 'loading' }, 'en', 'reading', 'Reading…'],
  ])('%s: says where it is and how healthy the read is', (_name, state, lang, level, healthText) => {
    const el = show(<WorkspaceHeader state={state} />, i18nFor(lang)).querySelector<HTMLElement>('[data-testid="ws-header"]')!;
    expect(el.dataset.health).toBe(level);
    expect(el.querySelector('[data-testid="ws-health"]')!.textContent).toBe(healthText);
    expect(el.querySelector('[data-testid="ws-page"]')!.textContent!.length).toBeGreaterThan(3);
  });

  it('names the marketplace and page kind of a read (the marketplace field of the test contract)', () => {
    const el = show(<WorkspaceHeader state={{ kind: 'read', read: searchRead() }} />, i18nFor('zh_CN'));
    expect(el.querySelector('[data-field="marketplace"]')?.getAttribute('data-value')).toBe('amazon');
    expect(el.querySelector('[data-testid="ws-kind"]')?.textContent).toBe(i18nFor('zh_CN').t('kindSearch'));
    expect(el.querySelector('[data-testid="ws-page"]')?.textContent).toBe('搜索：“portable charger”');
  });
});

describe('PricesView', () => {
  it.each<[string, PanelState, string]>([
    ['loading', { kind: 'loading' }, 'Reading this page…'],
    ['not a marketplace', { kind: 'no-marketplace' }, 'No supported marketplace on this tab'],
    ['blocked', { kind: 'blocked', read: blockedRead() }, i18nFor('en').t('blockedTitle')],
    ['a page with no product', { kind: 'read', read: productRead({ pageKind: 'unsupported', product: undefined }) }, 'Nothing here for this page'],
    ['a search with no results', { kind: 'read', read: searchRead({ results: [] }) }, 'Nothing here for this page'],
  ])('%s: a designed empty state with a heading, never a blank tab', (_name, state, heading) => {
    mounted = mountHistory({ view: 'page' });
    const el = show(<PricesView state={state} history={mounted.model} />);
    const empty = el.querySelector<HTMLElement>('[data-testid="prices-empty"]')!;
    expect(empty.querySelector('h2')?.textContent).toBe(heading);
    expect(empty.querySelector('.note')?.textContent?.length).toBeGreaterThan(10);
  });

  it('shows a search page’s price bands', () => {
    const read = searchRead();
    mounted = mountHistory({ read, view: 'page' });
    const el = show(<PricesView state={{ kind: 'read', read }} history={mounted.model} />);
    expect(el.querySelector('[data-testid="prices"]')?.getAttribute('data-state')).toBe('search');
    expect(el.querySelector('[data-testid="price-bands"]')?.getAttribute('data-count')).toBe('2');
  });

  it('shows a product’s prices and unit price, then its standing once it is tracked in a group', async () => {
    const read = productRead({}, { title: 'Listing Lens Cat Food, 12 x 85 g', price: { amount: 10.2, currency: 'USD' } });
    mounted = mountHistory({ read, view: 'page' });
    await storePageRead(mounted.db, 1, read);
    const el = show(<PricesView state={{ kind: 'read', read }} history={mounted.model} />, i18nFor('zh_CN'));
    expect(el.querySelector('[data-field="price"]')?.getAttribute('data-value')).toBe('10.2 USD');
    expect(el.querySelector('[data-testid="unit-price"]')?.getAttribute('data-ok')).toBe('true');
    expect(el.querySelector('[data-testid="standing-none"]')?.textContent).toMatch(/^在分组中追踪此商品/);

    await act(() => mounted!.model.track('mine', { groupName: 'Cat food' }));
    await expect.poll(() => el.querySelector('[data-testid="prices-standing"]')?.getAttribute('data-group-id')).toBeTruthy();
    await expect.poll(() => el.querySelector('[data-testid="group-comparison"]')).not.toBeNull();
  });
});

describe('export column headers follow the language', () => {
  it.each([
    ['snapshots', snapshotHeaders, SNAPSHOT_CSV_COLUMNS],
    ['FABE table', fabeHeaders, FABE_CSV_COLUMNS],
    ['gap matrix', gapHeaders, GAP_CSV_COLUMNS],
  ] as const)('%s: English keeps the stable names, Chinese names every column in Chinese', (_name, headers, columns) => {
    expect(headers(i18nFor('en').t)).toEqual([...columns]);
    const zh = headers(i18nFor('zh_CN').t);
    expect(zh).toHaveLength(columns.length);
    for (const h of zh) expect(h).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a CSV export writes the given header row, and keeps the stable one for a list of the wrong length', () => {
    const zh = snapshotHeaders(i18nFor('zh_CN').t);
    expect(snapshotsCsv([], new Map(), zh).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(zh.join(','));
    expect(headerRow(['a', 'b'], ['only one'])).toEqual(['a', 'b']);
  });
});

describe('PanelTools', () => {
  it('switches language through its select and links to the options page', async () => {
    const chosen: string[] = [];
    const el = show(<PanelTools language="auto" onLanguage={(c) => chosen.push(c)} />, i18nFor('zh_CN'));
    const select = el.querySelector<HTMLSelectElement>('[data-testid="language"]')!;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['auto', '自动'],
      ['en', 'English 英语'],
      ['zh_CN', '中文'],
    ]);
    await act(async () => {
      select.value = 'en';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(chosen).toEqual(['en']);
    const link = el.querySelector<HTMLAnchorElement>('[data-testid="open-options"]')!;
    expect([link.getAttribute('href'), link.getAttribute('aria-label')]).toEqual(['/options.html', '设置']);
  });
});

describe('OptionsPage', () => {
  it('has every section, each rule limit with its as-of date, and clears data only after a second click', async () => {
    mounted = mountHistory({ view: 'page' });
    const cleared: number[] = [];
    const drafts = [{ id: 'd1', marketplace: 'taobao' as const, name: '连衣裙', title: '', bullets: [], searchTerms: '', keywords: ['碎花', '雪纺'], updatedAt: 1 }];
    const el = show(
      <OptionsPage history={mounted.model} drafts={drafts} language="auto" onLanguage={() => undefined} clear={{ kind: 'idle' }} onClear={() => cleared.push(1)} />,
      i18nFor('zh_CN'),
    );
    await expect.poll(() => [...el.querySelectorAll('section.card > h2')].map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['标题规则限制', '目标关键词列表', '汇率', '清除全部数据']),
    );
    const limits = [...el.querySelectorAll<HTMLElement>('[data-limit]')];
    expect(limits.length).toBe(Object.keys(LIMITS).length);
    for (const row of limits) expect(row.dataset.asOf).toMatch(/^\d{4}/);
    expect(el.querySelector('[data-draft-id="d1"]')?.getAttribute('data-count')).toBe('2');

    await act(async () => el.querySelector<HTMLButtonElement>('[data-testid="clear"]')!.click());
    expect(cleared).toEqual([]);
    await act(async () => el.querySelector<HTMLButtonElement>('[data-testid="clear-go"]')!.click());
    expect(cleared).toEqual([1]);
  });
});
