import type { ComponentChildren } from 'preact';
import { useI18n } from './i18n';

/**
 * One labelled value. `data-field`/`data-value` are the real-browser test contract: the
 * raw value, locale-free, next to the formatted text people read.
 */
export function Field(props: { name: string; raw: string | number; label: string; children: ComponentChildren }) {
  return (
    <div class="field" data-field={props.name} data-value={String(props.raw)}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

/** A field the reader did not find, shown as such rather than left out silently. */
export function MissingField(props: { name: string; label: string }) {
  const { t } = useI18n();
  return (
    <div class="field field-missing" data-missing-field={props.name}>
      <dt>{props.label}</dt>
      <dd>{t('notFound')}</dd>
    </div>
  );
}

/** Only http(s) links from page data become links; anything else (javascript:, data:) stays text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
