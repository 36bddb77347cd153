import { describe, expect, it } from 'vitest';
import { draftsOfProduct, pairOf, withPick, type AbPair } from '../../components/workbench/ab-model';
import type { DraftRow } from '../../lib/db';

const row = (id: string, more: Partial<DraftRow> = {}): DraftRow => ({ id, marketplace: 'amazon', name: id, title: id, bullets: [], searchTerms: '', keywords: [], updatedAt: 1, ...more });
const ids = (list: readonly { id: string }[]) => list.map((d) => d.id);

describe('draftsOfProduct', () => {
  const rows = [row('same'), row('other-product', { productId: 'B2' }), row('no-product'), row('jd', { marketplace: 'jd', productId: 'B1' }), row('this', { productId: 'B1' })];

  it.each([
    // Started from product B1: its drafts and drafts typed from scratch, Amazon only.
    [{ marketplace: 'amazon' as const, productId: 'B1' }, ['same', 'no-product', 'this']],
    // Typed from scratch: every Amazon draft (it may be for any product).
    [{ marketplace: 'amazon' as const }, ['same', 'other-product', 'no-product', 'this']],
    [{ marketplace: 'jd' as const, productId: 'B1' }, ['jd']],
    [{ marketplace: 'taobao' as const }, []],
  ])('for %j keeps %j', (current, expected) => {
    expect(ids(draftsOfProduct(current, rows))).toEqual(expected);
  });
});

describe('pairOf', () => {
  const choices = [{ id: 'd3' }, { id: 'd2' }, { id: 'd1' }];

  it.each<[string, Partial<AbPair>, AbPair | undefined]>([
    // The open draft against the newest other one ("the previous one").
    ['d3', {}, { a: 'd3', b: 'd2' }],
    ['d2', {}, { a: 'd2', b: 'd3' }],
    // An open draft that is no choice (unsaved): the two newest.
    ['new', {}, { a: 'd3', b: 'd2' }],
    ['d3', { a: 'd1' }, { a: 'd1', b: 'd3' }],
    ['d3', { a: 'd1', b: 'd2' }, { a: 'd1', b: 'd2' }],
    // Picks that are gone (deleted, another product now) fall back to the defaults.
    ['d3', { a: 'gone', b: 'd1' }, { a: 'd3', b: 'd1' }],
    ['d3', { b: 'd3' }, { a: 'd3', b: 'd2' }],
  ])('open %s, picks %j → %j', (current, picks, expected) => {
    expect(pairOf(current, choices, picks)).toEqual(expected);
  });

  it.each([[[]], [[{ id: 'd1' }]]])('has nothing to compare with %j', (few) => {
    expect(pairOf('d1', few, {})).toBeUndefined();
  });
});

describe('withPick', () => {
  it.each<[AbPair, 'a' | 'b', string, AbPair]>([
    [{ a: 'd1', b: 'd2' }, 'a', 'd3', { a: 'd3', b: 'd2' }],
    [{ a: 'd1', b: 'd2' }, 'b', 'd3', { a: 'd1', b: 'd3' }],
    // Picking the other side's draft swaps the two.
    [{ a: 'd1', b: 'd2' }, 'a', 'd2', { a: 'd2', b: 'd1' }],
    [{ a: 'd1', b: 'd2' }, 'b', 'd1', { a: 'd2', b: 'd1' }],
    [{ a: 'd1', b: 'd2' }, 'a', 'd1', { a: 'd1', b: 'd2' }],
  ])('%j, %s := %s → %j', (pair, side, id, expected) => {
    expect(withPick(pair, side, id)).toEqual(expected);
  });
});
