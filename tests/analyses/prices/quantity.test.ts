import { describe, expect, it } from 'vitest';
import { explainQuantity } from '../../../lib/analyses/prices/unit-price';
import type { UnitKind } from '../../../lib/schema';

/**
 * Quantity wording in titles, both directions. Totals are worked out by hand from the
 * wording and the legal unit definitions: 1 oz = 28.349523125 g, 1 lb = 453.59237 g,
 * 1 US fl oz = 29.5735 ml, 1 US gal = 3785.411784 ml, 1 斤 = 500 g.
 */

const q = (title: string, locale?: string) => explainQuantity({ title }, locale ? { locale } : {});

describe('quantity wording that is read', () => {
  it.each<[title: string, unit: UnitKind, total: number]>([
    // Multipacks multiply (domain-rules §5: 6 × 330 ml → 1980 ml).
    ['Coca-Cola 6 x 330ml', 'ml', 1980],
    ['Sparkling Water, 330 ml (Pack of 6)', 'ml', 1980],
    ['6x330ml', 'ml', 1980],
    // A word ending in x before the multiplication is no size.
    ['Felix 12 x 85 g', 'g', 1020],
    ['Relax Drink 6 x 330 ml', 'ml', 1980],
    ['Pack of 2', 'count', 2],
    ['Nasal Strips, 12 Count', 'count', 12],
    ['Coffee Beans 2 lb', 'g', 907.18474],
    ['Peanut Butter 16 oz', 'g', 453.59237],
    ['Olive Oil 16 fl oz', 'ml', 473.176],
    ['Mineral Water 1.5 L', 'ml', 1500],
    ['Water 1 gallon', 'ml', 3785.411784],
    ['Espresso 33 cl', 'ml', 330],
    ['Vitamin D 500 mg', 'g', 0.5],
    // Chinese 规格 tokens.
    ['五常大米 500g*2袋', 'g', 1000],
    ['大米500克×2', 'g', 1000],
    ['2袋*500g', 'g', 1000],
    ['500gx2袋', 'g', 1000],
    ['纯牛奶 250ml*24盒 整箱', 'ml', 6000],
    ['可乐 330ml*24罐', 'ml', 7920],
    ['面巾纸 共16包', 'count', 16],
    // 16 packs, not 3 × 50 × 16 sheets: 抽/层 describe one pack (resolve.ts).
    ['抽纸 3层50抽共16包', 'count', 16],
    ['鱼油软胶囊 24粒装', 'count', 24],
    ['食用油 1.8L', 'ml', 1800],
    ['净含量：250ml', 'ml', 250],
    ['东北大米 10斤', 'g', 5000],
    ['猫粮 5公斤', 'g', 5000],
    ['酱油 750毫升', 'ml', 750],
    ['花生油 2升', 'ml', 2000],
    ['坚果 两袋', 'count', 2],
    ['湿巾 三包', 'count', 3],
    ['每包100g 共16包', 'g', 1600],
    ['60粒*2瓶', 'count', 120],
    // Nested multipacks and "of".
    ['Kitekat, 48 bags (2 x 24 x 100 g)', 'g', 4800],
    ['Lifelong, 4.8 kg (48 bags x 100 g)', 'g', 4800],
    ['Whiskas 11+ - 48 Bags Of 100 G, Different Sorts', 'g', 4800],
    ['Felix Soup, Pack of 8 (8 x 6 Bags of 48 g)', 'g', 2304],
    ['PURINA ONE, Pack of 12 (12 x 4 of 85 g)', 'g', 4080],
    ['Sheba Perfect Portions, 24 Double Bowls of 75 g', 'g', 1800],
    ['FELIX Tasty Shreds, 6-pack (6 x 10 x 80g)', 'g', 4800],
    ['Sheba, 72 bowls (6 x 12 x 85g)', 'g', 6120],
    ['Preparation H Wipes, 4 Packs of 48 Count', 'count', 192],
    ['Breathe Right, 12 Count (Pack of 6)', 'count', 72],
    // The same size written twice is one size.
    ['GranataPet, 1800 g, 1.8 kg (Pack of 1)', 'g', 1800],
    ["Barlean's Fish Oil, 1 Pound , 16.0 Ounce", 'g', 453.59237],
    ['Spring Water 16.9 fl oz (500 ml)', 'ml', 499.79215],
    // European decimals and set words.
    ['Wasser 6 x 0,33 l', 'ml', 1980],
    ['Saft 2 x 1,5 l', 'ml', 3000],
    ['Trinkhalme, 5er Set', 'count', 5],
    ['Dosen 6er-Pack', 'count', 6],
    ['Packung mit 6', 'count', 6],
    ['Juego de 6 vasos de café, 22 cl, 220 ml', 'ml', 1320],
    ['Einweg Besteck aus Holz – 120 Stück (40 Messer, 40 Gabeln, 40 Löffel)', 'count', 120],
    ['Eau minérale, Lot de 6 bouteilles de 1,5 L', 'ml', 9000],
    ['Paquete de 500 g', 'g', 500],
    ['Sports Drink 24 Fl Oz (Pack of 12)', 'ml', 8517.168],
    ['Net Wt 12 oz (340g)', 'g', 340.1942775],
    ['Toilet Tissue 3-ply, 80 sheets, 12 rolls', 'count', 12],
    // Per-item markers.
    ['Refill | Pack of 6 - 45 ml Each', 'ml', 270],
    ['Refill, 45ml each (Pack of 3)', 'ml', 135],
    ['Pack of 2, 16 oz each', 'g', 907.18474],
    ['Nudeln, 2 Stück à 500 g', 'g', 1000],
  ])('%s → %d %s', (title, unit, total) => {
    const r = q(title);
    expect(r.ok, r.ok ? '' : `${r.reason}: ${r.detail}`).toBe(true);
    if (!r.ok) return;
    expect(r.quantity.total.kind).toBe(unit);
    expect(r.quantity.total.value).toBeCloseTo(total, 3);
  });

  it('keeps the wording it rests on as the basis', () => {
    const r = q('Sheba Selection, 72 bowls (6 x 12 x 85g)');
    expect(r.ok && r.basis).toBe('72 bowls · 6 x 12 x 85g');
    expect(r.ok && r.from).toBe('title');
  });

  it('keeps the sheet count out of the basis of 抽纸 but visible in the title', () => {
    const r = q('抽纸 3层50抽共16包');
    expect(r.ok && r.basis).toBe('16包');
  });
});

