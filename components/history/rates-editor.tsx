import { useState } from 'preact/hooks';
import type { ExchangeRate } from '../../lib/schema';
import { formatNumber } from '../format';
import { useI18n, type MessageKey } from '../i18n';
import type { ActionStatus } from './model';
import { StatusLine } from './status-line';

export type RateProblem = 'rateBadFrom' | 'rateBadTo' | 'rateSamePair' | 'rateBadValue';

/**
 * A rate as typed (`usd`, `gbp`, `0,79`) checked and normalised, or what is wrong with it.
 * A decimal comma is accepted: the user may type as their locale writes.
 */
export function parseRate(from: string, to: string, rate: string, asOf: string): ExchangeRate | { problem: RateProblem } {
  const f = from.trim().toUpperCase();
  const tt = to.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(f)) return { problem: 'rateBadFrom' };
  if (!/^[A-Z]{3}$/.test(tt)) return { problem: 'rateBadTo' };
  if (f === tt) return { problem: 'rateSamePair' };
  const text = rate.trim().replace(/\s/g, '');
  const n = /^\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
  if (!Number.isFinite(n) || n <= 0) return { problem: 'rateBadValue' };
  return { from: f, to: tt, rate: n, asOf };
}

/** The list with `rate` in place of any rate for the same pair, either way round (one rate per pair). */
export function withRate(rates: readonly ExchangeRate[], rate: ExchangeRate): ExchangeRate[] {
  const samePair = (r: ExchangeRate) => (r.from === rate.from && r.to === rate.to) || (r.from === rate.to && r.to === rate.from);
  return [...rates.filter((r) => !samePair(r)), rate];
}

/**
 * The user's exchange rates (1 from = rate to, as of a date): prices in different
 * currencies are compared only through these, never through rates the extension made up.
 * Each change saves the whole list through the background (settings-save).
 */
export function RatesEditor(props: { rates: readonly ExchangeRate[]; suggest: readonly [string, string][]; today: string; status: ActionStatus; onSave(rates: ExchangeRate[]): void }) {
  const { t, locale } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<MessageKey | undefined>(undefined);
  const busy = props.status.kind === 'busy';
  const add = (e: Event) => {
    e.preventDefault();
    const parsed = parseRate(from, to, value, props.today);
    if ('problem' in parsed) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(undefined);
    props.onSave(withRate(props.rates, parsed));
    setValue('');
  };
  const input = (testid: string, label: MessageKey, v: string, set: (s: string) => void, size: number, placeholder: string) => (
    <label>
      <span class="visually-hidden">{t(label)}</span>
      <input type="text" data-testid={testid} size={size} value={v} placeholder={placeholder} autocomplete="off" onInput={(e) => set((e.currentTarget as HTMLInputElement).value)} />
    </label>
  );
  return (
    <div class="rates" data-testid="rates-editor" data-count={String(props.rates.length)}>
      {props.rates.length === 0 ? (
        <p class="note">{t('ratesNone')}</p>
      ) : (
        <ul class="rates-list">
          {props.rates.map((r) => (
            <li key={`${r.from}>${r.to}`} data-testid="rate" data-from={r.from} data-to={r.to} data-rate={String(r.rate)}>
              {t('rateLine', [r.from, formatNumber(r.rate, locale, 6), r.to, r.asOf])}{' '}
              <button type="button" disabled={busy} aria-label={t('rateRemove', `${r.from}→${r.to}`)} onClick={() => props.onSave(props.rates.filter((x) => x !== r))}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.suggest.length > 0 && (
        <p class="row">
          <span class="meta">{t('ratesSuggest')}</span>
          {props.suggest.map(([a, b]) => (
            <button
              key={`${a}${b}`}
              type="button"
              data-testid="rate-suggest"
              onClick={() => {
                setFrom(a);
                setTo(b);
              }}
            >
              {a}→{b}
            </button>
          ))}
        </p>
      )}
      <form class="row rate-form" onSubmit={add}>
        <span aria-hidden="true">1</span>
        {input('rate-from', 'rateFrom', from, setFrom, 4, 'USD')}
        <span aria-hidden="true">=</span>
        {input('rate-value', 'rateValue', value, setValue, 8, '0.79')}
        {input('rate-to', 'rateTo', to, setTo, 4, 'GBP')}
        <button type="submit" data-testid="rate-save" disabled={busy}>
          {t('rateSave')}
        </button>
      </form>
      {problem && (
        <p class="alert" role="alert" data-testid="rate-problem">
          {t(problem)}
        </p>
      )}
      <StatusLine status={props.status} only={['rates']} />
    </div>
  );
}
