import type { MoneyContext } from '../shared/money';

/**
 * JD hosts: item.jd.com, search.jd.com, list.jd.com, mall.jd.com and shop subdomains,
 * item.jd.hk / npcitem.jd.hk (JD Worldwide), club.jd.com (comment data), and the
 * passport / risk-check hosts a wall redirects to (cfe.m.jd.com, passport.jd.com) — the
 * content script must run there too, to report the wall instead of staying silent.
 */
export const JD_MATCHES: readonly string[] = ['https://*.jd.com/*', 'https://*.jd.hk/*'];

export function isJdHost(hostname: string): boolean {
  return /(^|\.)jd\.(com|hk)$/i.test(hostname);
}

/** JD shows every price in yuan with a dot decimal (`￥1399.00`, `¥59.90`, `1399`). */
export const JD_MONEY: MoneyContext = { currency: 'CNY', decimal: '.' };

/** JD's desktop site is Simplified Chinese only. */
export const JD_LOCALE = 'zh-CN';
