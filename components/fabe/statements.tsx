import { useState } from 'preact/hooks';
import { FABE_PARTS, type ClassifiedStatement, type Evidence, type FabeChain, type FabePart, type FabeTable } from '../../lib/schema';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { inUiLanguage } from '../workbench/checks-list';
import { chainsByStrength, EVIDENCE_LABEL } from './exports';
import { FIRST_CHAINS, FIRST_EVIDENCE, FIRST_STATEMENTS, FIRST_STEP_STATEMENTS, ShowMore, useShown } from './show-more';
import { PART_LABEL, sourceLabel } from './source-label';

/**
 * The statements of one listing grouped by FABE part, each with where it came from
 * ("Bullet 3", "Spec “Material”", "Review · 2024-03-05 · 2★") and the cue that decided its
 * part. Statements the classifier could not place are kept, folded away, so nothing taken
 * from the page silently disappears. A long group shows its first statements (page order:
 * the seller's text before the reviews) and says how many more there are (show-more.tsx).
 */
export function StatementGroups(props: { table: FabeTable }) {
  const { t } = useI18n();
  const groups = FABE_PARTS.map((part) => [part, props.table.statements.filter((s) => s.part === part)] as const);
  return (
    <div class="fabe-groups">
      {groups.map(([part, list]) =>
        part === 'none' ? (
          list.length > 0 && (
            <details key={part} class="fabe-group fabe-group-none" data-testid="fabe-group" data-part={part} data-count={String(list.length)}>
              <summary>
                {t(PART_LABEL[part])} ({list.length})
              </summary>
              <StatementList list={list} />
            </details>
          )
        ) : (
          <section key={part} class={`fabe-group fabe-group-${part}`} data-testid="fabe-group" data-part={part} data-count={String(list.length)} aria-labelledby={`fabe-part-${part}`}>
            <h3 id={`fabe-part-${part}`}>
              <PartBadge part={part} /> {t(PART_LABEL[part])} <span class="count">({list.length})</span>
            </h3>
            {list.length === 0 ? <p class="note">{t('fabeNoStatements')}</p> : <StatementList list={list} />}
          </section>
        ),
      )}
    </div>
  );
}

function StatementList(props: { list: readonly ClassifiedStatement[] }) {
  const { shown, ...more } = useShown(props.list, FIRST_STATEMENTS);
  return (
    <>
      <ol class="fabe-statements">
        {shown.map((s) => (
          <Statement key={s.id} s={s} />
        ))}
      </ol>
      <ShowMore {...more} what="statements" />
    </>
  );
}

/** One statement: its text (as text, never markup), source, cue and confidence. */
export function Statement(props: { s: ClassifiedStatement; compact?: boolean }) {
  const { t, locale } = useI18n();
  const s = props.s;
  return (
    <li
      class="fabe-stmt"
      data-testid="statement"
      data-statement-id={s.id}
      data-part={s.part}
      data-origin={s.source.origin}
      data-index={s.source.index === undefined ? undefined : String(s.source.index)}
      data-spec-name={s.source.specName}
    >
      <span class="fabe-stmt-text" lang={s.lang}>
        {s.text}
      </span>
      <span class="meta fabe-stmt-meta">
        <span class="fabe-source" data-testid="statement-source">
          {sourceLabel(s.source, t)}
        </span>
        {s.cue && (
          <span class="fabe-why" data-testid="statement-cue">
            {t('fabeWhy', s.cue)}
          </span>
        )}
        {!props.compact && <span class="fabe-confidence">{t('fabeConfidence', `${formatNumber(s.confidence * 100, locale)}%`)}</span>}
      </span>
    </li>
  );
}

export function PartBadge(props: { part: FabePart }) {
  return (
    <span class={`fabe-part fabe-part-${props.part}`} aria-hidden="true">
      {props.part === 'none' ? '?' : props.part}
    </span>
  );
}

/**
 * The chains, strongest first: what they are about, feature → advantage → benefit, and the
 * evidence as chips. A chain nothing backs is marked; a 1–2★ review that contradicts it
 * is marked on its chip and on the chain. The strongest chains show first, and each chain
 * its first statements per step and first chips, with how many more (show-more.tsx).
 */
