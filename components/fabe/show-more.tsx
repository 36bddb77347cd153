import { useState } from 'preact/hooks';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';

/**
 * How much of a long FABE list the view shows before "Show n more". A product page with a
 * thousand statements (a long description and a few pages of reviews) rendered every
 * statement, chain step and evidence chip: about 11,500 elements, 190–320 ms of the panel's
 * thread in Chromium to show (`npm run bench:panel`), against the ~20 ms the analysis takes.
 * A page of about 60 statements (the saved pages' median) mostly stays whole; the exports always hold
 * everything.
 */
export const FIRST_STATEMENTS = 25;
export const FIRST_CHAINS = 10;
/** Per step (F, A, B) of one chain, and evidence chips per chain. */
export const FIRST_STEP_STATEMENTS = 3;
export const FIRST_EVIDENCE = 4;
/** Gap-matrix columns (themes, most shared first); a page and eight competitors held 96. */
export const FIRST_THEMES = 20;

/** A list's first `first` items, or all of them once the user asked for all. */
export function useShown<T>(list: readonly T[], first: number): { shown: readonly T[]; hidden: number; expanded: boolean; toggle: () => void } {
  const [expanded, setExpanded] = useState(false);
  const hidden = expanded ? 0 : Math.max(0, list.length - first);
  return { shown: hidden > 0 ? list.slice(0, first) : list, hidden, expanded, toggle: () => setExpanded((e) => !e) };
}

/**
 * The button under a capped list: "Show 12 more" while items are hidden, "Show fewer" once
 * expanded; nothing when the list was short enough to show whole.
 */
export function ShowMore(props: { hidden: number; expanded: boolean; toggle: () => void; what: string }) {
  const { t, locale } = useI18n();
  if (props.hidden === 0 && !props.expanded) return null;
  return (
    <button type="button" class="fabe-show-more" data-testid="show-more" data-what={props.what} data-hidden={String(props.hidden)} aria-expanded={props.expanded} onClick={props.toggle}>
      {props.expanded ? t('fabeShowFewer') : t('fabeShowMore', formatNumber(props.hidden, locale))}
    </button>
  );
}
