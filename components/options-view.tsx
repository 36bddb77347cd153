import type { OptionGroup } from '../lib/schema';
import { formatNumber } from './format';
import { useI18n } from './i18n';

/** Options shown per SKU dimension before "+N more": the panel is ~360 px wide. */
export const FIRST_OPTIONS = 8;

/**
 * SKU dimensions (颜色分类, 尺码, Size), compact: the dimension, how many options it has,
 * the first few with the selected one marked and sold-out ones struck through.
 */
export function OptionsView(props: { groups: readonly OptionGroup[] }) {
  const { t, locale } = useI18n();
  return (
    <div class="options" data-field="options" data-value={String(props.groups.length)}>
      <h3>{t('sectionOptions')}</h3>
      <dl class="fields">
        {props.groups.map((g, i) => {
          const shown = g.values.slice(0, FIRST_OPTIONS);
          return (
            <div key={i} class="field option-group" data-option-group={g.name} data-option-count={String(g.values.length)}>
              <dt>
                {g.name} <span class="count">({formatNumber(g.values.length, locale)})</span>
              </dt>
              <dd>
                <ul class="chips">
                  {shown.map((v, j) => (
                    <li
                      key={j}
                      class={`chip${v.selected ? ' chip-selected' : ''}${v.available === false ? ' chip-unavailable' : ''}`}
                      title={v.available === false ? t('optionUnavailable') : undefined}
                      aria-current={v.selected ? 'true' : undefined}
                    >
                      {v.text}
                    </li>
                  ))}
                  {g.values.length > shown.length && <li class="chip chip-more">{t('moreCount', formatNumber(g.values.length - shown.length, locale))}</li>}
                </ul>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
