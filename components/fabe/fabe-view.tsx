import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { FabeTable, GapMatrix, Marketplace } from '../../lib/schema';
import { formatNumber } from '../format';
import { useI18n, type MessageKey } from '../i18n';
import { MARKETPLACE_NAME } from '../panel';
import type { Analysis } from '../workbench/model';
import { fabeTableCsv, fabeTableMarkdown, gapMatrixCsv, gapMatrixMarkdown } from './exports';
import { fabeHeaders, gapHeaders } from '../workspace/csv-headers';
import { GapMatrixView } from './gap-matrix';
import type { FabeExportWhat, FabeModel, FabeState } from './model';
import { ReviewFeeds } from './review-feeds';
import { SellingPoints } from './selling-points';
import { Chains, StatementGroups } from './statements';

type ProductState = Extract<FabeState, { kind: 'product' }>;

/**
 * The FABE view: the shown product's statements by part and as chains, the gap matrix
 * against its competitors, and 一句话卖点 drafts, each section with its exports. Each
 * analysis is isolated: one that throws shows its error in its own section and the
 * others still render. Page text only ever reaches the DOM as JSX text or attribute
 * values (set as text by Preact, never parsed as HTML).
 */
export function FabeView(props: { model: FabeModel }) {
  const { t } = useI18n();
  useEffect(() => {
    props.model.open();
  }, [props.model]);
  const state = props.model.state.value;
  if (state.kind === 'no-product') {
    return (
      <div class="fabe" data-testid="fabe" data-state="no-product">
        <section class="status">
          <h2>{t('fabeNoProductTitle')}</h2>
          <p class="note">{t(state.pageKind === undefined ? 'fabeNoRead' : 'fabeNotProduct')}</p>
        </section>
      </div>
    );
  }
  if (state.kind === 'building') {
    return (
      <div class="fabe" data-testid="fabe" data-state="building" data-product-id={state.productId} data-marketplace={state.marketplace}>
        <ProductHeader state={state} />
        <section class="card status" role="status" data-testid="fabe-building">
          <p class="note">{t('fabeBuilding')}</p>
        </section>
      </div>
    );
  }
  const table = state.table;
  return (
    <div class="fabe" data-testid="fabe" data-state="product" data-product-id={state.productId} data-marketplace={state.marketplace}>
      <ProductHeader state={state} />
      <Section id="table" heading="fabeTableHeading" analysis={table} needsTable={false}>
        {(value) => (value ? <TableBody key={value.productId} table={value} state={state} model={props.model} /> : <p class="note">{t('fabeEmpty')}</p>)}
      </Section>
      <Section id="gap" heading="fabeGapHeading" analysis={state.gap} needsTable>
        {(matrix) => <GapBody matrix={matrix} state={state} model={props.model} />}
      </Section>
      <Section id="drafts" heading="fabeDraftsHeading" analysis={state.drafts} needsTable>
        {(drafts) => <SellingPoints drafts={drafts} chains={table.ok ? (table.value?.chains ?? []) : []} model={props.model} />}
      </Section>
      {state.reviewFeeds && (
        <Section id="reviews" heading="rvFabeHeading" analysis={state.reviewFeeds} needsTable={false}>
          {(feeds) => <ReviewFeeds feeds={feeds} />}
        </Section>
      )}
      <ExportStatus model={props.model} />
    </div>
  );
}

/** The product the view is about: marketplace, title, id, and whether its listing is thin. */
function ProductHeader(props: { state: Extract<FabeState, { kind: 'product' | 'building' }> }) {
  const { t } = useI18n();
  const { state } = props;
  return (
    <header class="card fabe-product">
      <span class={`badge badge-${state.marketplace}`}>{t(MARKETPLACE_NAME[state.marketplace])}</span>
      <span class="fabe-product-title" title={state.title}>
        {state.title ?? state.productId}
      </span>
      <span class="meta">{state.productId}</span>
      {state.kind === 'product' && state.thin && (
        <p class="note" data-testid="fabe-thin">
          {t('fabeThin')}
        </p>
      )}
    </header>
  );
}

/** One card per analysis: its result, its error, or (gap, drafts) why it waits for the table. */
function Section<T>(props: { id: string; heading: MessageKey; analysis: Analysis<T> | undefined; needsTable: boolean; children: (value: T) => ComponentChildren }) {
  const { t } = useI18n();
  const a = props.analysis;
  const status = a === undefined ? 'skipped' : a.ok ? 'ok' : 'error';
  return (
    <section class="card fabe-section" data-testid={`fabe-${props.id}`} data-status={status} aria-labelledby={`fabe-${props.id}-heading`}>
      <h2 id={`fabe-${props.id}-heading`}>{t(props.heading)}</h2>
      {a === undefined ? (
        <p class="note" data-testid="fabe-skipped">
          {t('fabeNeedsTable')}
        </p>
      ) : a.ok ? (
        props.children(a.value)
      ) : (
        <p class="alert" role="alert" data-testid="fabe-error">
          {t('wbAnalysisFailed', a.error)}
        </p>
      )}
    </section>
  );
}

