import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { createTranslator, type I18n } from '../../components/i18n';
import type { PrintState, ReportFiles, ReportLangChoice, ReportModel, ReportStatus } from '../../components/report/model';
import { LOAD_MESSAGES, type LocaleMessages } from '../../components/workspace/language';
import type { buildReport } from '../../lib/analyses/report';
import type { reportCsv, reportHtml, reportMarkdown, ReportRenderContext } from '../../lib/export/report';
import type { ListingLensDb } from '../../lib/db';
import { createExportActions } from './export-actions';
import { liveBy } from './history-sources';
import { loadReportSources, oldestSnapshotMs } from './report-sources';

export interface ReportDeps {
  /** Read only: the report writes nothing. */
  db: ListingLensDb;
  /** The group reported on (the Competitors view's current group). */
  groupId: ReadonlySignal<string | undefined>;
  /** The panel's translator: its language is the report's unless the user picks another. */
  i18n: ReadonlySignal<I18n>;
  copy(text: string): Promise<void>;
  download(fileName: string, text: string, type: string): void;
  /** Opens an HTML document in a new tab; false when the browser refused (a blocked pop-up). */
  openHtml(html: string): boolean;
  now?: () => Date;
  /** The report and its renderers (tests pass ones that throw); by default loaded on the first Build. */
  engine?: () => Promise<ReportEngine>;
  /** A locale's messages (the panel loads the bundled JSON chunk). */
  messages?: (lang: 'en' | 'zh') => Promise<LocaleMessages>;
  copyShownMs?: number;
}

export interface ReportEngine {
  build: typeof buildReport;
  markdown: typeof reportMarkdown;
  csv: typeof reportCsv;
  html: typeof reportHtml;
}

/** The analyses and renderers as their own chunk: the panel's first paint does not carry them. */
async function loadEngine(): Promise<ReportEngine> {
  const [{ buildReport }, { reportMarkdown, reportCsv, reportHtml }] = await Promise.all([import('../../lib/analyses/report'), import('../../lib/export/report')]);
  return { build: buildReport, markdown: reportMarkdown, csv: reportCsv, html: reportHtml };
}

export interface ReportStateModel extends ReportModel {
  stop(): void;
}

const DAY_MS = 86_400_000;
/** Without any snapshot, "changes since" starts this many days back. */
export const DEFAULT_SINCE_DAYS = 30;

