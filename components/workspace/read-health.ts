import type { PanelState } from '../panel-state';

/**
 * How healthy the shown read is, in one word for the workspace header: the user should
 * never trust a partial read without being told. `partial` is a read that only lacks
 * optional fields (a JD page has no star average); `degraded` lacks a required field or
 * could not parse one, which usually means the marketplace changed its layout.
 */
export type HealthLevel = 'ok' | 'partial' | 'degraded' | 'blocked' | 'unsupported' | 'reading' | 'none' | 'error';

export interface ReadHealth {
  level: HealthLevel;
  /** The read's issues (0 when there is no read). */
  issues: number;
}

export function readHealth(state: PanelState): ReadHealth {
  switch (state.kind) {
    case 'loading':
      return { level: 'reading', issues: 0 };
    case 'no-marketplace':
      return { level: 'none', issues: 0 };
    case 'error':
      return { level: 'error', issues: 0 };
    case 'blocked':
      return { level: 'blocked', issues: state.read.issues.length };
    case 'read': {
      const issues = state.read.issues;
      if (state.read.pageKind === 'unsupported') return { level: 'unsupported', issues: issues.length };
      const serious = issues.some((i) => i.severity === 'missing-required' || i.severity === 'unparseable');
      return { level: serious ? 'degraded' : issues.length > 0 ? 'partial' : 'ok', issues: issues.length };
    }
  }
}
