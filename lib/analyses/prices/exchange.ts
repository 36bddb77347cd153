import type { ExchangeRate, Money } from '../../schema';

/**
 * Converting with the user's exchange rates (Settings). Only a direct rate (`from` → `to`) or
 * the inverse of the reverse one is used, never a chain through a third currency: the user
 * entered each rate on purpose, and a chain would silently compound two dated rates.
 * With several rates for one pair, the newest `asOf` wins.
 */
export function rateFor(from: string, to: string, rates: readonly ExchangeRate[] = []): number | undefined {
  if (from === to) return 1;
  let best: { rate: number; asOf: string } | undefined;
  for (const r of rates) {
    const rate = r.from === from && r.to === to ? r.rate : r.from === to && r.to === from ? 1 / r.rate : undefined;
    if (rate === undefined) continue;
    if (!best || r.asOf > best.asOf) best = { rate, asOf: r.asOf };
  }
  return best?.rate;
}

/** `money` in `currency`, or undefined when no rate links them. Amounts are not rounded. */
export function convert(money: Money, currency: string, rates?: readonly ExchangeRate[]): Money | undefined {
  const rate = rateFor(money.currency, currency, rates);
  return rate === undefined ? undefined : { amount: money.amount * rate, currency };
}
