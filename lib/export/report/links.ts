import { amazonStore } from '../../marketplaces/amazon/hosts';
import { isJdHost } from '../../marketplaces/jd/hosts';
import { isTaobaoHost, isTmallHost } from '../../marketplaces/taobao/hosts';

/**
 * A product's address as a link target, or undefined when it must stay text. The URL came
 * from a saved page (its canonical link, og:url…), so it is untrusted: only http(s) on a
 * host one of our marketplace adapters owns becomes a link — never `javascript:`, `data:`
 * or a look-alike host. The same host checks as the adapters, so the lists cannot drift.
 */
export function productUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  if (u.username || u.password) return undefined;
  const host = u.hostname;
  const ours = amazonStore(host) !== undefined || isJdHost(host) || isTaobaoHost(host) || isTmallHost(host);
  return ours ? u.href : undefined;
}
