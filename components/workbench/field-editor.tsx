import { useMemo, useRef } from 'preact/hooks';
import type { Marketplace, TitleScore } from '../../lib/schema';
import { formatNumber } from '../format';
import { useI18n, type Translate } from '../i18n';
import { ChecksList } from './checks-list';
import { marksOf, runsOf } from './highlight';
import type { FieldSlot, Workbench } from './model';

/** A draft field holds at most this much (DraftSchema's bound). */
export const MAX_FIELD_CHARS = 2000;

export function slotLabel(slot: FieldSlot, t: Translate): string {
  switch (slot.field) {
    case 'title':
      return t('wbFieldTitle');
    case 'bullet':
      return t('wbFieldBullet', String((slot.bullet ?? 0) + 1));
    case 'searchTerms':
      return t('wbFieldSearchTerms');
    case 'shortTitle':
      return t('wbFieldShortTitle');
  }
}

/** 0–59 bad, 60–84 fair, 85+ good (colour only; the number is always shown). */
export function scoreBand(score: number): 'bad' | 'fair' | 'good' {
  return score >= 85 ? 'good' : score >= 60 ? 'fair' : 'bad';
}

/**
 * One draft field: a textarea over a mirrored highlight layer. The layer has the same
 * box, font and wrapping as the textarea and holds the same text with the checks' spans
 * wrapped in <mark>; the textarea above it is transparent, so the marks show behind the
 * typed text. Scored on every input through the workbench's computed signals.
 */
export function FieldEditor(props: { wb: Workbench; slot: FieldSlot; main: boolean; marketplace: Marketplace }) {
  const { t, locale } = useI18n();
  const { wb, slot, main } = props;
  const text = wb.text(slot.key).value;
  const scored = wb.score(slot.key).value;
  const coverage = main ? wb.coverage.value : undefined;
  const layer = useRef<HTMLDivElement>(null);
  const runs = useMemo(
    () => runsOf(text, marksOf(scored.ok ? scored.value : undefined, coverage?.ok ? coverage.value : undefined)),
    [text, scored, coverage],
  );
  const id = `draft-${slot.key}`;
  const label = slotLabel(slot, t);
  const score = scored.ok ? scored.value : undefined;
  const apply = (replacement: string) => {
    wb.checkpoint(); // the text before the fix becomes a version, so the fix can be undone
    wb.setText(slot.key, replacement.slice(0, MAX_FIELD_CHARS));
    wb.checkpoint();
  };
  const fails = score?.checks.filter((c) => c.status === 'fail').length ?? 0;
  const warns = score?.checks.filter((c) => c.status === 'warn').length ?? 0;
  return (
    <div class={`draft-field${main ? ' draft-field-main' : ''}`} data-slot={slot.key}>
      <div class="draft-field-head">
        <label for={id}>{label}</label>
        {score && (
          <span
            class={`wb-score wb-score-${scoreBand(score.score)}`}
            data-testid={main ? 'title-score' : 'field-score'}
            data-slot={slot.key}
            data-value={String(score.score)}
            title={t('wbScore')}
          >
            {formatNumber(score.score, locale)}
          </span>
        )}
      </div>
      <div class="editor">
        <div class="hl-layer" ref={layer} aria-hidden="true" data-testid={main ? 'title-highlights' : undefined}>
          {runs.map((r) =>
            r.kind ? (
              <mark key={r.start} class={`hl hl-${r.kind}`} data-rules={r.rules.join(' ')} data-status={r.kind}>
                {r.text}
              </mark>
            ) : (
              r.text
            ),
          )}
          {/* A textarea shows a last empty line after a trailing newline; a div needs a character there. */}
          {'\u200b'}
        </div>
        <textarea
          id={id}
          class="editor-input"
          value={text}
          rows={slot.field === 'title' ? 3 : 2}
          maxLength={MAX_FIELD_CHARS}
          lang={props.marketplace === 'amazon' ? undefined : 'zh-CN'}
          spellcheck={props.marketplace === 'amazon'}
          aria-describedby={`${id}-stats`}
          onInput={(e) => wb.setText(slot.key, e.currentTarget.value)}
          onScroll={(e) => {
            if (layer.current) layer.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onBlur={() => wb.checkpoint()}
        />
      </div>
      <p class="meta stats" id={`${id}-stats`}>
        {score && <Stats score={score} marketplace={props.marketplace} />}
      </p>
      {!scored.ok ? (
        <p class="alert" role="alert">
          {t('wbAnalysisFailed', scored.error)}
        </p>
      ) : main ? (
        <ChecksList score={scored.value} text={text} onApply={apply} />
      ) : (
        scored.value.checks.length > 0 && (
          <details class="field-checks">
            <summary>{t('wbCheckSummary', [String(fails), String(warns)])}</summary>
            <ChecksList score={scored.value} text={text} onApply={apply} />
          </details>
        )
      )}
    </div>
  );
}

/** The counts each marketplace limits by: Amazon characters (search terms: UTF-8 bytes); Chinese marketplaces count 汉字 as 2. */
function Stats(props: { score: TitleScore; marketplace: Marketplace }) {
  const { t, locale } = useI18n();
  const s = props.score.stats;
  const n = (v: number) => formatNumber(v, locale);
  if (props.marketplace !== 'amazon') {
    return <span data-chars={String(s.chars)} data-cn-bytes={String(s.cnBytes)}>{t('wbStatsCn', [n(s.chars), n(s.cnBytes)])}</span>;
  }
  if (props.score.field === 'searchTerms') {
    return <span data-utf8-bytes={String(s.utf8Bytes)}>{t('wbStatsBytes', [n(s.utf8Bytes), n(s.words)])}</span>;
  }
  return <span data-chars={String(s.chars)}>{t('wbStatsChars', [n(s.chars), n(s.words)])}</span>;
}
