import type { TabLike, TabsApi } from '../../entrypoints/sidepanel/state';
import { readUrlMatcher } from '../../entrypoints/sidepanel/tab-site';
import { AMAZON_MATCHES } from '../../lib/marketplaces/amazon/hosts';
import { JD_MATCHES } from '../../lib/marketplaces/jd/hosts';
import { TAOBAO_MATCHES, TMALL_MATCHES } from '../../lib/marketplaces/taobao/hosts';

/** browser.tabs as the panel sees it without the `tabs` permission: URLs only on the marketplaces. */
export class FakeTabs implements TabsApi {
  tabs = new Map<number, Required<Pick<TabLike, 'id' | 'windowId' | 'status'>> & { url?: string; active: boolean }>();
  private listeners = { activated: new Set<Function>(), updated: new Set<Function>(), removed: new Set<Function>() };
  private event<K extends keyof FakeTabs['listeners']>(k: K) {
    return { addListener: (cb: Function) => void this.listeners[k].add(cb), removeListener: (cb: Function) => void this.listeners[k].delete(cb) };
  }
  onActivated = this.event('activated') as TabsApi['onActivated'];
  onUpdated = this.event('updated') as TabsApi['onUpdated'];
  onRemoved = this.event('removed') as TabsApi['onRemoved'];

  add(id: number, url: string, windowId = 1, active = false) {
    this.tabs.set(id, { id, windowId, status: 'complete', url: visible(url), active });
  }
  async get(id: number) {
    const t = this.tabs.get(id);
    if (!t) throw new Error(`No tab with id: ${id}.`);
    return { ...t };
  }
  async query() {
    return [...this.tabs.values()].filter((t) => t.active && t.windowId === 1);
  }
  activate(id: number) {
    const t = this.tabs.get(id)!;
    for (const other of this.tabs.values()) if (other.windowId === t.windowId) other.active = false;
    t.active = true;
    for (const cb of this.listeners.activated) cb({ tabId: id, windowId: t.windowId });
  }
  navigate(id: number, url: string) {
    const t = this.tabs.get(id)!;
    t.url = visible(url);
    for (const cb of this.listeners.updated) cb(id, { status: 'complete' }, { ...t });
  }
  remove(id: number) {
    this.tabs.delete(id);
    for (const cb of this.listeners.removed) cb(id);
  }
}
export const isRead = readUrlMatcher([...AMAZON_MATCHES, ...TAOBAO_MATCHES, ...TMALL_MATCHES, ...JD_MATCHES]);
const visible = (url: string) => (isRead(url) ? url : undefined);

