import { afterEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  setPanelBehavior: vi.fn(async () => {}),
  toggle: vi.fn(async () => {}),
  clickListeners: [] as Array<() => void>,
}));

vi.mock('wxt/browser', () => ({
  browser: {
    sidePanel: { setPanelBehavior: fake.setPanelBehavior },
    sidebarAction: { toggle: fake.toggle },
    action: { onClicked: { addListener: (cb: () => void) => fake.clickListeners.push(cb) } },
  },
}));

const { openPanelFromToolbar } = await import('../../entrypoints/background/panel-opening');

afterEach(() => {
  vi.unstubAllEnvs();
  vi.clearAllMocks();
  fake.clickListeners.length = 0;
});

describe('openPanelFromToolbar', () => {
  it('lets Chrome open the side panel from the toolbar button', () => {
    vi.stubEnv('FIREFOX', '' as never); // falsy, as in a Chrome build
    openPanelFromToolbar();
    expect(fake.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(fake.clickListeners).toHaveLength(0);
  });

  it('toggles the Firefox sidebar on a toolbar click', () => {
    vi.stubEnv('FIREFOX', true as never);
    openPanelFromToolbar();
    expect(fake.setPanelBehavior).not.toHaveBeenCalled();
    expect(fake.clickListeners).toHaveLength(1);
    fake.clickListeners[0]!();
    expect(fake.toggle).toHaveBeenCalledTimes(1);
  });
});
