import type { AuditReport, ExchangeRate, PageRead } from '../../schema';
import type { TitleConfig } from '../title/limits';

export interface ReportMember {
  read: PageRead;
  role: 'mine' | 'competitor';
  /** Snapshots of this product (stored history), any order; the CLI has none. */
  history?: readonly PageRead[];
}

export interface ReportInput {
  name: string;
  /** Product (or review-page) reads, the user's product first when there is one. */
  members: readonly ReportMember[];
  /** A search page read whose prices give the bands (else the group's own prices). */
  search?: PageRead;
  /** "What changed since" this ISO time. */
  since?: string;
  keywords?: readonly string[];
  rates?: readonly ExchangeRate[];
  config?: TitleConfig;
  /** ISO time stamped as generatedAt (pure: the caller gives the clock). */
  now: string;
}

/** The operator's report for one group (issue #10). CONTRACT STUB — being built. */
export function buildReport(input: ReportInput): AuditReport {
  throw new Error(`buildReport(${input.name}): not built yet`);
}
