import type { DraftRow } from '../../lib/db/schema';
import { useI18n, type Translate } from '../i18n';
import { slotLabel } from './field-editor';
import { slotsFor, slotText, type Workbench } from './model';

/**
 * Every filled field under its label, blank line between: what a copywriter pastes into
 * a ticket or a chat. The title alone is copied bare, ready for the listing form.
 */
export function allFieldsText(draft: DraftRow, t: Translate): string {
  return slotsFor(draft.marketplace)
    .map((slot) => [slotLabel(slot, t), slotText(draft, slot.key).trim()] as const)
    .filter(([, text]) => text !== '')
    .map(([label, text]) => `${label}\n${text}`)
    .join('\n\n');
}

/** Copy buttons, with a visible (and announced) confirmation or failure. */
export function CopyBar(props: { wb: Workbench }) {
  const { t } = useI18n();
  const { wb } = props;
  const state = wb.copyState.value;
  return (
    <div class="copy-bar row">
      <button type="button" data-testid="copy-title" onClick={() => void wb.copy('title', wb.draft.peek().title)}>
        {t('wbCopyTitle')}
      </button>
      <button type="button" data-testid="copy-all" onClick={() => void wb.copy('all', allFieldsText(wb.draft.peek(), t))}>
        {t('wbCopyAll')}
      </button>
      <span class={state.kind === 'failed' ? 'copy-status bad' : 'copy-status ok'} role="status" data-testid="copy-status" data-value={state.kind}>
        {state.kind === 'copied' ? t(state.what === 'title' ? 'wbCopiedTitle' : 'wbCopiedAll') : state.kind === 'failed' ? t('wbCopyFailed', state.detail) : ''}
      </span>
    </div>
  );
}
