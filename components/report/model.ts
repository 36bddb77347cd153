import type { ReadonlySignal } from '@preact/signals';
import type { AuditReport, ProductKey } from '../../lib/schema';
import type { ExportState } from '../export-state';

/**
 * What the audit report card needs: signals to read and actions to call. The side panel
 * builds it (entrypoints/sidepanel/report-state.ts) over Dexie and lib/analyses/report;
 * tests build it over a fake database or hand the card plain values. The card never sees either.
 */

/** The report's language: the panel's own, or a fixed one (an operator may send a zh report from an en panel). */
export type ReportLangChoice = 'panel' | 'en' | 'zh';

/** The rendered files of one report, made once on "Build" so every button acts at once on the click. */
export interface ReportFiles {
  markdown: string;
  csv: string;
  html: string;
  /** File name without extension: `listing-lens-report-<group>-<day>`. */
  base: string;
}

export type ReportStatus =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | {
      kind: 'ready';
      report: AuditReport;
      files: ReportFiles;
      lang: 'en' | 'zh';
      /** Members left out because no read of them is stored. */
      missing: ProductKey[];
      /** From the click to the rendered files, ms (shown; the real-browser test reports it). */
      ms: number;
    }
  | { kind: 'failed'; reason: 'no-group' | 'no-reads' | 'error'; detail?: string };

/** What the export buttons last did. */
export type ReportExportWhat = 'md' | 'csv' | 'copy';

/** The printable report's tab: opened, or blocked by the browser (then downloaded as a file instead). */
export type PrintState = { kind: 'idle' } | { kind: 'opened' } | { kind: 'blocked'; fileName: string } | { kind: 'failed'; detail: string };

export interface ReportModel {
  /** The group reported on: the Competitors view's current group. */
  groupId: ReadonlySignal<string | undefined>;
  /** `yyyy-mm-dd`: the user's choice, else the day of the group's oldest snapshot, else 30 days ago. */
  since: ReadonlySignal<string>;
  lang: ReadonlySignal<ReportLangChoice>;
  /** A ready report whose group, date or language no longer match the form reads as idle. */
  status: ReadonlySignal<ReportStatus>;
  exportState: ReadonlySignal<ExportState<ReportExportWhat>>;
  printState: ReadonlySignal<PrintState>;
  setSince(day: string): void;
  setLang(lang: ReportLangChoice): void;
  generate(): Promise<void>;
  downloadMarkdown(): void;
  downloadCsv(): void;
  copyMarkdown(): Promise<void>;
  /** Opens the printable HTML in a new tab (or, if the browser blocks it, downloads it). */
  openPrintable(): void;
  /** Starts the query for the default date (idempotent). */
  open(): void;
}
