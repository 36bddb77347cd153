import { amazonAdapter } from './amazon';
import type { MarketplaceAdapter } from './types';

/** Every adapter the extension ships. Order matters only if two claimed one host (none do). */
export const ADAPTERS: readonly MarketplaceAdapter[] = [amazonAdapter];

/** The adapter that owns this URL, or undefined for a site we do not read. */
export function adapterFor(url: URL): MarketplaceAdapter | undefined {
  return ADAPTERS.find((a) => a.owns(url));
}
