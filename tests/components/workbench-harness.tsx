import { signal, type Signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { I18nContext, type I18n } from '../../components/i18n';
import { WorkbenchView } from '../../components/workbench/workbench';
import { backgroundHandlers } from '../../entrypoints/background/handlers';
import { createWorkbench, type TitleAnalyses, type WorkbenchModel } from '../../entrypoints/sidepanel/workbench-state';
import type { ListingLensDb } from '../../lib/db';
import { dispatch, envelope, parseResponse, type Self } from '../../lib/messaging';
import type { KeywordCoverage, PageRead, TitleCheck, TitleScore } from '../../lib/schema';
import { openTestDb } from '../db/helpers';
import { i18nFor } from './render';

/**
 * Title analyses with rules a test can predict, so the view tests do not depend on the
 * real rule set (which has its own tests): "!" fails `test.special-chars`, "best seller"
 * fails `test.promo`, over 60 characters warns `test.length`. Score = earned/weight × 100.
 */
export const fakeAnalyses: TitleAnalyses = {
  scoreTitle(title, context) {
    const checks: TitleCheck[] = [];
    const spans = (re: RegExp) => [...title.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const bang = spans(/!/g);
    checks.push({
      rule: 'test.special-chars',
      status: bang.length ? 'fail' : 'pass',
      message: { en: 'No special characters such as !', zh: '不得使用 ! 等特殊字符' },
      spans: bang,
      fix: { message: { en: 'Remove the !', zh: '删除 !' }, replacement: title.replace(/!/g, '') },
      weight: 10,
      earned: bang.length ? 0 : 10,
      source: 'https://sellercentral.amazon.com/help',
    });
    const promo = spans(/best seller/gi);
    checks.push({
      rule: 'test.promo',
      status: promo.length ? 'fail' : 'pass',
      message: { en: 'No promotional phrases', zh: '不得使用促销用语' },
      spans: promo,
      weight: 10,
      earned: promo.length ? 0 : 10,
      source: 'heuristic',
    });
    const long = title.length > 60;
    checks.push({
      rule: 'test.length',
      status: long ? 'warn' : 'pass',
      message: { en: 'Keep it under 60 characters', zh: '不超过 60 个字符' },
      spans: long ? [{ start: 60, end: title.length }] : [],
      weight: 5,
      earned: long ? 2.5 : 5,
    });
    const earned = checks.reduce((s, c) => s + c.earned, 0);
    const weight = checks.reduce((s, c) => s + c.weight, 0);
    return {
      marketplace: context.marketplace,
      field: context.field ?? 'title',
      score: Math.round((earned / weight) * 100),
      checks,
      ...(context.keywords ? { keywords: fakeAnalyses.keywordCoverage(title, context.keywords, context) } : {}),
      stats: { chars: [...title].length, utf8Bytes: new TextEncoder().encode(title).length, cnBytes: title.length, words: title.split(/\s+/).filter(Boolean).length },
    } satisfies TitleScore;
  },
  keywordCoverage(text, keywords) {
    const lower = text.toLowerCase();
    return keywords.map((keyword): KeywordCoverage => {
      const k = keyword.toLowerCase();
      const spans = [];
      for (let i = lower.indexOf(k); k && i >= 0; i = lower.indexOf(k, i + k.length)) spans.push({ start: i, end: i + k.length });
      return { keyword, present: spans.length > 0, spans, frontLoaded: spans.length > 0 && spans[0]!.start < 10, stuffed: spans.length > 2 };
    });
  },
  suggestKeywords(draft, competitors) {
    const lower = draft.toLowerCase();
    const count = new Map<string, number>();
    for (const c of competitors) for (const w of new Set(c.title.toLowerCase().split(/\s+/))) if (w.length > 3 && !lower.includes(w)) count.set(w, (count.get(w) ?? 0) + 1);
    return [...count].sort((a, b) => b[1] - a[1]).map(([term, n]) => ({ term, score: n, competitors: n }));
  },
};

const self: Self = { id: 'ext', origin: 'chrome-extension://ext/' };
const panelSender: Browser.runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };

export interface Mounted {
  db: ListingLensDb;
  model: WorkbenchModel;
  read: Signal<PageRead | undefined>;
  copy: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
  saves: Array<{ title: string; checkpoint: boolean }>;
  root: HTMLElement;
  cleanup(): void;
}

/**
 * The workbench view over a real model: saves go through the real message dispatch and
 * background handlers into a fake IndexedDB, and the model reads it back via liveQuery.
 */
export function mountWorkbench(options: { read?: PageRead; i18n?: I18n; db?: ListingLensDb; analyses?: TitleAnalyses | 'real' } = {}): Mounted {
  const db = options.db ?? openTestDb();
  const read = signal<PageRead | undefined>(options.read);
  const copy = vi.fn<(text: string) => Promise<void>>(async () => undefined);
  const handlers = backgroundHandlers(db);
  const saves: Mounted['saves'] = [];
  let ids = 0;
  const model = createWorkbench({
    db,
    read,
    analyses: options.analyses === 'real' ? undefined : (options.analyses ?? fakeAnalyses),
    save: async (draft, checkpoint) => {
      saves.push({ title: draft.title, checkpoint });
      return parseResponse('draft-save', await dispatch(handlers, envelope('draft-save', { draft, checkpoint }), panelSender, self));
    },
    remove: async (id) => parseResponse('draft-delete', await dispatch(handlers, envelope('draft-delete', { id }), panelSender, self)),
    copy,
    newId: () => `draft-${++ids}`,
    saveDelayMs: 20,
    copyShownMs: 60_000,
  });
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  model.start();
  act(() => render(<I18nContext.Provider value={options.i18n ?? i18nFor('en')}><WorkbenchView wb={model} /></I18nContext.Provider>, root));
  return {
    db,
    model,
    read,
    copy,
    saves,
    root,
    cleanup() {
      act(() => render(null, root));
      model.stop();
      db.close();
    },
  };
}

/** Types into a field the way a browser reports it: the new value, then an input event. */
export async function typeInto(el: HTMLTextAreaElement | HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
}

/** Lets liveQuery answers and queued saves land, then renders. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

export const q = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};
export const titleInput = (root: ParentNode) => q<HTMLTextAreaElement>(root, '#draft-title');
/** `text|status|rules` for each highlighted run of the title. */
export const titleMarks = (root: ParentNode) =>
  [...root.querySelectorAll('[data-testid="title-highlights"] mark')].map((m) => `${m.textContent}|${m.getAttribute('data-status')}|${m.getAttribute('data-rules')}`);
export const checkStatuses = (root: ParentNode, slot = 'title') =>
  Object.fromEntries([...root.querySelectorAll(`[data-slot="${slot}"] [data-rule]`)].map((el) => [el.getAttribute('data-rule'), el.getAttribute('data-status')]));
