import { describe, expect, it } from 'vitest';
import { explainQuantity, explainUnitPrice, unitPrice } from '../../../lib/analyses/prices/unit-price';
import { normalizeKey } from '../../../lib/analyses/prices/quantity/spec-rows';
import type { Money, UnitKind } from '../../../lib/schema';

const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

describe('unitPrice arithmetic', () => {
  it.each<[title: string, price: Money, perQty: number, unit: UnitKind, amount: number]>([
    // 3.99 / 1980 ml × 100 = 0.20151…
    ['Cola 6 x 330ml', eur(3.99), 100, 'ml', 0.201515],
    // 7.49 / 500 g × 100
    ['Kaffee 500g', eur(7.49), 100, 'g', 1.498],
    // 29.90 / 16 packs
    ['抽纸 3层50抽共16包', cny(29.9), 1, 'count', 1.86875],
    // 59 / (2 × 500 g) × 100
    ['五常大米 500g*2袋', cny(59), 100, 'g', 5.9],
    // 12.99 / (16 × 28.349523125 g = 453.59237 g) × 100 = 2.86380…
    ['Peanut Butter 16 oz', { amount: 12.99, currency: 'USD' }, 100, 'g', 2.8638],
  ])('%s at %j', (title, price, perQty, unit, amount) => {
    const u = unitPrice({ title, price });
    expect(u?.per).toEqual({ quantity: perQty, unit });
    expect(u?.price.currency).toBe(price.currency);
    expect(u?.price.amount).toBeCloseTo(amount, 5);
  });

  it('uses a price passed in (a coupon price) over the listing price', () => {
    const u = unitPrice({ title: 'Kaffee 500g', price: eur(7.49) }, eur(5));
    expect(u?.price.amount).toBe(1);
  });

  it('records the total bought, the wording and where it came from', () => {
    expect(unitPrice({ title: 'Cola 6 x 330ml', price: eur(3.99) })).toMatchObject({
      total: { quantity: 1980, unit: 'ml' },
      basis: '6 x 330ml',
      from: 'title',
    });
  });

  it.each([
    ['no price', { title: 'Kaffee 500g' }, 'no-price'],
    ['a price of 0 (an unpriced tile)', { title: 'Kaffee 500g', price: eur(0) }, 'no-price'],
    ['only a price range', { title: 'Kaffee 500g', priceRange: { min: eur(5), max: eur(9) } }, 'price-range'],
    ['no quantity', { title: 'Gaming Monitor 27"', price: eur(199) }, 'no-quantity'],
  ])('is undefined with a reason for %s', (_, source, reason) => {
    expect(unitPrice(source)).toBeUndefined();
    const r = explainUnitPrice(source);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe(reason);
  });
});

describe('spec rows', () => {
  it.each<[name: string, specs: Record<string, string>, title: string, unit: UnitKind, total: number, from: string]>([
    ["Amazon's Unit Count decides", { 'Unit Count': '38.0 Fl Oz' }, 'Dawn Dish Soap', 'ml', 1123.793, 'specs.Unit Count'],
    ['Unit Count agreeing with the title', { 'Unit Count': '1980.0 millilitre' }, 'Cola 6 x 330ml', 'ml', 1980, 'specs.Unit Count'],
    // Amazon chose count for this listing; the title's millilitres are another unit kind.
    ['Unit Count of another kind than the title', { 'Unit Count': '6.0 Count' }, 'Cola 6 x 330ml', 'count', 6, 'specs.Unit Count'],
    ["amazon.ae's Units row", { Units: '1 count' }, 'Grounding Mat', 'count', 1, 'specs.Units'],
    ['Unit Count in pounds', { 'Unit Count': '2.0 Pound' }, 'Coffee', 'g', 907.18474, 'specs.Unit Count'],
    ['Unit Count in square feet', { 'Unit Count': '100.0 Square Feet' }, 'Wrap', 'm2', 9.290304, 'specs.Unit Count'],
    ['Unit Count with Amazon\'s direction marks in the key', { 'Unit Count \u200f : \u200e': '12.0 Count' }, 'Pods', 'count', 12, 'specs.Unit Count \u200f : \u200e'],
    ['净含量 with 包装数量', { 净含量: '250ml', 包装数量: '24' }, '纯牛奶', 'ml', 6000, 'specs.净含量 + specs.包装数量'],
    ['包装数量 with a measure word', { 净含量: '500g', 包装数量: '2袋' }, '大米', 'g', 1000, 'specs.净含量 + specs.包装数量'],
    ['规格', { 规格: '500g*2袋' }, '五常大米', 'g', 1000, 'specs.规格'],
    ['净含量 agreeing with the title', { 净含量: '250ml' }, '纯牛奶 250ml*24盒', 'ml', 6000, 'title + specs.净含量'],
    ['Size', { Size: '12 Ounce (Pack of 6)' }, 'Almonds', 'g', 2041.165665, 'specs.Size'],
    ['Number of Items', { 'Number of Items': '3' }, 'Water Filter', 'count', 3, 'specs.Number of Items'],
  ])('%s', (_, specs, title, unit, total, from) => {
    const r = explainQuantity({ title, specs });
    expect(r.ok, r.ok ? '' : `${r.reason}: ${r.detail}`).toBe(true);
    if (!r.ok) return;
    expect(r.quantity.total.kind).toBe(unit);
    expect(r.quantity.total.value).toBeCloseTo(total, 3);
    expect(r.from).toBe(from);
  });

  it.each<[name: string, specs: Record<string, string>, title: string, reason: string]>([
    ['Unit Count contradicting the title', { 'Unit Count': '24.0 Count' }, 'Pods, 12 Count', 'conflicting-quantities'],
    ['净含量 contradicting the title', { 净含量: '500ml' }, '纯牛奶 250ml*24盒', 'conflicting-quantities'],
    // 屏幕规格 is a screen size: only the exact key 规格 is read.
    ['a key that merely contains 规格', { 屏幕规格: '14.0英寸' }, '笔记本', 'no-quantity'],
    ['only the item weight', { 'Item Weight': '70 g' }, 'WMF Gourmet Strainer 8 cm', 'item-weight-only'],
    ["only JD's 净重 (a laptop's weight)", { 净重: '2.17 千克' }, '惠普 Envy dv4 14.0英寸笔记本', 'item-weight-only'],
  ])('refuses %s', (_, specs, title, reason) => {
    const r = explainQuantity({ title, specs });
    expect(!r.ok && r.reason).toBe(reason);
  });

  it('uses the item weight only when asked, and says so', () => {
    const r = explainQuantity({ title: 'Bio Haferflocken', specs: { 'Item Weight': '1.86 Kilograms' } }, { useItemWeight: true });
    expect(r.ok && r.quantity.total).toEqual({ kind: 'g', value: 1860 });
    expect(r.ok && r.from).toBe('specs.Item Weight');
  });

  it('ignores the item weight when the title states a quantity', () => {
    const r = explainQuantity({ title: 'Screen Protector, 3-Pack', specs: { 'Item Weight': '46 g' } }, { useItemWeight: true });
    expect(r.ok && r.quantity.total).toEqual({ kind: 'count', value: 3 });
  });

  it.each([
    ['Unit Count', 'unit count'],
    ['Unit Count \u200f : \u200e', 'unit count'],
    ['净含量：', '净含量'],
  ])('normalises the key %j', (key, want) => {
    expect(normalizeKey(key)).toBe(want);
  });
});
