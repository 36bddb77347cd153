import { useComputed } from '@preact/signals';
import { useState } from 'preact/hooks';
import { MARKETPLACES, type Marketplace } from '../../lib/schema';
import { formatDateTime } from '../format';
import { useI18n, type MessageKey } from '../i18n';
import type { SaveState, Workbench } from './model';

export const MARKETPLACE_LABEL: Record<Marketplace, MessageKey> = {
  amazon: 'marketplaceAmazon',
  taobao: 'marketplaceTaobao',
  tmall: 'marketplaceTmall',
  jd: 'marketplaceJd',
};

/**
 * Which draft is open and what it is for: the draft menu, new / from this page / delete
 * (delete asks once more), the draft's name, marketplace and brand, and whether it is saved.
 */
export function DraftBar(props: { wb: Workbench }) {
  const { t, locale } = useI18n();
  const { wb } = props;
  const [confirming, setConfirming] = useState(false);
  // Not the draft itself: typing in a field must not re-render this bar.
  const draft = {
    id: useComputed(() => wb.draft.value.id).value,
    name: useComputed(() => wb.draft.value.name).value,
    marketplace: useComputed(() => wb.draft.value.marketplace).value,
    brand: useComputed(() => wb.draft.value.brand).value,
  };
  const unlistedLabel = useComputed(() => wb.draft.value.name || wb.draft.value.title.slice(0, 60)).value;
  const drafts = wb.drafts.value;
  const persisted = wb.persisted.value;
  const page = wb.pageProduct.value;
  const listed = drafts.some((d) => d.id === draft.id);
  return (
    <section class="card draft-bar" aria-label={t('wbDraft')}>
      <div class="row">
        <label class="grow">
          <span class="visually-hidden">{t('wbDraft')}</span>
          <select
            data-testid="draft-select"
            value={draft.id}
            onChange={(e) => {
              setConfirming(false);
              void wb.openDraft(e.currentTarget.value);
            }}
          >
            {!listed && <option value={draft.id}>{unlistedLabel || t('wbUntitled')}</option>}
            {drafts.map((d) => (
              <option key={d.id} value={d.id}>
                {`${d.name || d.title.slice(0, 60) || t('wbUntitled')} · ${t(MARKETPLACE_LABEL[d.marketplace])}`}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => wb.newDraft()}>
          {t('wbNewDraft')}
        </button>
      </div>
      <div class="row">
        <button type="button" class="primary" data-testid="start-from-page" disabled={!page} title={page ? undefined : t('wbFromPageHint')} onClick={() => wb.startFromPage()}>
          {t('wbFromPage')}
        </button>
        {persisted &&
          (confirming ? (
            <button
              type="button"
              class="danger"
              data-testid="confirm-delete"
              onClick={() => {
                setConfirming(false);
                void wb.deleteDraft();
              }}
              onBlur={() => setConfirming(false)}
            >
              {t('wbDeleteConfirm')}
            </button>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('wbDelete')}
            </button>
          ))}
      </div>
      <div class="draft-meta">
        <label>
          {t('wbName')}
          <input type="text" value={draft.name} maxLength={200} placeholder={t('wbUntitled')} onInput={(e) => wb.setName(e.currentTarget.value)} onBlur={() => wb.checkpoint()} />
        </label>
        <label>
          {t('wbMarketplace')}
          <select value={draft.marketplace} data-testid="draft-marketplace" onChange={(e) => wb.setMarketplace(e.currentTarget.value as Marketplace)}>
            {MARKETPLACES.map((m) => (
              <option key={m} value={m}>
                {t(MARKETPLACE_LABEL[m])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('wbBrand')}
          <input type="text" value={draft.brand ?? ''} maxLength={200} onInput={(e) => wb.setBrand(e.currentTarget.value)} onBlur={() => wb.checkpoint()} />
        </label>
      </div>
      <SaveLine state={wb.saveState.value} locale={locale} />
    </section>
  );
}

function SaveLine(props: { state: SaveState; locale: string }) {
  const { t } = useI18n();
  const s = props.state;
  const text =
    s.kind === 'new'
      ? t('wbSaveNew')
      : s.kind === 'saving'
        ? t('wbSaving')
        : s.kind === 'saved'
          ? t('wbSaved', formatDateTime(new Date(s.at).toISOString(), props.locale))
          : t('wbSaveFailed', s.detail);
  return (
    <p class={s.kind === 'error' ? 'alert' : 'meta'} role={s.kind === 'error' ? 'alert' : 'status'} data-testid="save-state" data-value={s.kind}>
      {text}
    </p>
  );
}
