import { expect } from 'vitest';
import type { TitleCheck } from '../../../lib/schema';
import { scoreTitle, type TitleContext } from '../../../lib/analyses/title/score-title';

/** Shared assertions for the title-rule suites (not a test file itself). */

export function checkOf(text: string, context: TitleContext, rule: string): TitleCheck | undefined {
  return scoreTitle(text, context).checks.find((c) => c.rule === rule);
}

/**
 * The rule fired with `status`, both messages name `term`, and a span covers `term`
 * in the input (spans are UTF-16 offsets into the text).
 */
export function expectFlagged(check: TitleCheck | undefined, text: string, status: 'warn' | 'fail', term: string): void {
  expect(check, 'check missing').toBeDefined();
  expect(check!.status).toBe(status);
  expect(check!.message.zh.length).toBeGreaterThan(0);
  expect(check!.message.en.length).toBeGreaterThan(0);
  expect(check!.message.zh).toContain(term);
  expect(check!.message.en).toContain(term);
  const covered = (check!.spans ?? []).some((s) => text.slice(s.start, s.end) === term || text.slice(s.start, s.end).includes(term));
  expect(covered, `no span covers "${term}": ${JSON.stringify(check!.spans?.map((s) => text.slice(s.start, s.end)))}`).toBe(true);
  expect(check!.earned).toBe(status === 'warn' ? check!.weight / 2 : 0);
  expect(check!.fix?.message.zh.length ?? 0).toBeGreaterThan(0);
  expect(check!.fix?.message.en.length ?? 0).toBeGreaterThan(0);
}

export function expectPass(check: TitleCheck | undefined): void {
  expect(check, 'check missing').toBeDefined();
  expect(check!.status, `${check!.rule}: ${check!.message.en}`).toBe('pass');
  expect(check!.earned).toBe(check!.weight);
  expect(check!.message.zh.length).toBeGreaterThan(0);
  expect(check!.message.en.length).toBeGreaterThan(0);
  expect(check!.spans).toBeUndefined();
}

/** The texts the spans point at. */
export const spanTexts = (check: TitleCheck | undefined, text: string): string[] => (check?.spans ?? []).map((s) => text.slice(s.start, s.end));
