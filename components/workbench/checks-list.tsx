import type { Bilingual, TitleCheck, TitleScore } from '../../lib/schema';
import { safeHref } from '../field';
import { formatNumber } from '../format';
import { useI18n, type MessageKey } from '../i18n';

export const STATUS_LABEL: Record<TitleCheck['status'], MessageKey> = { pass: 'wbStatusPass', warn: 'wbStatusWarn', fail: 'wbStatusFail' };
const STATUS_ICON: Record<TitleCheck['status'], string> = { pass: '✓', warn: '!', fail: '✕' };
const ORDER: TitleCheck['status'][] = ['fail', 'warn', 'pass'];

/** The check's own language: Chinese for a Chinese UI, English otherwise. */
export function inUiLanguage(text: Bilingual, locale: string): string {
  return locale.toLowerCase().startsWith('zh') ? text.zh : text.en;
}

/** Failing checks first, then warnings, then passes (each group in the scorer's order). */
export function sortedChecks(checks: readonly TitleCheck[]): TitleCheck[] {
  return [...checks].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
}

interface ChecksProps {
  score: TitleScore;
  /** The field's text, so a fix that would change nothing offers no button. */
  text?: string;
  onApply?: (replacement: string) => void;
}

/**
 * Every check of one score: status, the message and the fix in the UI language, the
 * points earned out of the check's weight, and under them the sum that makes the score
 * — so a copywriter sees why 78 and not 90. Failing and warning checks are open; the
 * passing ones fold under one line (a title passes a dozen rules; the panel is narrow).
 */
export function ChecksList(props: ChecksProps) {
  const { t, locale } = useI18n();
  const checks = sortedChecks(props.score.checks);
  const num = (n: number) => formatNumber(n, locale, 1);
  if (checks.length === 0) return <p class="note">{t('wbNoChecks')}</p>;
  const open = checks.filter((c) => c.status !== 'pass');
  const passed = checks.filter((c) => c.status === 'pass');
  const sum = (list: readonly TitleCheck[], key: 'earned' | 'weight') => list.reduce((s, c) => s + c[key], 0);
  return (
    <div class="checks-block" data-testid="checks">
      {open.length > 0 && (
        <ul class="checks">
          {open.map((c, i) => (
            <CheckItem key={`${c.rule}-${i}`} check={c} {...props} />
          ))}
        </ul>
      )}
      {passed.length > 0 && (
        <details class="passed-checks">
          <summary>{t('wbPassedChecks', [String(passed.length), num(sum(passed, 'earned')), num(sum(passed, 'weight'))])}</summary>
          <ul class="checks">
            {passed.map((c, i) => (
              <CheckItem key={`${c.rule}-${i}`} check={c} {...props} />
            ))}
          </ul>
        </details>
      )}
      <p class="arithmetic" data-testid="score-arithmetic" data-earned={String(sum(checks, 'earned'))} data-weight={String(sum(checks, 'weight'))}>
        {t('wbArithmetic', [num(sum(checks, 'earned')), num(sum(checks, 'weight')), num(props.score.score)])}
      </p>
    </div>
  );
}

function CheckItem(props: ChecksProps & { check: TitleCheck }) {
  const { t, locale } = useI18n();
  const c = props.check;
  const num = (n: number) => formatNumber(n, locale, 1);
  const replacement = c.fix?.replacement;
  return (
    <li class={`check check-${c.status}`} data-rule={c.rule} data-status={c.status}>
      <div class="check-head">
        <span class="check-status">
          <span aria-hidden="true">{STATUS_ICON[c.status]}</span> {t(STATUS_LABEL[c.status])}
        </span>
        <span class="check-points" title={t('wbPoints', [num(c.earned), num(c.weight)])} data-earned={String(c.earned)} data-weight={String(c.weight)}>
          {num(c.earned)}/{num(c.weight)}
        </span>
      </div>
      <p class="check-message">{inUiLanguage(c.message, locale)}</p>
      {c.fix && (
        <p class="check-fix">
          <strong>{t('wbFix')}</strong> {inUiLanguage(c.fix.message, locale)}
          {/* A mechanical fix comes as the whole corrected text: one click applies it (undo: the history). */}
          {props.onApply && replacement !== undefined && replacement !== props.text && (
            <>
              {' '}
              <button type="button" class="apply-fix" data-testid="apply-fix" onClick={() => props.onApply!(replacement)}>
                {t('wbApplyFix')}
              </button>
            </>
          )}
        </p>
      )}
      <RuleSource source={c.source} />
    </li>
  );
}

/** Where a rule comes from: a link when it is an http(s) address, "heuristic", or the source as text. */
export function RuleSource(props: { source?: string }) {
  const { t } = useI18n();
  const href = safeHref(props.source);
  if (href) {
    return (
      <a class="check-source meta" href={href} target="_blank" rel="noreferrer noopener">
        {t('wbRuleSource')}
      </a>
    );
  }
  if (!props.source) return null;
  return <span class="check-source meta">{props.source === 'heuristic' ? t('wbRuleHeuristic') : `${t('wbRuleSource')}: ${props.source}`}</span>;
}