describe('quantity wording that is refused (never a guess)', () => {
  it.each<[title: string, reason: string]>([
    ['Variety Mix 4 or 6 Packs', 'alternatives'],
    ['Variety Pack of 24 or 26', 'alternatives'],
    ['Rice 2-3 kg', 'alternatives'],
    ['Obstbeutel 5+1 SET', 'alternatives'],
    ['Bottle 500ml/750ml', 'alternatives'],
    ['Insect Killer - 600ml + Refill - 35 ml (Pack of 4 + 2 Free)', 'alternatives'],
    ['Trinkflasche - 500ml, 750ml, 1l', 'conflicting-quantities'],
    ['Pack of 2 (6 x 85 g)', 'conflicting-quantities'],
    ['Refrigerator 120L, 2L Bottle Holder', 'conflicting-quantities'],
    ['维生素 60粒 2瓶', 'conflicting-quantities'],
    // Per sachet or in total? The title does not say.
    ['Whiskas, 84 sachet, 8.4 g', 'count-and-measure'],
    ['美素2段900克6罐', 'count-and-measure'],
    ['Coffee Pods, 12 Count, 4.4 oz', 'count-and-measure'],
    ['110 Vasos Desechables 240 ml', 'count-and-measure'],
    ['Lotion 16 oz, 473 ml', 'weight-and-volume'],
    ['Zucker 1.500 kg', 'ambiguous-number'],
    ['Monitor 1920 x 1080 165Hz 1ms 27-Inch', 'no-quantity'],
    ['ThinkPad (i5-4200U 4G 500G GT740M 2G独显)', 'no-quantity'],
    ['iPad air2升级版 32/128Gwifi', 'no-quantity'],
    ['Fridge Liners 45L x 30W cm', 'no-quantity'],
    ['Mat 30W x 45L cm', 'no-quantity'],
    ['Box 20 x 30 x 10 cm', 'no-quantity'],
    ['Organizer 29 * 12.5 * 8.5cm', 'no-quantity'],
    ['Makeup Mirror 2X 3X 10X Magnification', 'no-quantity'],
    ['Adhesive Hooks 6KG(Max)', 'no-quantity'],
    ['Chest Freezer, 200L Gross Capacity', 'no-quantity'],
    ['Coffee Maker, 12 Cups', 'no-quantity'],
    ['车载音箱 两个手持', 'no-quantity'],
    ['Lunchbox Mit 2 Fächern', 'no-quantity'],
    ['抽纸 100抽', 'no-quantity'],
    ['Max12 Count Edition', 'no-quantity'],
    ['iPhone 15 Pro 256GB', 'no-quantity'],
  ])('%s → %s', (title, reason) => {
    const r = q(title);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe(reason);
    expect(r.detail).not.toBe('');
  });
});

describe('numbers that read two ways', () => {
  it.each<[title: string, locale: string, total: number]>([
    ['Zucker 1.500 g', 'de-DE', 1500],
    ['Sugar 1.500 kg', 'en-US', 1500],
    ['Milk 1,000 ml', 'en-GB', 1000],
    ['Sahne 1,000 l', 'de-DE', 1000],
  ])('%s in %s → %d', (title, locale, total) => {
    const r = q(title, locale);
    expect(r.ok && r.quantity.total.value).toBeCloseTo(total, 6);
  });

  it('reads a count with three digits after a separator as grouping without a locale', () => {
    const r = q('Cotton Swabs, 1,000 Count');
    expect(r.ok && r.quantity.total).toEqual({ kind: 'count', value: 1000 });
  });
});