function TableBody(props: { table: FabeTable; state: ProductState; model: FabeModel }) {
  const { t } = useI18n();
  const { table } = props;
  const name = fileBase('fabe', props.state.marketplace, table.productId);
  return (
    <>
      {table.statements.length === 0 && <p class="note" data-testid="fabe-empty">{t('fabeEmpty')}</p>}
      <h3>{t('fabeChainsHeading')}</h3>
      <Chains table={table} />
      <h3>{t('fabeStatementsHeading')}</h3>
      <StatementGroups table={table} />
      <ExportBar
        which="table"
        label={t('fabeExportTable')}
        model={props.model}
        fileBase={name}
        markdown={() => fabeTableMarkdown(table, t)}
        csv={(bom) => fabeTableCsv(table, t, { bom, headers: fabeHeaders(t) })}
      />
    </>
  );
}

function GapBody(props: { matrix: GapMatrix; state: ProductState; model: FabeModel }) {
  const { t, locale } = useI18n();
  const { matrix, state } = props;
  const failed = state.competitors.filter((c) => !c.table.ok);
  return (
    <>
      {state.competitors.length === 0 && (
        <p class="note" data-testid="gap-no-competitors">
          {t('fabeGapNoCompetitors')}
        </p>
      )}
      <GapMatrixView matrix={matrix} competitors={state.competitors} mineTitle={state.title} />
      {state.searchUnread > 0 && <p class="note">{t('fabeGapUnread', formatNumber(state.searchUnread, locale))}</p>}
      {(state.competitorsBuilding ?? 0) > 0 && (
        <p class="note" role="status" data-testid="gap-building">
          {t('fabeGapBuilding', formatNumber(state.competitorsBuilding!, locale))}
        </p>
      )}
      {failed.length > 0 && (
        <p class="alert" data-testid="gap-failed">
          {t('fabeGapFailed', failed.map((c) => `${c.productId} (${c.table.ok ? '' : c.table.error})`).join('; '))}
        </p>
      )}
      <ExportBar
        which="gap"
        label={t('fabeExportGap')}
        model={props.model}
        fileBase={fileBase('fabe-gap', state.marketplace, state.productId)}
        markdown={() => gapMatrixMarkdown(matrix, t)}
        csv={(bom) => gapMatrixCsv(matrix, { bom, headers: gapHeaders(t) })}
      />
    </>
  );
}

/**
 * Copy or download as Markdown or CSV. The text is built on the click, not on every
 * render. The downloaded CSV starts with a byte order mark (so a spreadsheet reads it as
 * UTF-8); the copied one does not (pasted, the mark would land in the first cell).
 */
function ExportBar(props: { which: 'table' | 'gap'; label: string; model: FabeModel; fileBase: string; markdown: () => string; csv: (bom: boolean) => string }) {
  const { t } = useI18n();
  const { model, which } = props;
  const md: FabeExportWhat = `${which}-md`;
  const csv: FabeExportWhat = `${which}-csv`;
  return (
    <div class="fabe-export row" role="group" aria-label={props.label} data-testid={`export-${which}`}>
      <span class="meta">{props.label}</span>
      <button type="button" data-testid={`copy-${which}-md`} onClick={() => void model.copy(md, props.markdown())}>
        {t('fabeCopyMarkdown')}
      </button>
      <button type="button" data-testid={`copy-${which}-csv`} onClick={() => void model.copy(csv, props.csv(false))}>
        {t('fabeCopyCsv')}
      </button>
      <button type="button" data-testid={`download-${which}-md`} onClick={() => model.download(md, `${props.fileBase}.md`, props.markdown(), 'text/markdown;charset=utf-8')}>
        {t('fabeDownloadMarkdown')}
      </button>
      <button type="button" data-testid={`download-${which}-csv`} onClick={() => model.download(csv, `${props.fileBase}.csv`, props.csv(true), 'text/csv;charset=utf-8')}>
        {t('fabeDownloadCsv')}
      </button>
    </div>
  );
}

function ExportStatus(props: { model: FabeModel }) {
  const { t } = useI18n();
  const s = props.model.exportState.value;
  const text =
    s.kind === 'copied' ? t('fabeExportCopied') : s.kind === 'downloaded' ? t('fabeExportDownloaded', s.fileName) : s.kind === 'failed' ? t('fabeExportFailed', s.detail) : '';
  return (
    <p class={`fabe-export-status ${s.kind === 'failed' ? 'bad' : 'ok'}`} role="status" data-testid="fabe-export-status" data-value={s.kind} data-what={s.kind === 'idle' ? undefined : s.what}>
      {text}
    </p>
  );
}

/** `fabe-amazon-B0DR8G428S`: a file name from ids (page data), reduced to safe characters. */
export function fileBase(prefix: string, marketplace: Marketplace, productId: string): string {
  const id = productId.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 64) || 'product';
  return `${prefix}-${marketplace}-${id}`;
}