/** `yyyy-mm-dd` of an instant in the user's own time zone (what a date input shows). */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The start of a `yyyy-mm-dd` day in the user's time zone, as ISO; undefined for anything else. */
export function dayStartIso(day: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const d = new Date(`${day}T00:00:00`); // no zone: local time, as the date input meant it
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** A file name part from a group name the user typed: path and reserved characters dropped, letters of any script kept. */
export function fileSlug(name: string): string {
  const slug = name.replace(/[\\/:*?"<>|\p{Cc}\s.]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return slug || 'group';
}

/**
 * The audit report card's model: the "changes since" default from a liveQuery of the
 * group's oldest snapshot, and "Build" — load the group from Dexie, buildReport, render
 * Markdown, CSV and HTML in the chosen language — whose files every button then uses at
 * once (a new tab and the clipboard need the click's user activation, which an await could outlive).
 */
export function createReport(deps: ReportDeps): ReportStateModel {
  const now = () => deps.now?.() ?? new Date();
  const engine = deps.engine ?? loadEngine;
  const loadMessages = deps.messages ?? ((lang: 'en' | 'zh') => LOAD_MESSAGES[lang === 'en' ? 'en' : 'zh_CN']());
  const exports = createExportActions<'md' | 'csv' | 'copy'>(deps);
  const oldest = liveBy(deps.groupId, async (id) => ({ ms: await oldestSnapshotMs(deps.db, id) }), (err) => console.warn('[Listing Lens] report date query failed:', err));
  const chosenDay = signal<{ groupId?: string; day: string } | undefined>(undefined);
  const lang = signal<ReportLangChoice>('panel');
  const raw = signal<{ key: string; status: ReportStatus }>({ key: '', status: { kind: 'idle' } });
  const printState = signal<PrintState>({ kind: 'idle' });
  let printTimer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;
  let stopOldest: (() => void) | undefined;

  const since = computed(() => {
    const chosen = chosenDay.value;
    if (chosen && chosen.groupId === deps.groupId.value) return chosen.day;
    const ms = oldest.value.value?.ms;
    return localDay(ms ?? now().getTime() - DEFAULT_SINCE_DAYS * DAY_MS);
  });
  // Which language "panel" means: the one its translator answers in (a zh-TW browser gets the en
  // messages, so the locale alone would mislead). auditui_langCode starts with the code.
  const panelLang = (): 'en' | 'zh' => (deps.i18n.value.t('auditui_langCode').startsWith('zh') ? 'zh' : 'en');
  const resolvedLang = computed(() => (lang.value === 'panel' ? panelLang() : lang.value));
  const formKey = computed(() => JSON.stringify([deps.groupId.value, since.value, resolvedLang.value]));
  const status = computed((): ReportStatus => {
    const r = raw.value;
    return r.status.kind === 'busy' || r.key === formKey.value ? r.status : { kind: 'idle' };
  });

  async function renderContext(want: 'en' | 'zh'): Promise<ReportRenderContext> {
    const i18n = deps.i18n.peek();
    if (want === panelLang()) return { t: (key, subs) => i18n.t(key as never, subs), lang: want, locale: i18n.locale };
    const t = createTranslator(await loadMessages(want));
    return { t: (key, subs) => t(key as never, subs) || key, lang: want, locale: want === 'en' ? 'en-US' : 'zh-CN' };
  }

  const ready = (): Extract<ReportStatus, { kind: 'ready' }> | undefined => {
    const s = status.peek();
    return s.kind === 'ready' ? s : undefined;
  };
  const settlePrint = (next: PrintState) => {
    if (printTimer !== undefined) clearTimeout(printTimer);
    printState.value = next;
    printTimer = setTimeout(() => (printState.value = { kind: 'idle' }), deps.copyShownMs ?? 2500);
  };

  return {
    groupId: deps.groupId,
    since,
    lang,
    status,
    exportState: exports.exportState,
    printState,
    setSince(day) {
      chosenDay.value = { groupId: deps.groupId.peek(), day };
    },
    setLang(choice) {
      lang.value = choice;
    },
    async generate() {
      const mine = ++run;
      const key = formKey.peek();
      const groupId = deps.groupId.peek();
      const want = resolvedLang.peek();
      const day = since.peek();
      const set = (s: ReportStatus) => {
        if (mine === run) raw.value = { key, status: s };
      };
      if (!groupId) return set({ kind: 'failed', reason: 'no-group' });
      set({ kind: 'busy' });
      const started = performance.now();
      try {
        const [sources, lib] = await Promise.all([loadReportSources(deps.db, groupId), engine()]);
        if (!sources) return set({ kind: 'failed', reason: 'no-group' });
        if (!sources.members.length) return set({ kind: 'failed', reason: 'no-reads' });
        const at = now();
        const sinceIso = dayStartIso(day);
        const report = lib.build({
          name: sources.name,
          members: sources.members,
          keywords: sources.keywords,
          rates: sources.rates,
          config: sources.config,
          now: at.toISOString(),
          ...(sinceIso ? { since: sinceIso } : {}),
        });
        const ctx = await renderContext(want);
        const files: ReportFiles = {
          markdown: lib.markdown(report, ctx),
          csv: lib.csv(report, ctx),
          html: lib.html(report, ctx),
          base: `listing-lens-report-${fileSlug(sources.name)}-${localDay(at.getTime())}`,
        };
        set({ kind: 'ready', report, files, lang: want, missing: sources.missing, ms: Math.round(performance.now() - started) });
      } catch (err) {
        set({ kind: 'failed', reason: 'error', detail: String(err instanceof Error ? err.message : err).slice(0, 300) });
      }
    },
    downloadMarkdown() {
      const r = ready();
      if (r) exports.download('md', `${r.files.base}.md`, r.files.markdown, 'text/markdown;charset=utf-8');
    },
    downloadCsv() {
      const r = ready();
      if (r) exports.download('csv', `${r.files.base}.csv`, r.files.csv, 'text/csv;charset=utf-8');
    },
    async copyMarkdown() {
      const r = ready();
      if (r) await exports.copy('copy', r.files.markdown);
    },
    openPrintable() {
      const r = ready();
      if (!r) return;
      try {
        if (deps.openHtml(r.files.html)) return settlePrint({ kind: 'opened' });
        // A blocked tab: the same document as a file, opened from the downloads and printed there.
        const fileName = `${r.files.base}.html`;
        deps.download(fileName, r.files.html, 'text/html;charset=utf-8');
        settlePrint({ kind: 'blocked', fileName });
      } catch (err) {
        settlePrint({ kind: 'failed', detail: String(err instanceof Error ? err.message : err).slice(0, 200) });
      }
    },
    open() {
      stopOldest ??= oldest.start();
    },
    stop() {
      stopOldest?.();
      stopOldest = undefined;
      exports.stop();
      if (printTimer !== undefined) clearTimeout(printTimer);
    },
  };
}
