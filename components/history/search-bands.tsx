import { useMemo, useState } from 'preact/hooks';
import { rateFor } from '../../lib/analyses/prices/exchange';
import { priceBands } from '../../lib/analyses/prices/price-bands';
import type { ExchangeRate, Marketplace, SearchResult } from '../../lib/schema';
import { useI18n } from '../i18n';
import { analyse } from '../workbench/model';
import type { GroupSummary } from './model';
import { PriceBandsView, type UserPrice } from './price-bands';

const NONE = '';

/**
 * The price bands of the search page in the tab, with the user's price marked: the "my
 * product" of a group the user picks — by default a group whose product is on this page,
 * else one whose price is in the page's currency (or convertible with the user's rates).
 */
export function SearchBandsCard(props: { results: readonly SearchResult[]; marketplace: Marketplace; groups: readonly GroupSummary[]; rates: readonly ExchangeRate[] }) {
  const { t } = useI18n();
  const priced = useMemo(() => props.results.map((r) => ({ productId: r.id, ...(r.price ? { price: r.price } : {}) })), [props.results]);
  const plain = useMemo(() => analyse(() => priceBands(priced, { rates: props.rates })), [priced, props.rates]);
  const mines = props.groups.filter((g) => g.mine?.latest?.price);
  const onPage = new Set(props.results.map((r) => `${props.marketplace}:${r.id}`));
  const currency = plain.ok ? plain.value.currency : undefined;
  const fallback =
    mines.find((g) => onPage.has(g.mine!.key)) ??
    mines.find((g) => g.mine!.marketplace === props.marketplace && currency !== undefined && rateFor(g.mine!.latest!.price!.currency, currency, props.rates) !== undefined);
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const chosen = choice === undefined ? fallback : mines.find((g) => g.group.id === choice);
  const user: UserPrice | undefined = chosen ? { price: chosen.mine!.latest!.price!, label: chosen.group.name } : undefined;
  const bands = useMemo(() => (user ? analyse(() => priceBands(priced, { rates: props.rates, userPrice: user.price })) : plain), [priced, props.rates, user?.price.amount, user?.price.currency, plain]);
  return (
    <section class="card bands-card" data-testid="search-bands" aria-labelledby="search-bands-heading">
      <h2 id="search-bands-heading">{t('bandsHeadingSearch')}</h2>
      {mines.length > 0 && (
        <label class="row">
          {t('bandsMarkFrom')}{' '}
          <select data-testid="bands-group" value={chosen?.group.id ?? NONE} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}>
            <option value={NONE}>{t('bandsMarkNone')}</option>
            {mines.map((g) => (
              <option key={g.group.id} value={g.group.id}>
                {g.group.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {bands.ok ? (
        <PriceBandsView bands={bands.value} user={user} headingId="search-bands-heading" />
      ) : (
        <p class="alert" role="alert" data-testid="analysis-error">
          {t('analysisFailed', bands.error)}
        </p>
      )}
      {mines.length === 0 && <p class="note">{t('bandsMarkHint')}</p>}
    </section>
  );
}