export function Chains(props: { table: FabeTable }) {
  const { t } = useI18n();
  const chains = chainsByStrength(props.table);
  const byId = new Map(props.table.statements.map((s) => [s.id, s]));
  const { shown, ...more } = useShown(chains, FIRST_CHAINS);
  if (chains.length === 0) return <p class="note" data-testid="fabe-no-chains">{t('fabeNoChains')}</p>;
  return (
    <>
      <ol class="fabe-chains">
        {shown.map((c) => (
          <Chain key={c.id} chain={c} byId={byId} />
        ))}
      </ol>
      <ShowMore {...more} what="chains" />
    </>
  );
}

function Chain(props: { chain: FabeChain; byId: ReadonlyMap<string, ClassifiedStatement> }) {
  const { t, locale } = useI18n();
  const c = props.chain;
  const contradicted = c.evidence.some((e) => e.stance === 'contradicts');
  const [expanded, setExpanded] = useState(false);
  const cut = <T,>(list: readonly T[], first: number) => (expanded ? list : list.slice(0, first));
  const steps = [
    ['F', cut(c.features, FIRST_STEP_STATEMENTS)],
    ['A', cut(c.advantages, FIRST_STEP_STATEMENTS)],
    ['B', cut(c.benefits, FIRST_STEP_STATEMENTS)],
  ] as const;
  // Collapsed, a chain still shows every chip that contradicts it: the warning is the point.
  const evidence = c.evidence.map((e, i) => [e, i] as const).filter(([e, i]) => expanded || i < FIRST_EVIDENCE || e.stance === 'contradicts');
  const all = c.features.length + c.advantages.length + c.benefits.length + c.evidence.length;
  const hidden = all - steps.reduce((n, [, ids]) => n + ids.length, 0) - evidence.length;
  return (
    <li
      class={`fabe-chain${c.unsupported ? ' fabe-chain-unsupported' : ''}${contradicted ? ' fabe-chain-contradicted' : ''}`}
      data-testid="chain"
      data-chain-id={c.id}
      data-theme={c.theme}
      data-unsupported={String(c.unsupported)}
      data-contradicted={String(contradicted)}
    >
      <div class="fabe-chain-head">
        <strong class="fabe-theme">{c.theme}</strong>
        {c.unsupported && (
          <span class="tag tag-warn" data-testid="chain-unsupported" title={t('fabeUnsupportedHint')}>
            {t('fabeUnsupported')}
          </span>
        )}
        {contradicted && (
          <span class="tag tag-bad" data-testid="chain-contradicted">
            {t('fabeContradicted')}
          </span>
        )}
        <span class="meta fabe-strength">{t('fabeStrength', formatNumber(c.strength, locale, 1))}</span>
      </div>
      <ol class="fabe-steps">
        {steps.map(([part, ids]) =>
          ids.length === 0 ? null : (
            <li key={part} class="fabe-step" data-part={part}>
              <PartBadge part={part} />
              <ul class="fabe-step-list">
                {ids.map((id) => {
                  const s = props.byId.get(id);
                  return s ? <Statement key={id} s={s} compact /> : null;
                })}
              </ul>
            </li>
          ),
        )}
      </ol>
      {evidence.length > 0 && (
        <ul class="fabe-evidence" aria-label={t('fabePartE')}>
          {evidence.map(([e, i]) => (
            <EvidenceChip key={i} e={e} source={e.statementId ? props.byId.get(e.statementId) : undefined} />
          ))}
        </ul>
      )}
      <ShowMore hidden={hidden} expanded={expanded} toggle={() => setExpanded((x) => !x)} what="chain" />
    </li>
  );
}

function EvidenceChip(props: { e: Evidence; source?: ClassifiedStatement }) {
  const { t, locale } = useI18n();
  const { e, source } = props;
  return (
    <li class={`chip chip-${e.stance}`} data-testid="evidence" data-kind={e.kind} data-stance={e.stance} data-origin={source?.source.origin}>
      <span class="chip-kind">
        {e.stance === 'contradicts' ? `✗ ${t('fabeContradicts')} · ` : '✓ '}
        {/* A quoted review is named by its source ("Review · 2026-01-20 · 1★"), not twice. */}
        {e.kind === 'review-quote' && source ? sourceLabel(source.source, t) : [t(EVIDENCE_LABEL[e.kind]), source && ` · ${sourceLabel(source.source, t)}`]}
      </span>
      <span class="chip-text">{e.text}</span>
      {e.warnings?.map((w, i) => (
        <span key={i} class="chip-warning" data-testid="evidence-warning">
          {inUiLanguage(w, locale)}
        </span>
      ))}
    </li>
  );
}
