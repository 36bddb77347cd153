import type { Issue } from '../../schema';

/** A named way of reading one field; returns undefined when it finds nothing. */
export interface Strategy<T> {
  name: string;
  read: () => T | undefined;
}

/**
 * Runs ordered strategies per field, records which one won (provenance) and turns a
 * field no strategy could read into an issue. A strategy that throws counts as a miss:
 * one broken selector must not take the whole read down.
 */
export class FieldReader {
  readonly issues: Issue[] = [];
  readonly provenance: Record<string, string> = {};

  pick<T>(field: string, severity: Issue['severity'] | null, strategies: Strategy<T>[]): T | undefined {
    for (const s of strategies) {
      let value: T | undefined;
      try {
        value = s.read();
      } catch {
        value = undefined;
      }
      if (value !== undefined && !(Array.isArray(value) && value.length === 0)) {
        this.provenance[field] = s.name;
        return value;
      }
    }
    if (severity) {
      this.issue(field, severity, `${field} not found on the page`, strategies.map((s) => s.name));
    }
    return undefined;
  }

  issue(field: string, severity: Issue['severity'], message: string, tried?: string[]): void {
    if (this.issues.length >= 200) return;
    this.issues.push(tried ? { field, severity, message, tried } : { field, severity, message });
  }
}
