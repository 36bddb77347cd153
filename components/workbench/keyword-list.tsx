import { useComputed } from '@preact/signals';
import { useRef, useState } from 'preact/hooks';
import { parseKeywordList } from '../../lib/analyses/title';
import type { KeywordCoverage } from '../../lib/schema';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { decodeKeywordFile, keywordKey, MAX_KEYWORD_FILE_BYTES } from './keyword-text';
import type { Workbench } from './model';

type Notice = { kind: 'ok' | 'error'; text: string } | undefined;

/**
 * The target keywords as a checklist against the title: a term the title uses is
 * crossed off, with whether it sits in the front of the title and whether it is used
 * too often. Terms come typed (Enter or Add), pasted as a list, or from a CSV/text file.
 */
export function KeywordList(props: { wb: Workbench }) {
  const { t, locale } = useI18n();
  const { wb } = props;
  const [entry, setEntry] = useState('');
  const [notice, setNotice] = useState<Notice>(undefined);
  const file = useRef<HTMLInputElement>(null);
  const keywords = useComputed(() => wb.draft.value.keywords).value;
  const coverage = wb.coverage.value;
  const byKey = new Map<string, KeywordCoverage>();
  if (coverage.ok) for (const c of coverage.value) byKey.set(keywordKey(c.keyword), c);
  const used = keywords.filter((k) => byKey.get(keywordKey(k))?.present).length;

  /** Adds a typed, pasted or imported list; says what happened, and what was left out and why. */
  const add = (text: string, file?: string) => {
    const list = parseKeywordList(text);
    const added = wb.addKeywords(list.keywords);
    const said = [
      file ? t('wbKeywordsImported', [String(added), file]) : t('wbKeywordsAdded', [String(added), String(list.keywords.length - added)]),
      ...(list.dropped > 0 ? [t('wbKeywordsDropped', String(list.dropped))] : []),
      ...(list.truncated ? [t('wbKeywordsTruncated')] : []),
    ];
    setNotice(list.keywords.length > 0 || list.dropped > 0 || file ? { kind: 'ok', text: said.join(' ') } : undefined);
  };

  const importFile = async (f: File) => {
    if (f.size > MAX_KEYWORD_FILE_BYTES) {
      setNotice({ kind: 'error', text: t('wbKeywordsImportFailed', [f.name, t('wbFileTooLarge')]) });
      return;
    }
    try {
      add(decodeKeywordFile(new Uint8Array(await f.arrayBuffer())), f.name);
    } catch (err) {
      setNotice({ kind: 'error', text: t('wbKeywordsImportFailed', [f.name, String(err).slice(0, 200)]) });
    }
  };

  return (
    <section class="card keywords" data-testid="keywords" aria-labelledby="kw-heading">
      <h2 id="kw-heading">
        {t('wbKeywords')}{' '}
        {keywords.length > 0 && (
          <span class="count" data-testid="keywords-used" data-value={String(used)}>
            {t('wbKeywordsUsed', [formatNumber(used, locale), formatNumber(keywords.length, locale)])}
          </span>
        )}
      </h2>
      <form
        class="kw-entry"
        onSubmit={(e) => {
          e.preventDefault();
          add(entry);
          setEntry('');
        }}
      >
        <input
          type="text"
          value={entry}
          aria-label={t('wbKeywordsPlaceholder')}
          placeholder={t('wbKeywordsPlaceholder')}
          maxLength={20_000}
          onInput={(e) => setEntry(e.currentTarget.value)}
          onPaste={(e) => {
            // A pasted list (several lines or cells) goes in at once, each line one keyword.
            const pasted = e.clipboardData?.getData('text/plain') ?? '';
            if (!/[\r\n\t]/.test(pasted)) return;
            e.preventDefault();
            add(pasted);
          }}
        />
        <button type="submit">{t('wbKeywordsAdd')}</button>
        <button type="button" onClick={() => file.current?.click()}>
          {t('wbKeywordsImport')}
        </button>
        <input
          ref={file}
          type="file"
          hidden
          accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
          data-testid="keyword-file"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void importFile(f);
          }}
        />
      </form>
      {notice && (
        <p class={notice.kind === 'error' ? 'alert' : 'note'} role="status">
          {notice.text}
        </p>
      )}
      {!coverage.ok && (
        <p class="alert" role="alert">
          {t('wbAnalysisFailed', coverage.error)}
        </p>
      )}
      {keywords.length === 0 ? (
        <p class="note">{t('wbKeywordsEmpty')}</p>
      ) : (
        <ul class="kw-list">
          {keywords.map((k) => {
            const c = byKey.get(keywordKey(k));
            const present = c?.present === true;
            return (
              <li key={k} class={`kw${present ? ' kw-used' : ''}`} data-keyword={k} data-present={String(present)} data-front-loaded={String(c?.frontLoaded === true)} data-stuffed={String(c?.stuffed === true)}>
                <span class="kw-mark" aria-hidden="true">
                  {present ? '☑' : '☐'}
                </span>
                <span class="kw-term">{k}</span>
                <span class="visually-hidden">{present ? t('wbKeywordUsed') : t('wbKeywordUnused')}</span>
                {c?.frontLoaded && <span class="tag tag-ok">{t('wbKeywordFront')}</span>}
                {c?.stuffed && <span class="tag tag-bad">{t('wbKeywordStuffed')}</span>}
                {present && c && c.spans.length > 1 && <span class="count">×{c.spans.length}</span>}
                <button type="button" class="kw-remove" aria-label={t('wbKeywordRemove', k)} title={t('wbKeywordRemove', k)} onClick={() => wb.removeKeyword(k)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
