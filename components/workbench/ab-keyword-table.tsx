import type { CompetitorTermComparison, KeywordComparison, Verdict } from '../../lib/schema';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import type { AbSide } from './ab-model';

/** How well one title uses a keyword: 0 absent, 1 present, 2 at the front; stuffed counts as present only. */
function rank(has: boolean, front: boolean, stuffed: boolean): number {
  return !has ? 0 : front && !stuffed ? 2 : 1;
}

/** Which title uses the keyword better (present beats absent; front beats later). */
export function keywordWinner(k: KeywordComparison): Verdict {
  const d = rank(k.inA, k.frontLoadedA, k.stuffedA) - rank(k.inB, k.frontLoadedB, k.stuffedB);
  return d > 0 ? 'a' : d < 0 ? 'b' : 'tie';
}

/** Whether each title has each target keyword and each term competitors share. */
export function AbKeywordTables(props: { keywords: readonly KeywordComparison[]; terms: readonly CompetitorTermComparison[] }) {
  const { t, locale } = useI18n();
  return (
    <>
      <h4>{t('ab_keywords')}</h4>
      {props.keywords.length === 0 ? (
        <p class="note">{t('ab_keywordsEmpty')}</p>
      ) : (
        <table class="ab-table" data-testid="ab-keywords">
          <thead>
            <tr>
              <th scope="col">{t('ab_colKeyword')}</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
            </tr>
          </thead>
          <tbody>
            {props.keywords.map((k) => {
              const winner = keywordWinner(k);
              return (
                <tr key={k.keyword} data-keyword={k.keyword} data-winner={winner}>
                  <th scope="row">{k.keyword}</th>
                  <HasCell has={k.inA} front={k.frontLoadedA} stuffed={k.stuffedA} wins={winner === 'a'} side="a" />
                  <HasCell has={k.inB} front={k.frontLoadedB} stuffed={k.stuffedB} wins={winner === 'b'} side="b" />
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h4>{t('ab_competitorTerms')}</h4>
      {props.terms.length === 0 ? (
        <p class="note">{t('ab_competitorTermsEmpty')}</p>
      ) : (
        <table class="ab-table" data-testid="ab-terms">
          <thead>
            <tr>
              <th scope="col">{t('ab_colTerm')}</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
            </tr>
          </thead>
          <tbody>
            {props.terms.map((c) => (
              <tr key={c.term} data-term={c.term} data-winner={c.inA === c.inB ? 'tie' : c.inA ? 'a' : 'b'}>
                <th scope="row">
                  {c.term} <span class="meta">{t('ab_usedBy', formatNumber(c.competitors, locale))}</span>
                </th>
                <HasCell has={c.inA} wins={c.inA && !c.inB} side="a" />
                <HasCell has={c.inB} wins={c.inB && !c.inA} side="b" />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function HasCell(props: { has: boolean; front?: boolean; stuffed?: boolean; wins: boolean; side: AbSide }) {
  const { t } = useI18n();
  const notes = [props.has && props.front ? t('ab_front') : '', props.has && props.stuffed ? t('ab_stuffed') : ''].filter(Boolean);
  return (
    <td class={`ab-cell ${props.has ? 'check-pass' : 'check-fail'}${props.wins ? ' ab-win' : ''}`} data-side={props.side} data-has={String(props.has)}>
      <span aria-hidden="true">{props.has ? '✓' : '✕'}</span> {props.has ? t('ab_has') : t('ab_lacks')}
      {notes.length > 0 && <span class="meta">{` · ${notes.join(' · ')}`}</span>}
      {props.wins && <strong class="ab-mark">{t('ab_better')}</strong>}
    </td>
  );
}
