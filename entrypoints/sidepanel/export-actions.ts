import { signal, type ReadonlySignal } from '@preact/signals';
import type { ExportState } from '../../components/export-state';

/**
 * Copy and download for a view's exports (FABE, Reviews): each action settles into a
 * state the view shows for a moment ("copied", "downloaded", or why it failed), then back
 * to idle. One place, so every view reports export outcomes the same way.
 */
export interface ExportDeps {
  copy: (text: string) => Promise<void>;
  download: (fileName: string, text: string, type: string) => void;
  /** How long a settled state is shown (tests shorten it). */
  copyShownMs?: number;
}

export interface ExportActions<W extends string> {
  exportState: ReadonlySignal<ExportState<W>>;
  copy(what: W, text: string, index?: number): Promise<void>;
  download(what: W, fileName: string, text: string, type: string): void;
  stop(): void;
}

// An error's message can be long (or page text): shown trimmed.
const detail = (err: unknown) => String(err instanceof Error ? err.message : err).slice(0, 200);

export function createExportActions<W extends string>(deps: ExportDeps): ExportActions<W> {
  const exportState = signal<ExportState<W>>({ kind: 'idle' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = (next: ExportState<W>) => {
    if (timer !== undefined) clearTimeout(timer);
    exportState.value = next;
    timer = setTimeout(() => (exportState.value = { kind: 'idle' }), deps.copyShownMs ?? 2500);
  };
  return {
    exportState,
    async copy(what, text, index) {
      try {
        await deps.copy(text);
        settle({ kind: 'copied', what, ...(index !== undefined ? { index } : {}) });
      } catch (err) {
        settle({ kind: 'failed', what, detail: detail(err) });
      }
    },
    download(what, fileName, text, type) {
      try {
        deps.download(fileName, text, type);
        settle({ kind: 'downloaded', what, fileName });
      } catch (err) {
        settle({ kind: 'failed', what, detail: detail(err) });
      }
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
