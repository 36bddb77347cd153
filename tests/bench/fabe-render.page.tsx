/**
 * The browser half of `npm run bench:panel` (fabe-render.ts bundles this file for the page):
 * mounts the FABE view on a state handed in as JSON and times the mount, or the clicks on
 * every "Show n more": the JavaScript, then the frame that shows it. Exposed as `window.fabeRender`.
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import type { FabeModel, FabeState } from '../../components/fabe/model';
import { FabeView } from '../../components/fabe/fabe-view';
import { createTranslator, I18nContext, type LocaleMessage } from '../../components/i18n';
import { FabeWorkerResponseSchema } from '../../entrypoints/sidepanel/fabe-worker-protocol';
import messages from '../../public/_locales/en/messages.json';

const i18n = { t: createTranslator(messages as Record<string, LocaleMessage>), locale: 'en' };
const root = document.getElementById('root')!;

export interface Timed {
  /** JavaScript: Preact's render and the DOM it makes. */
  jsMs: number;
  /**
   * The browser's next frame: from its animation-frame callbacks to the task after it
   * (style, layout and paint of what the mount changed). The idle wait between the end of
   * the JavaScript and that frame is left out.
   */
  frameMs: number;
  elements: number;
  statementsShown: number;
}

async function settle(t0: number): Promise<Timed> {
  const jsMs = performance.now() - t0;
  // Not a forced layout: with content-visibility the browser lays out what is on screen at
  // its next frame, so the frame itself is what the user waits for.
  const frameMs = await new Promise<number>((resolve) => requestAnimationFrame(() => { const f0 = performance.now(); setTimeout(() => resolve(performance.now() - f0), 0); }));
  return {
    jsMs,
    frameMs,
    elements: root.querySelectorAll('*').length,
    statementsShown: root.querySelectorAll('.fabe-groups [data-testid="statement"]').length,
  };
}

const model = (state: FabeState): FabeModel => ({
  state: signal(state),
  exportState: signal({ kind: 'idle' }),
  copy: async () => undefined,
  download: () => undefined,
  open: () => undefined,
});

/** Whether this page may compile code from strings (the extension's pages may not: the bench serves a CSP without eval). */
const evalAllowed = (() => {
  try {
    return new Function('return true')() as boolean;
  } catch {
    return false;
  }
})();

(window as unknown as { fabeRender: unknown }).fabeRender = {
  evalAllowed,
  /** Empties the root, then mounts the view: Preact's first render is synchronous. */
  async mount(state: FabeState): Promise<Timed> {
    render(null, root);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const t0 = performance.now();
    render(
      <I18nContext.Provider value={i18n}>
        <FabeView model={model(state)} />
      </I18nContext.Provider>,
      root,
    );
    return settle(t0);
  },
  /** What the panel's thread does with a worker's answer before showing it: parse it (fabe-builder.ts). */
  parseAnswer(answer: unknown): number {
    const t0 = performance.now();
    if (!FabeWorkerResponseSchema.safeParse(answer).success) throw new Error('the bench answer does not parse');
    return performance.now() - t0;
  },
  /** Clicks every "Show n more" once; Preact renders the changes in a microtask, awaited here. */
  async expandAll(): Promise<Timed & { clicks: number }> {
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-testid="show-more"][aria-expanded="false"]')];
    const t0 = performance.now();
    for (const b of buttons) b.click();
    await Promise.resolve();
    return { ...(await settle(t0)), clicks: buttons.length };
  },
};
