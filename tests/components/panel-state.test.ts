import { describe, expect, it } from 'vitest';
import { derivePanelState, samePage, type PanelInputs } from '../../components/panel-state';
import { blockedRead, productRead } from '../db/fixtures/sample-reads';

const url = productRead().url;
const tab = { id: 4, url };

describe('derivePanelState', () => {
  it.each<[string, PanelInputs, string]>([
    ['tab not looked up yet', { expectsRead: false }, 'loading'],
    ['a tab we do not read', { tab: { id: 4 }, expectsRead: false, read: productRead() }, 'no-marketplace'],
    ['stored read still loading', { tab, expectsRead: true }, 'loading'],
    ['no read yet', { tab, expectsRead: true, read: null }, 'loading'],
    ['a read of the previous page', { tab: { id: 4, url: 'https://www.amazon.com/dp/B000000000' }, expectsRead: true, read: productRead() }, 'loading'],
    ['the read of this page', { tab, expectsRead: true, read: productRead() }, 'read'],
    ['the read after a #fragment jump', { tab: { id: 4, url: `${url}#customerReviews` }, expectsRead: true, read: productRead() }, 'read'],
    ['a blocked read', { tab: { id: 4, url: blockedRead().url }, expectsRead: true, read: blockedRead('login') }, 'blocked'],
    ['a failure', { tab, expectsRead: true, read: productRead(), failure: { message: 'errorDatabase' } }, 'error'],
  ])('%s → %s', (_name, input, kind) => {
    expect(derivePanelState(input).kind).toBe(kind);
  });

  it('hints at a reload only when the content script did not answer', () => {
    expect(derivePanelState({ tab, expectsRead: true, read: null, contentScriptMissing: true })).toEqual({ kind: 'loading', hint: 'no-content-script' });
    expect(derivePanelState({ tab, expectsRead: true, read: null })).toEqual({ kind: 'loading' });
  });
});

describe('samePage', () => {
  it.each([
    ['https://www.amazon.com/dp/B0?th=1', 'https://www.amazon.com/dp/B0?th=1#x', true],
    ['https://www.amazon.com/dp/B0?th=1', 'https://www.amazon.com/dp/B0?th=2', false],
    ['https://www.amazon.com/dp/B0', undefined, false],
    [`https://www.amazon.com/s?k=${'a'.repeat(5000)}`.slice(0, 4000), `https://www.amazon.com/s?k=${'a'.repeat(5000)}`, true],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(samePage(a, b)).toBe(same);
  });
});
