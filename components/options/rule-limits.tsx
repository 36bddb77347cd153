import { LIMITS, type LimitId, type LimitUnit } from '../../lib/analyses/title/limits';
import { safeHref } from '../field';
import { formatNumber } from '../format';
import { useI18n, type MessageKey } from '../i18n';

const UNIT: Record<LimitUnit, MessageKey> = {
  chars: 'wsUnitChars',
  utf8Bytes: 'wsUnitUtf8Bytes',
  cnBytes: 'wsUnitCnBytes',
  count: 'wsUnitCount',
  letters: 'wsUnitLetters',
};

/** Which marketplace a limit belongs to, from its id (`cn…` limits apply to Taobao, Tmall and JD alike). */
export const LIMIT_GROUPS: [MessageKey, (id: LimitId) => boolean][] = [
  ['marketplaceAmazon', (id) => id.startsWith('amazon')],
  ['marketplaceTaobao', (id) => id.startsWith('taobao')],
  ['marketplaceTmall', (id) => id.startsWith('tmall')],
  ['marketplaceJd', (id) => id.startsWith('jd')],
  ['wsLimitsChinese', (id) => id.startsWith('cn')],
];

/**
 * The title rules' limits per marketplace, each with its value, unit, as-of date and
 * source — read-only: marketplaces change them, and the user should see how current each
 * one is. The note is the rule table's own (English) reasoning.
 */
export function RuleLimits() {
  const { t, locale } = useI18n();
  const ids = Object.keys(LIMITS) as LimitId[];
  return (
    <div class="rule-limits" data-testid="rule-limits">
      {LIMIT_GROUPS.map(([name, belongs]) => {
        const mine = ids.filter(belongs);
        if (!mine.length) return null;
        return (
          <div key={name} class="table-scroll" role="region" aria-label={t(name)} tabIndex={0}>
            <table class="data-table">
              <caption>{t(name)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('wsLimitRule')}</th>
                  <th scope="col">{t('wsLimitValue')}</th>
                  <th scope="col">{t('wsLimitAsOf')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.map((id) => {
                  const l = LIMITS[id];
                  const href = safeHref(l.source);
                  return (
                    <tr key={id} data-limit={id} data-value={String(l.value)} data-as-of={l.asOf}>
                      <th scope="row">
                        <code>{id}</code>
                        <div class="meta">{l.note}</div>
                      </th>
                      <td>
                        {formatNumber(l.value, locale)} {t(UNIT[l.unit])}
                      </td>
                      <td>
                        {href ? (
                          <a href={href} target="_blank" rel="noopener noreferrer">
                            {l.asOf}
                          </a>
                        ) : (
                          l.asOf
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
