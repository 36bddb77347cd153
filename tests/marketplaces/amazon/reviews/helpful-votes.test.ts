import { describe, expect, it } from 'vitest';
import { parseHelpfulVotes } from '../../../../lib/marketplaces/amazon/reviews/helpful-votes';

describe('parseHelpfulVotes', () => {
  it.each([
    ['42 people found this helpful', 42],
    ['One person found this helpful', 1],
    ['1,234 people found this helpful', 1234],
    ['Eine Person fand diese Informationen hilfreich', 1],
    ['78 Personen fanden diese Informationen hilfreich.', 78],
    ['3 personnes ont trouvé cela utile', 3],
    ['Une personne a trouvé cela utile', 1],
    ["921 persone l'hanno trovato utile", 921],
    ["Una persona l'ha trovato utile", 1],
    ['A 6 personas les ha parecido esto útil', 6],
    ['A una persona le ha parecido esto útil', 1],
    ['Uma pessoa achou isso útil', 1],
    ['Eén persoon vond dit nuttig', 1],
    ['En person tyckte att detta var till hjälp', 1],
    ['Jedna osoba uznała to za przydatne', 1],
    ['Bir kişi bunu faydalı buldu', 1],
    ['12人のお客様がこれが役に立ったと考えています', 12],
    ['أفاد شخص واحد بأن هذا مفيد', 1],
    ['أفاد ١٥ شخصًا بأن هذا مفيد', 15],
    // legacy layouts
    ['51 of 55 people found the following review helpful:', 51],
    ['37 people found this helpful. Was this review helpful to you?', 37],
  ])('%s → %d', (text, want) => {
    expect(parseHelpfulVotes(text)).toBe(want);
  });

  it.each(['', 'Helpful', 'Was this review helpful to you? Yes No', 'Report'])('%j → undefined', (text) => {
    expect(parseHelpfulVotes(text)).toBeUndefined();
  });
});
