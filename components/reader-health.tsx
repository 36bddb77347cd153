import type { Issue } from '../lib/schema';
import { useI18n, type MessageKey } from './i18n';

export const SEVERITY_LABEL: Record<Issue['severity'], MessageKey> = {
  'missing-required': 'severityMissingRequired',
  unparseable: 'severityUnparseable',
  'missing-optional': 'severityMissingOptional',
};
const ORDER: Issue['severity'][] = ['missing-required', 'unparseable', 'missing-optional'];

/**
 * What the reader could not read. Required fields that are missing lead, highlighted:
 * they usually mean the marketplace changed its layout, and the values above are partial.
 */
export function ReaderHealth(props: { issues: readonly Issue[] }) {
  const { t } = useI18n();
  const sorted = [...props.issues].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  const required = sorted.filter((i) => i.severity === 'missing-required');
  return (
    <section class="card health" data-health={required.length > 0 ? 'missing-required' : sorted.length > 0 ? 'issues' : 'ok'}>
      <h2>{t('sectionHealth')}</h2>
      {required.length > 0 && (
        <p class="alert" role="alert">
          {t('healthMissingRequired', required.map((i) => i.field).join(', '))}
        </p>
      )}
      {sorted.length === 0 ? (
        <p class="ok">{t('healthOk')}</p>
      ) : (
        <ul class="issues">
          {sorted.map((issue, i) => (
            <li key={i} class={`issue issue-${issue.severity}`} data-issue-field={issue.field} data-severity={issue.severity}>
              <div class="issue-head">
                <code>{issue.field}</code>
                <span class="severity">{t(SEVERITY_LABEL[issue.severity])}</span>
              </div>
              <p class="issue-message">{issue.message}</p>
              {issue.tried && issue.tried.length > 0 && <p class="meta">{t('triedStrategies', issue.tried.join(', '))}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
