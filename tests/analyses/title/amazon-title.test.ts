import { describe, expect, it } from 'vitest';
import type { TitleContext } from '../../../lib/analyses/title/score-title';
import { checkOf, expectFlagged, expectPass, spanTexts } from './rule-helpers';

const amazon = (brand?: string, more: Partial<TitleContext> = {}): TitleContext => ({ marketplace: 'amazon', ...(brand ? { brand } : {}), ...more });
const filler = (n: number) => 'Acme Stainless Steel Water Bottle, Insulated, Leakproof Lid, 32 oz, Blue, for Hiking, Camping, Gym and Travel, '.repeat(4).slice(0, n);

describe('amazon.length (A1, the opt-in 75 cap)', () => {
  it('fails over 200 characters and points at the excess', () => {
    const text = filler(201);
    const check = checkOf(text, amazon(), 'amazon.length');
    expect(check?.status).toBe('fail');
    expect(check?.spans).toEqual([{ start: 200, end: 201 }]);
    expect(check?.message.zh).toContain('201');
    expect(check?.message.en).toContain('201');
  });

  it.each([
    ['exactly 200 ASCII characters', filler(200)],
    ['199 characters plus an emoji (one code point, two UTF-16 units)', `${filler(199)}😀`],
  ])('passes %s', (_name, text) => expectPass(checkOf(text, amazon(), 'amazon.length')));

  it('warns over 75 only when the user opted in to the reported 2026 cap', () => {
    const text = filler(120);
    expectPass(checkOf(text, amazon(), 'amazon.length'));
    const check = checkOf(text, amazon(undefined, { config: { amazonTitle75: true } }), 'amazon.length');
    expect(check?.status).toBe('warn');
    expect(check?.spans).toEqual([{ start: 75, end: 120 }]);
    expect(check?.message.en).toContain('75');
  });

  it('uses a replaced limit (UK/FR style pages say 150)', () => {
    expect(checkOf(filler(160), amazon(undefined, { config: { limits: { amazonTitleChars: 150 } } }), 'amazon.length')?.status).toBe('fail');
  });

  it('fails an empty title', () => {
    expect(checkOf('  ', amazon(), 'amazon.length')?.status).toBe('fail');
  });
});

describe('amazon.banned-chars (A3)', () => {
  it.each([
    ['Acme Water Bottle! 32 oz', '!', 'Acme Water Bottle 32 oz'],
    ['Acme Water Bottle, Why Not? 32 oz', '?', 'Acme Water Bottle, Why Not 32 oz'],
    ['Acme Chair Cover_Stretch Fit', '_', 'Acme Chair Cover Stretch Fit'],
    ['Acme {Blue} Mug', '{', 'Acme Blue Mug'],
    ['Acme Mug ^ Blue', '^', 'Acme Mug Blue'],
    ['Acme Mug ¦ Blue', '¦', 'Acme Mug Blue'],
    ['Acme Mug！Blue', '！', 'Acme Mug Blue'],
  ])('%j fails on %j with a mechanical fix', (text, char, fixed) => {
    const check = checkOf(text, amazon(), 'amazon.banned-chars');
    expectFlagged(check, text, 'fail', char === '！' ? '！' : char);
    expect(check?.fix?.replacement).toBe(fixed);
  });

  it.each([
    ['Acme Water Bottle, 32 oz - Blue/Green & Black.', undefined],
    ['Yahoo! Mail Notebook, A5, Ruled', 'Yahoo!'],
  ])('%j passes (brand %j)', (text, brand) => expectPass(checkOf(text, amazon(brand), 'amazon.banned-chars')));
});

describe('amazon.symbols (~ # < > * functional only, A3)', () => {
  it.each([
    ['Acme Running Shorts << Size XXS >>', '<'],
    ['*NEW* Acme Running Shorts', '*'],
    ['Acme Running Shorts #summer', '#'],
    ['Acme Running Shorts ~ Black', '~'],
  ])('%j fails on decorative %j', (text, char) => expectFlagged(checkOf(text, amazon(), 'amazon.symbols'), text, 'fail', char));

  it('warns on a symbol glued inside a name (may be a registered name)', () => {
    const text = '千恋*万花 Original Soundtrack CD';
    expectFlagged(checkOf(text, amazon(), 'amazon.symbols'), text, 'warn', '*');
  });

  it.each([
    'Acme Oxford Shirt, Style #4301, Blue',
    'Acme Dumbbell Set <10 lb, Pair',
    'Acme Kettle, Boils in ~5 min, 1.7 L',
    'Acme Ceramic Floor Tile 30*60 cm, Grey',
    'Acme Shelf, Holds > 20 kg',
  ])('%j passes', (text) => expectPass(checkOf(text, amazon(), 'amazon.symbols')));
});

