import { useState } from 'preact/hooks';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';

export type ClearStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; removed: number } | { kind: 'failed'; message: string };

/** "Clear all data", behind a second, explicit confirmation; says what was removed. */
export function ClearData(props: { status: ClearStatus; onClear(): void }) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const s = props.status;
  return (
    <div class="clear-data" data-testid="clear-data">
      <p class="note">{t('wsClearHint')}</p>
      <div class="row">
        {confirming ? (
          <>
            <span role="alert">{t('wsClearConfirm')}</span>
            <button
              type="button"
              class="danger"
              data-testid="clear-go"
              onClick={() => {
                setConfirming(false);
                props.onClear();
              }}
            >
              {t('wsClearGo')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" class="danger" data-testid="clear" disabled={s.kind === 'busy'} onClick={() => setConfirming(true)}>
            {t('wsClear')}…
          </button>
        )}
      </div>
      <p class="meta" data-testid="clear-status" data-kind={s.kind} role="status">
        {s.kind === 'busy' ? t('statusWorking') : s.kind === 'done' ? t('wsCleared', formatNumber(s.removed, locale)) : s.kind === 'failed' ? t('statusFailed', s.message) : ''}
      </p>
    </div>
  );
}
