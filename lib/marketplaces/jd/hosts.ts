/**
 * JD hosts: item.jd.com, search.jd.com, list.jd.com, mall.jd.com shops, item.jd.hk /
 * npcitem.jd.hk (JD Worldwide), and the passport / risk-check hosts a wall redirects to.
 */
export const JD_MATCHES: readonly string[] = ['https://*.jd.com/*', 'https://*.jd.hk/*'];

export function isJdHost(hostname: string): boolean {
  return /(^|\.)jd\.(com|hk)$/i.test(hostname);
}
