import type { Money, PageRead } from '../../lib/schema';
import type { AnswerKey, KeyMoney } from './shared-fixtures';

/**
 * Compares a PageRead with the independent answer key. Returns human-readable mismatches
 * (empty = pass). `null` in the key means "not on the page": the read must leave the field
 * out, and for the core fields also name it in `issues`.
 */
export function compareWithKey(read: PageRead, key: AnswerKey, skip: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const check = (field: string, ok: boolean, got: unknown, want: unknown) => {
    if (!skip.has(field) && !ok) out.push(`${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  const hasIssue = (field: string) => read.issues.some((i) => i.field === field);

  check('pageKind', read.pageKind === key.pageKind, read.pageKind, key.pageKind);
  if (key.pageKind === 'blocked' || key.pageKind === 'unsupported') {
    check('no product', read.product === undefined, read.product?.id, undefined);
    check('no results', !read.results?.length, read.results?.length, 0);
    check('no reviews', !read.reviews?.length, read.reviews?.length, 0);
  }

  const kp = key.product;
  if (kp) {
    const p = read.product;
    check('product.id', p?.id === kp.id, p?.id, kp.id);
    const nullable = <T>(field: string, got: T | undefined, want: T | null, eq: (a: T, b: T) => boolean, needIssue: boolean) => {
      if (want === null) {
        check(field, got === undefined, got, null);
        if (needIssue) check(`${field} (issue)`, hasIssue(field), read.issues.map((i) => i.field), `issue for ${field}`);
      } else {
        check(field, got !== undefined && eq(got, want), got, want);
      }
    };
    const same = <T>(a: T, b: T) => a === b;
    nullable('product.title', p?.title, kp.title, same, true);
    nullable('product.brand', p?.brand, kp.brand, same, true);
    nullable('product.price', p?.price, kp.price, sameMoney, true);
    nullable('product.listPrice', p?.listPrice, kp.listPrice, sameMoney, false);
    const range = kp.priceRange;
    const gotRange = p?.priceRange;
    check(
      'product.priceRange',
      range === null
        ? gotRange === undefined
        : !!gotRange &&
            sameMoney(gotRange.min, { amount: range.min, currency: range.currency }) &&
            sameMoney(gotRange.max, { amount: range.max, currency: range.currency }),
      gotRange,
      range,
    );
    nullable('product.rating', p?.rating, kp.rating, (a, b) => Math.abs(a - b) < 0.001, true);
    nullable('product.reviewCount', p?.reviewCount, kp.reviewCount, same, true);
    const bullets = p?.bullets ?? [];
    check('product.bulletsCount', bullets.length === kp.bulletsCount, bullets.length, kp.bulletsCount);
    const first = bullets[0]?.slice(0, 60) ?? null;
    check('product.firstBullet', first === kp.firstBullet, first, kp.firstBullet);
    const onPage = read.reviews?.length ?? 0;
    check('product.reviewsOnPage', onPage === kp.reviewsOnPage, onPage, kp.reviewsOnPage);
  }

  const ks = key.search;
  if (ks) {
    const results = read.results ?? [];
    check('search.resultsCount', results.length === ks.resultsCount, results.length, ks.resultsCount);
    ks.first.forEach((want, i) => {
      const got = results[i];
      const f = `search.first[${i}]`;
      check(`${f}.id`, got?.id === want.id, got?.id, want.id);
      const prefix = got?.title.slice(0, want.titlePrefix.length);
      check(`${f}.titlePrefix`, prefix === want.titlePrefix, prefix, want.titlePrefix);
      const priceOk = want.price === null ? got?.price === undefined : !!got?.price && sameMoney(got.price, want.price);
      check(`${f}.price`, priceOk, got?.price, want.price);
      check(`${f}.sponsored`, got?.sponsored === want.sponsored, got?.sponsored, want.sponsored);
    });
  }

  const kr = key.reviews;
  if (kr) {
    const reviews = read.reviews ?? [];
    check('reviews.count', reviews.length === kr.count, reviews.length, kr.count);
    if (kr.first) {
      const got = reviews[0];
      check('reviews.first.rating', got?.rating === kr.first.rating, got?.rating, kr.first.rating);
      const t = got?.title?.slice(0, kr.first.titlePrefix.length);
      check('reviews.first.titlePrefix', t === kr.first.titlePrefix, t, kr.first.titlePrefix);
      const b = got?.body?.slice(0, kr.first.bodyPrefix.length);
      check('reviews.first.bodyPrefix', b === kr.first.bodyPrefix, b, kr.first.bodyPrefix);
    }
  }
  return out;
}

function sameMoney(a: Money, b: KeyMoney): boolean {
  return a.currency === b.currency && Math.abs(a.amount - b.amount) < 0.005;
}
