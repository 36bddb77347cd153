import { z } from 'zod';

/** An amount of money. `amount` is in major units (12.99, JPY 1280). */
export const MoneySchema = z.object({
  amount: z.number().finite().nonnegative(),
  /** ISO 4217 code. */
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type Money = z.infer<typeof MoneySchema>;

export const PriceRangeSchema = z
  .object({ min: MoneySchema, max: MoneySchema })
  .refine((r) => r.min.currency === r.max.currency && r.min.amount <= r.max.amount, {
    message: 'priceRange needs one currency and min ≤ max',
  });
export type PriceRange = z.infer<typeof PriceRangeSchema>;
