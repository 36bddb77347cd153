import { signal, type Signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { FabeView } from '../../components/fabe/fabe-view';
import { I18nContext, type I18n } from '../../components/i18n';
import type { TableBuilder } from '../../entrypoints/sidepanel/fabe-builder';
import { createFabe, type FabeAnalyses, type FabeStateModel } from '../../entrypoints/sidepanel/fabe-state';
import type { ListingLensDb } from '../../lib/db';
import type { PageRead } from '../../lib/schema';
import { openTestDb } from '../db/helpers';
import { i18nFor } from './render';

export interface MountedFabe {
  db: ListingLensDb;
  model: FabeStateModel;
  read: Signal<PageRead | undefined>;
  copy: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
  download: ReturnType<typeof vi.fn<(fileName: string, text: string, type: string) => void>>;
  root: HTMLElement;
  /** The FABE view's root element. */
  fabe(): HTMLElement;
  cleanup(): void;
}

/** The FABE view over a real model (fake IndexedDB, liveQuery) with the given analyses. */
export function mountFabe(options: { read?: PageRead; analyses?: FabeAnalyses; buildTable?: TableBuilder; i18n?: I18n; db?: ListingLensDb } = {}): MountedFabe {
  const db = options.db ?? openTestDb();
  const read = signal<PageRead | undefined>(options.read);
  const copy = vi.fn<(text: string) => Promise<void>>(async () => undefined);
  const download = vi.fn<(fileName: string, text: string, type: string) => void>();
  const model = createFabe({ db, read, copy, download, analyses: options.analyses, buildTable: options.buildTable, copyShownMs: 60_000 });
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nContext.Provider value={options.i18n ?? i18nFor('en')}><FabeView model={model} /></I18nContext.Provider>, root));
  return {
    db,
    model,
    read,
    copy,
    download,
    root,
    fabe: () => {
      const el = root.querySelector<HTMLElement>('[data-testid="fabe"]');
      if (!el) throw new Error('no FABE view');
      return el;
    },
    cleanup() {
      act(() => render(null, root));
      model.stop();
      root.remove();
      db.close();
    },
  };
}

/** Clicks in act(), so the re-render is done when it returns. */
export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
}