describe('amazon.special-chars (§1.2, A7)', () => {
  it.each([
    ['Acme® Electric Kettle, 1.7 L', '®'],
    ['Acme Electric Kettle ★ Stainless Steel', '★'],
    ['Acme Electric Kettle 【1.7 L】', '【'],
    ['Acme Electric Kettle | 1.7 L', '|'],
  ])('%j warns on %j', (text, char) => expectFlagged(checkOf(text, amazon(), 'amazon.special-chars'), text, 'warn', char));

  it.each(['Acme Electric Kettle, 1.7 L, Stainless Steel', 'Acme Thermometer, 0-100°C, Digital'])('%j passes', (text) =>
    expectPass(checkOf(text, amazon(), 'amazon.special-chars')),
  );
});

describe('amazon.emoji (§7.3: warn in titles)', () => {
  it('warns on an emoji and removes it in the fix', () => {
    const text = 'Acme Squeaky Dog Toy 🐶 Rubber Bone';
    const check = checkOf(text, amazon(), 'amazon.emoji');
    expectFlagged(check, text, 'warn', '🐶');
    expect(check?.fix?.replacement).toBe('Acme Squeaky Dog Toy Rubber Bone');
  });

  it.each(['Acme Squeaky Dog Toy, Rubber Bone', 'Acme® Kettle'])('%j passes (® is a mark, not an emoji)', (text) => expectPass(checkOf(text, amazon(), 'amazon.emoji')));
});

describe('amazon.repeated-word (A4)', () => {
  it.each([
    ['Acme Dog Bed, Washable Dog Bed for Large Dogs', 'Dog', ['Dog', 'Dog', 'Dogs']],
    ['Acme Battery Charger for Batteries, Battery Case', 'Battery', ['Battery', 'Batteries', 'Battery']],
    ['Acme BAG Organizer, Bag Hook, Tote bag', 'BAG', ['BAG', 'Bag', 'bag']],
    ['Acme Glass Set, Wine Glasses, Glass Cleaner', 'Glass', ['Glass', 'Glasses', 'Glass']],
  ])('%j fails: %j', (text, word, spans) => {
    const check = checkOf(text, amazon(), 'amazon.repeated-word');
    expectFlagged(check, text, 'fail', word);
    expect(spanTexts(check, text)).toEqual(spans);
  });

  it.each([
    ['Acme Dog Bed for Large Dogs, Washable Cover', undefined],
    ['Acme Salt and Pepper and Spice and Herb Grinder with Lid with Stand with Base', undefined],
    ['Dog Co Dog Leash, Dog Collar and Dog Harness Set', 'Dog Co'],
    ['Acme Tops, Women Tops, Summer Blouse', undefined],
  ])('%j passes (brand %j)', (text, brand) => expectPass(checkOf(text, amazon(brand), 'amazon.repeated-word')));
});

describe('amazon.promo (A2, §1.2)', () => {
  it.each([
    ['Acme Yoga Mat, Non-Slip, Free Shipping', 'Free Shipping', 'fail'],
    ['Acme Yoga Mat - Best Seller 2024', 'Best Seller', 'fail'],
    ['Acme Yoga Mat Hot Sale', 'Hot Sale', 'fail'],
    ['Acme Yoga Mat, 30% Off', '30% Off', 'fail'],
    ['Best Yoga Mat by Acme, 6 mm', 'Best', 'fail'],
    ['Acme Yoga Mat, #1 Rated Exercise Mat', '#1', 'fail'],
    ['Acme Yoga Mat, Great Gift for Mom', 'Great Gift', 'fail'],
    ['Acme Yoga Mat, 100% Quality Guaranteed', '100% Quality Guaranteed', 'fail'],
    ['Acme Yoga Mat, Limited Time Offer', 'Limited Time Offer', 'fail'],
    ['Acme Ultimate Yoga Mat, 6 mm', 'Ultimate', 'warn'],
    ['Acme Premium Yoga Mat, 6 mm', 'Premium', 'warn'],
  ])('%j → %j (%s)', (text, term, status) => expectFlagged(checkOf(text, amazon(), 'amazon.promo'), text, status as 'warn' | 'fail', term));

  it('removes failing phrases in the fix', () => {
    expect(checkOf('Acme Yoga Mat, Non-Slip, Free Shipping', amazon(), 'amazon.promo')?.fix?.replacement).toBe('Acme Yoga Mat, Non-Slip');
  });

  it.each([
    'Acme Best Friend Necklace, Sterling Silver',
    'Acme Phillips #1 Screwdriver, Magnetic Tip',
    'Acme For Sale Sign, Reflective, 12 x 18 in',
    'Acme Yoga Mat, Non-Slip, 6 mm, Purple',
    'Queen Greatest Hits CD',
  ])('%j passes', (text) => expectPass(checkOf(text, amazon(), 'amazon.promo')));
});

