import type { FabeChain, SellingPointDraft } from '../../lib/schema';
import { useI18n } from '../i18n';
import type { FabeModel } from './model';

/**
 * 一句话卖点 drafts ([audience/scene] + benefit + hardest evidence or number), each with
 * the theme it was built from and a copy button. A draft the title rules flag says so.
 */
export function SellingPoints(props: { drafts: readonly SellingPointDraft[]; chains: readonly FabeChain[]; model: FabeModel }) {
  const { t } = useI18n();
  const themes = new Map(props.chains.map((c) => [c.id, c.theme]));
  const status = props.model.exportState.value;
  if (props.drafts.length === 0) return <p class="note" data-testid="selling-points-empty">{t('fabeDraftsEmpty')}</p>;
  return (
    <ol class="fabe-drafts">
      {props.drafts.map((d, i) => {
        const copied = status.kind === 'copied' && status.what === 'selling-point' && status.index === i;
        return (
          <li key={`${d.chainId}-${i}`} class="fabe-draft" data-testid="selling-point" data-chain-id={d.chainId} data-rules-passed={String(d.rulesPassed)}>
            <p class="fabe-draft-text" lang={d.lang}>
              {d.text}
            </p>
            <div class="row">
              {themes.has(d.chainId) && <span class="meta">{t('fabeDraftFrom', themes.get(d.chainId)!)}</span>}
              {!d.rulesPassed && <span class="tag tag-warn">{t('fabeDraftCheck')}</span>}
              <button type="button" data-testid="copy-selling-point" aria-label={t('fabeCopyDraft', String(i + 1))} onClick={() => void props.model.copy('selling-point', d.text, i)}>
                {copied ? t('fabeCopied') : t('fabeCopy')}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
