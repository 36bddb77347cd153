/**
 * Taobao and Tmall hosts. Shops live on their own subdomains (`shop119667895.taobao.com`,
 * `xxx.tmall.com` in-shop search), login and slider walls on `login.`/`sec.` hosts, so the
 * patterns cover the two marketplace domains and nothing else.
 */
export const TAOBAO_MATCHES: readonly string[] = ['https://*.taobao.com/*'];
export const TMALL_MATCHES: readonly string[] = ['https://*.tmall.com/*', 'https://*.tmall.hk/*'];

export function isTaobaoHost(hostname: string): boolean {
  return /(^|\.)taobao\.com$/i.test(hostname);
}

export function isTmallHost(hostname: string): boolean {
  return /(^|\.)tmall\.(com|hk)$/i.test(hostname);
}

/** Hosts where Alibaba serves its login pages. */
export function isLoginHost(hostname: string): boolean {
  return /^(login|passport)\.(taobao|tmall)\.(com|hk)$/i.test(hostname);
}