describe('amazon.claims (§2.2)', () => {
  it.each([
    ['Acme Turmeric Capsules to Cure Arthritis', 'Cure Arthritis', 'fail'],
    ['Acme Anxiety Relief Supplement, 60 Capsules', 'Anxiety Relief', 'fail'],
    ['Acme Grounding Mat, Helps with Insomnia', 'Helps with Insomnia', 'fail'],
    ['Acme Eco-Friendly Bamboo Toothbrush, 4 Pack', 'Eco-Friendly', 'fail'],
    ['Acme Vitamin C Gummies, FDA Approved', 'FDA Approved', 'fail'],
    ['Acme Memory Foam Pillow, Money Back Guarantee', 'Money Back Guarantee', 'fail'],
    ['Acme Antibacterial Cutting Board', 'Antibacterial', 'warn'],
    ['Acme Anti Bacterial Cutting Board', 'Anti Bacterial', 'warn'],
    ['Acme Diabetic Socks for Men, 6 Pairs', 'Diabetic', 'warn'],
    ['Acme Trash Bags, Certified Compostable to ASTM D6400', 'Compostable', 'warn'],
    // The qualifier sits in another clause: "Biodegradable" itself stays unqualified.
    ['Acme Biodegradable Trash Bags, Certified Compostable to ASTM D6400', 'Biodegradable', 'fail'],
    ['Acme Mosquito Repellent Bracelet', 'Repellent', 'warn'],
  ])('%j → %j (%s)', (text, term, status) => expectFlagged(checkOf(text, amazon(), 'amazon.claims'), text, status as 'warn' | 'fail', term));

  it.each(['Acme Dog Treats, Chicken Flavor, 16 oz', 'Acme Cutting Board, Bamboo, 18 x 12 in', 'Acme Green Water Bottle, 32 oz', 'Acme Stroke Brush Set for Painting'])(
    '%j passes',
    (text) => expectPass(checkOf(text, amazon(), 'amazon.claims')),
  );
});

describe('amazon.contact (itemID=200390640)', () => {
  it.each([
    ['Acme Kettle, Call 555-123-4567', '555-123-4567'],
    ['Acme Kettle www.acme-kettles.com', 'www.acme-kettles.com'],
    ['Acme Kettle sales@acme.com', 'sales@acme.com'],
  ])('%j fails on %j', (text, term) => expectFlagged(checkOf(text, amazon(), 'amazon.contact'), text, 'fail', term));

  it.each(['Acme Kettle 1.7L 1500W, Model KT-1234-5678', 'ViewSonic VX2468-PC-MHD 24 Inch Monitor', 'Acme Tape Measure 1234 5678 Edition'])('%j passes', (text) =>
    expectPass(checkOf(text, amazon(), 'amazon.contact')),
  );
});

describe('amazon.all-caps (§1.2)', () => {
  it('warns on a shouted word and title-cases it in the fix', () => {
    const text = 'Acme WATERPROOF Hiking Boots';
    const check = checkOf(text, amazon(), 'amazon.all-caps');
    expectFlagged(check, text, 'warn', 'WATERPROOF');
    expect(check?.fix?.replacement).toBe('Acme Waterproof Hiking Boots');
  });

  it.each([
    ['Acme USB LED Desk Lamp, HDMI, 4K, XL, XXL', undefined],
    ['SITMOD Gaming Chair with Footrest', 'SITMOD'],
    ['Acme Chess Book, Volume VIII', undefined],
    ['Acme Water Filter, BPA Free, HEPA', undefined],
  ])('%j passes (brand %j)', (text, brand) => expectPass(checkOf(text, amazon(brand), 'amazon.all-caps')));
});

describe('amazon.brand-first (§1.2)', () => {
  it('warns when the brand is not first, pointing at it', () => {
    const text = 'Insulated Water Bottle by Acme, 32 oz';
    expectFlagged(checkOf(text, amazon('Acme'), 'amazon.brand-first'), text, 'warn', 'Acme');
  });

  it('warns when a longer word only starts like the brand (Ace vs Acer)', () => {
    expect(checkOf('Acer Monitor, 24 Inch', amazon('Ace'), 'amazon.brand-first')?.status).toBe('warn');
  });

  it.each([
    ['Acme Insulated Water Bottle, 32 oz', 'Acme'],
    ['ACME insulated water bottle', 'Acme'],
    ['Sourcingmap Stretch Chair Cover', 'sourcing map'],
    ['sourcingmap® Housse de chaise', 'Sourcingmap'],
  ])('%j passes for brand %j', (text, brand) => expectPass(checkOf(text, amazon(brand), 'amazon.brand-first')));

  it('is not checked without a brand', () => {
    expect(checkOf('Insulated Water Bottle', amazon(), 'amazon.brand-first')).toBeUndefined();
  });
});
