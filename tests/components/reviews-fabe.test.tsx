// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Review } from '../../lib/schema';
import { productRead } from '../db/fixtures/sample-reads';
import { mountFabe, type MountedFabe } from './fabe-harness';
import { i18nFor } from './render';

let m: MountedFabe | undefined;
afterEach(() => {
  m?.cleanup();
  m = undefined;
  document.body.replaceChildren();
});

/**
 * The review feeds in the FABE view (issue #7 part 5), on the real analyses: a chair whose
 * listing claims comfort (bullet 1: "comfortable for long gaming sessions"), three 2★
 * reviews saying the seat is uncomfortable, three 5★ reviews praising the assembly.
 */
const review = (i: number, body: string, rating: number): Review => ({ id: `RCHAIR0${i}X`, rating, body, author: `Buyer ${i}`, date: `2026-10-0${i + 1}` });
const chair = (reviews: Review[]) =>
  productRead({ url: 'https://www.amazon.com/dp/B0TESTCHR1', reviews }, {
    id: 'B0TESTCHR1',
    title: 'Listing Lens Test Office Chair',
    bullets: ['Ergonomic seat with thick foam cushion: comfortable for long gaming sessions, so you stay focused', 'Heavy-duty steel frame built to last for years'],
  });
const REVIEWS = [
  ...[0, 1, 2].map((i) => review(i, 'The seat is uncomfortable after an hour.', 2)),
  ...[3, 4, 5].map((i) => review(i, 'Easy to assemble, took ten minutes.', 5)),
];
const section = (m: MountedFabe) => m.root.querySelector<HTMLElement>('[data-testid="fabe-reviews"]');

describe('FABE view: what the reviews on the page say about the claims', () => {
  it('flags the comfort claim with the three complaints, and offers the praised assembly as evidence', () => {
    m = mountFabe({ read: chair(REVIEWS) });
    expect(section(m)?.dataset.status).toBe('ok');
    const flagged = m.root.querySelector<HTMLElement>('[data-testid="fabe-review-contradiction"]')!;
    expect(flagged.dataset).toMatchObject({ aspect: 'comfort', count: '3' });
    expect(flagged.textContent).toContain('“comfortable”: 3 reviews complain about Comfort');
    expect(flagged.querySelector('blockquote')?.textContent).toBe('The seat is uncomfortable after an hour.');
    const praise = m.root.querySelector<HTMLElement>('[data-testid="fabe-review-praise"][data-aspect="ease-of-use"]')!;
    expect(praise.dataset.count).toBe('3');
    expect(praise.textContent).toContain('Easy to assemble, took ten minutes.');
    expect(m.root.querySelector('[data-testid="fabe-reviews-small"]')).not.toBeNull();
  });

  it('in Chinese', () => {
    m = mountFabe({ read: chair(REVIEWS), i18n: i18nFor('zh_CN') });
    expect(m.root.querySelector('[data-testid="fabe-review-contradiction"]')?.textContent).toContain('“comfortable”：3 条评价抱怨舒适度');
  });

  it('is left out when the page has no reviews', () => {
    m = mountFabe({ read: chair([]) });
    expect(m.fabe().dataset.state).toBe('product');
    expect(section(m)).toBeNull();
  });
});
