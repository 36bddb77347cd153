import { signal, type Signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { I18nContext, type I18n } from '../../components/i18n';
import { ReviewAnalysisView } from '../../components/reviews/review-analysis-view';
import { createReviews, type ReviewsDeps, type ReviewsStateModel } from '../../entrypoints/sidepanel/reviews-state';
import type { PageRead } from '../../lib/schema';
import { i18nFor } from './render';

export interface MountedReviews {
  model: ReviewsStateModel;
  read: Signal<PageRead | undefined>;
  copy: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
  download: ReturnType<typeof vi.fn<(fileName: string, text: string, type: string) => void>>;
  root: HTMLElement;
  /** The Reviews view's root element. */
  view(): HTMLElement;
  all(selector: string): HTMLElement[];
  cleanup(): void;
}

/** The Reviews view over the real model (and, unless given another, the real analysis). */
export function mountReviews(options: { read?: PageRead; i18n?: I18n; analyseReviews?: ReviewsDeps['analyseReviews']; stored?: ReviewsDeps['stored'] } = {}): MountedReviews {
  const read = signal<PageRead | undefined>(options.read);
  const copy = vi.fn<(text: string) => Promise<void>>(async () => undefined);
  const download = vi.fn<(fileName: string, text: string, type: string) => void>();
  const model = createReviews({ read, copy, download, copyShownMs: 60_000, ...(options.analyseReviews ? { analyseReviews: options.analyseReviews } : {}), ...(options.stored ? { stored: options.stored } : {}) });
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nContext.Provider value={options.i18n ?? i18nFor('en')}><ReviewAnalysisView model={model} /></I18nContext.Provider>, root));
  return {
    model,
    read,
    copy,
    download,
    root,
    view: () => {
      const el = root.querySelector<HTMLElement>('[data-testid="reviews"]');
      if (!el) throw new Error('no Reviews view');
      return el;
    },
    all: (selector) => Array.from(root.querySelectorAll<HTMLElement>(selector)),
    cleanup() {
      act(() => render(null, root));
      model.stop();
      root.remove();
    },
  };
}
