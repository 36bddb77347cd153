import { browser } from 'wxt/browser';

/**
 * The toolbar button opens the panel. Chrome does it itself once told to; Firefox has no
 * such switch, so the click toggles the sidebar (toggle() is allowed because it runs in a
 * user-action handler).
 */
export function openPanelFromToolbar(): void {
  if (import.meta.env.FIREFOX) {
    const api = browser as unknown as FirefoxSidebarApis;
    const action = api.action ?? api.browserAction; // MV3 / MV2
    action?.onClicked.addListener(() => {
      void api.sidebarAction?.toggle();
    });
    return;
  }
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((err: unknown) => {
    console.warn('[Listing Lens] side panel behaviour not set:', err);
  });
}

/** Firefox APIs the Chrome-flavoured `browser` types do not declare. */
interface FirefoxSidebarApis {
  action?: { onClicked: { addListener(cb: () => void): void } };
  browserAction?: { onClicked: { addListener(cb: () => void): void } };
  sidebarAction?: { toggle(): Promise<void> };
}
