import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, getSettings, saveSettings, SettingsPatchSchema, type ListingLensDb } from '../../lib/db';
import { openTestDb } from './helpers';

let db: ListingLensDb;
beforeEach(() => {
  db = openTestDb();
});
afterEach(() => db.close());

describe('settings', () => {
  it('are the defaults until saved', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('merge a patch key by key, each key replaced whole, stamped with the save time', async () => {
    await saveSettings(db, { exchangeRates: [{ from: 'USD', to: 'CNY', rate: 7.2, asOf: '2025-03-01' }], language: 'zh_CN' }, 10);
    const next = await saveSettings(db, { title: { limits: { amazonTitleChars: 150 }, amazonTitle75: true } }, 20);
    expect(next).toEqual({
      exchangeRates: [{ from: 'USD', to: 'CNY', rate: 7.2, asOf: '2025-03-01' }],
      language: 'zh_CN',
      title: { limits: { amazonTitleChars: 150 }, amazonTitle75: true },
      updatedAt: 20,
    });
    expect(await getSettings(db)).toEqual(next);
    expect((await saveSettings(db, { exchangeRates: [] }, 30)).exchangeRates).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['an unknown key', { theme: 'dark' }],
    ['a save time (the background stamps it)', { updatedAt: 5 }],
    ['an unknown language', { language: 'fr' }],
    ['a negative rate', { exchangeRates: [{ from: 'USD', to: 'CNY', rate: -1, asOf: '2025-03-01' }] }],
    ['a lower-case currency', { exchangeRates: [{ from: 'usd', to: 'CNY', rate: 7, asOf: '2025-03-01' }] }],
    ['two rates for one pair', { exchangeRates: [{ from: 'USD', to: 'CNY', rate: 7, asOf: 'a' }, { from: 'USD', to: 'CNY', rate: 8, asOf: 'b' }] }],
    ['an unknown title limit', { title: { limits: { maxEmoji: 3 }, amazonTitle75: false } }],
  ])('refuse %s', async (_name, patch) => {
    expect(SettingsPatchSchema.safeParse(patch).success).toBe(false);
    await expect(saveSettings(db, patch as never, 1)).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });

  it('fall back to the defaults when the stored row no longer parses', async () => {
    await db.settings.put({ id: 'settings', language: 'klingon' } as never);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
