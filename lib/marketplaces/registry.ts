import { amazonAdapter } from './amazon';
import { jdAdapter } from './jd';
import { taobaoAdapter, tmallAdapter } from './taobao';
import type { MarketplaceAdapter } from './types';

/** Every adapter the extension ships; each owns a disjoint set of hosts. */
export const ADAPTERS: readonly MarketplaceAdapter[] = [amazonAdapter, taobaoAdapter, tmallAdapter, jdAdapter];

/** The adapter that owns this URL, or undefined for a site we do not read. */
export function adapterFor(url: URL): MarketplaceAdapter | undefined {
  return ADAPTERS.find((a) => a.owns(url));
}
