import { z } from 'zod';
import { LIMITS } from '../analyses/title/limits';
import { ExchangeRateSchema } from '../schema';
import type { ListingLensDb } from './database';

/**
 * The user's settings: one row (`id: 'settings'`). Absent until first saved; readers get
 * the defaults. A save is a patch of top-level keys, each replaced whole (a new list of
 * exchange rates replaces the old list), merged in one transaction.
 */
export const SETTINGS_ID = 'settings';

const LimitIdSchema = z.enum(Object.keys(LIMITS) as [keyof typeof LIMITS, ...(keyof typeof LIMITS)[]]);

export const UI_LANGUAGES = ['auto', 'en', 'zh_CN'] as const;

export const SettingsSchema = z.object({
  /** User-entered rates (1 `from` = `rate` `to`); one per currency pair. */
  exchangeRates: z
    .array(ExchangeRateSchema)
    .max(100)
    .refine((rates) => new Set(rates.map((r) => `${r.from}>${r.to}`)).size === rates.length, { message: 'one rate per currency pair' }),
  /** `auto` follows the browser; the others override it (public/_locales names). */
  language: z.enum(UI_LANGUAGES),
  /** Title rules' overrides (lib/analyses/title/limits.ts TitleConfig). */
  title: z.object({
    limits: z.partialRecord(LimitIdSchema, z.number().finite().nonnegative().max(100_000)),
    amazonTitle75: z.boolean(),
  }),
  /** ms since epoch of the last save (the background's clock); 0 = never saved. */
  updatedAt: z.number().int().nonnegative(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsRowSchema = SettingsSchema.extend({ id: z.literal(SETTINGS_ID) });
export type SettingsRow = z.infer<typeof SettingsRowSchema>;

/** What `settings-save` carries: any top-level keys but the save time. */
export const SettingsPatchSchema = SettingsSchema.omit({ updatedAt: true }).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  exchangeRates: [],
  language: 'auto',
  title: { limits: {}, amazonTitle75: false },
  updatedAt: 0,
};

/** The settings, or the defaults when none were saved (a row that no longer parses counts as none). */
export async function getSettings(db: ListingLensDb): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ID);
  const parsed = SettingsRowSchema.safeParse(row);
  if (!parsed.success) return DEFAULT_SETTINGS;
  const { id: _id, ...settings } = parsed.data;
  return settings;
}

/** Merges `patch` into the stored settings (read and write in one transaction); returns the result. */
export async function saveSettings(db: ListingLensDb, patch: SettingsPatch, now: number = Date.now()): Promise<Settings> {
  const valid = SettingsPatchSchema.parse(patch);
  return db.transaction('rw', db.settings, async () => {
    const next = SettingsSchema.parse({ ...(await getSettings(db)), ...valid, updatedAt: now });
    await db.settings.put({ ...next, id: SETTINGS_ID });
    return next;
  });
}
