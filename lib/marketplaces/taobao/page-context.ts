import type { MoneyContext } from '../shared/money';
import { classicConfig, pageConfig, tshopSetup, type ClassicConfig } from './data/classic-config';
import { iceItemData } from './data/ice-context';
import { inlineScripts } from './data/script-json';
import type { Json } from './data/values';
import { ClassIndex } from './dom/class-index';
import { CNY } from './parse/prices';
import { CLASSIC_PAGE_IDS } from './selectors/product';

/**
 * What every Taobao/Tmall reader shares for one page: locale, money context, and lazily
 * computed page-level data (inline scripts, embedded JSON, the hashed-class index), so each
 * costly look is done at most once per read and only when a strategy needs it.
 */
export interface TaobaoPageContext {
  marketplace: 'taobao' | 'tmall';
  locale: string;
  money: MoneyContext;
  url: URL;
  scripts(): readonly string[];
  /** `__ICE_APP_CONTEXT__…res` of today's item page. */
  ice(): Json | undefined;
  /** Classic Taobao `g_config`. */
  classic(): ClassicConfig | undefined;
  /** Classic Tmall `TShop.Setup(...)`. */
  tshop(): Json | undefined;
  /** Classic search `g_page_config`. */
  pageConfig(): Json | undefined;
  classes(): ClassIndex;
  /** A classic (≤2021) page: stable ids, no hashed classes. */
  isClassic(): boolean;
}

export function taobaoPageContext(doc: Document, url: URL, marketplace: 'taobao' | 'tmall'): TaobaoPageContext {
  const once = <T>(fn: () => T): (() => T) => {
    let done = false;
    let value: T;
    return () => {
      if (!done) {
        value = fn();
        done = true;
      }
      return value;
    };
  };
  const scripts = once(() => inlineScripts(doc));
  const isClassic = once(() => isClassicPage(doc));
  return {
    marketplace,
    locale: pageLocale(doc),
    money: CNY,
    url,
    scripts,
    ice: once(() => iceItemData(scripts())),
    classic: once(() => classicConfig(scripts())),
    tshop: once(() => tshopSetup(scripts())),
    pageConfig: once(() => pageConfig(scripts())),
    classes: once(() => new ClassIndex(isClassic() ? undefined : doc.body ?? doc)),
    isClassic,
  };
}

/** Classic (≤2021) pages are jQuery/KISSY pages without hashed classes: skip the full-page walk. */
function isClassicPage(doc: Document): boolean {
  return CLASSIC_PAGE_IDS.some((id) => doc.getElementById(id));
}

/**
 * zh-CN unless the page declares a Chinese locale with another region (tmall.hk may say zh-HK,
 * `zh-Hant-HK` or zh-TW). A bare `zh`, a script-only `zh-Hant` or a non-Chinese `<html lang>` on
 * a Chinese page says nothing about the region and keeps zh-CN.
 */
function pageLocale(doc: Document): string {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim();
  const m = /^zh(?:[-_](?:hans|hant))?[-_]([a-z]{2})$/i.exec(lang);
  return m ? `zh-${m[1]!.toUpperCase()}` : 'zh-CN';
}
