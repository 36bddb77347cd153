import type { GapMatrix } from '../../lib/schema';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import type { FabeCompetitor } from './model';
import { FIRST_THEMES, ShowMore, useShown } from './show-more';

/**
 * Themes × products: which parts each product claims for each theme, the user's product
 * first and highlighted, a theme competitors claim and the user's listing does not marked
 * in its row; then the two lists that matter when rewriting: missing from mine, only mine.
 * Scrolls sideways in a narrow panel (the product column stays put). Themes come most
 * shared first; the first FIRST_THEMES columns show, the rest on "Show n more".
 */
export function GapMatrixView(props: { matrix: GapMatrix; competitors: readonly FabeCompetitor[]; mineTitle?: string }) {
  const { t, locale } = useI18n();
  const { matrix } = props;
  const missing = new Set(matrix.missingFromMine);
  const about = new Map(props.competitors.map((c) => [c.productId, c]));
  const { shown: themes, ...more } = useShown(matrix.themes, FIRST_THEMES);
  return (
    <div class="fabe-gap">
      <div class="fabe-gap-scroll" role="region" aria-labelledby="fabe-gap-heading" tabIndex={0}>
        <table class="fabe-gap-table" data-testid="gap-matrix" data-themes={String(matrix.themes.length)}>
          <thead>
            <tr>
              <th scope="col">{t('fabeGapProduct')}</th>
              {themes.map((theme) => (
                <th key={theme} scope="col" data-theme={theme} class={missing.has(theme) ? 'fabe-gap-missing' : undefined}>
                  {theme}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.products.map((p) => {
              const c = about.get(p.productId);
              const source = p.mine ? 'page' : c?.source;
              // The table's title, else the read's (a table need not carry one).
              const title = p.title ?? (p.mine ? props.mineTitle : c?.title);
              return (
                <tr key={p.productId} data-product-id={p.productId} data-mine={String(p.mine)} data-source={source} class={p.mine ? 'fabe-mine' : undefined}>
                  <th scope="row">
                    {p.mine && <span class="tag tag-mine">{t('fabeGapMine')}</span>}
                    <span class="fabe-gap-title" title={title}>
                      {title ?? p.productId}
                    </span>
                    <span class="meta">
                      {p.productId}
                      {c?.source === 'search' && c.position !== undefined && ` · ${t('fabeGapFromSearch', formatNumber(c.position, locale))}`}
                      {c?.source === 'recent' && ` · ${t('fabeGapRecent')}`}
                    </span>
                  </th>
                  {themes.map((theme) => {
                    const parts = p.claims[theme] ?? [];
                    const gap = p.mine && parts.length === 0 && missing.has(theme);
                    return (
                      <td key={theme} data-theme={theme} data-parts={parts.join(' ')} class={gap ? 'fabe-gap-missing' : undefined}>
                        {parts.length ? parts.join(' ') : <span aria-label={t('fabeGapNotClaimed')}>—</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ShowMore {...more} what="themes" />
      <ThemeList testid="gap-missing" label={t('fabeGapMissing')} themes={matrix.missingFromMine} bad />
      <ThemeList testid="gap-only-mine" label={t('fabeGapOnlyMine')} themes={matrix.onlyMine} />
    </div>
  );
}

function ThemeList(props: { testid: string; label: string; themes: readonly string[]; bad?: boolean }) {
  const { t } = useI18n();
  return (
    <div class="fabe-theme-list" data-testid={props.testid} data-count={String(props.themes.length)}>
      <span class="fabe-theme-list-label">{props.label}:</span>{' '}
      {props.themes.length === 0 ? (
        <span class="meta">{t('fabeGapNone')}</span>
      ) : (
        <ul>
          {props.themes.map((theme) => (
            <li key={theme} class={`tag${props.bad ? ' tag-bad' : ''}`} data-theme={theme}>
              {theme}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
