import type { TitleScore } from '../../lib/schema';
import { formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';
import { sortedChecks, inUiLanguage } from './checks-list';
import { scoreBand } from './field-editor';
import type { ScoredTitle, Workbench } from './model';

/**
 * The draft's title beside the live page's and the competitors' (top search results,
 * then products read recently), each scored by the same rules: the score, where the
 * title comes from, how many checks fail or warn and the first failing one.
 */
export function Competitors(props: { wb: Workbench }) {
  const { t } = useI18n();
  const { wb } = props;
  const live = wb.livePage.value;
  const others = wb.competitors.value;
  return (
    <section class="card competitors" data-testid="competitors" aria-labelledby="cmp-heading">
      <h2 id="cmp-heading">{t('wbCompetitors')}</h2>
      <ol class="cmp-list">
        <OwnRow wb={wb} />
        {live && <Row item={live} />}
        {others.map((c) => (
          <Row key={`${c.source}-${c.id}`} item={c} />
        ))}
      </ol>
      {others.length === 0 && <p class="note">{t('wbCompetitorsEmpty')}</p>}
    </section>
  );
}

/** The draft's own row: the only one a keystroke changes, so the only one re-rendered. */
function OwnRow(props: { wb: Workbench }) {
  const { t } = useI18n();
  const own = props.wb.score('title').value;
  return (
    <li class="cmp cmp-own" data-source="draft" data-score={own.ok ? String(own.value.score) : undefined}>
      <ScoreCell score={own.ok ? own.value : undefined} />
      <div class="cmp-body">
        <span class="cmp-source">{t('wbYourDraft')}</span>
        <span class="cmp-title">{props.wb.text('title').value || '—'}</span>
      </div>
    </li>
  );
}

function Row(props: { item: ScoredTitle }) {
  const { t, locale } = useI18n();
  const c = props.item;
  const score = c.score.ok ? c.score.value : undefined;
  const problems = score ? sortedChecks(score.checks).filter((x) => x.status !== 'pass') : [];
  const fails = problems.filter((x) => x.status === 'fail').length;
  const source =
    c.source === 'page'
      ? t('wbLivePage')
      : c.source === 'search'
        ? t('wbSearchPosition', formatNumber(c.position ?? 0, locale))
        : t('wbSeen', c.readAt !== undefined ? formatDateTime(new Date(c.readAt).toISOString(), locale) : '');
  return (
    <li class={`cmp cmp-${c.source}`} data-testid="competitor" data-source={c.source} data-id={c.id} data-score={score ? String(score.score) : undefined}>
      <ScoreCell score={score} />
      <div class="cmp-body">
        <span class="cmp-source">
          {source}
          {c.sponsored && <span class="tag">{t('sponsored')}</span>}
        </span>
        <span class="cmp-title" title={c.title}>
          {c.title}
        </span>
        {!c.score.ok ? (
          <span class="meta">{t('wbAnalysisFailed', c.score.error)}</span>
        ) : (
          problems.length > 0 && (
            <span class="meta">
              {t('wbCheckSummary', [String(fails), String(problems.length - fails)])} · {inUiLanguage(problems[0]!.message, locale)}
            </span>
          )
        )}
      </div>
    </li>
  );
}

function ScoreCell(props: { score?: TitleScore }) {
  const { locale } = useI18n();
  const s = props.score;
  return <span class={`wb-score wb-score-${s ? scoreBand(s.score) : 'none'}`}>{s ? formatNumber(s.score, locale) : '–'}</span>;
}
