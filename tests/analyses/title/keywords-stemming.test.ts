import { describe, expect, it } from 'vitest';
import { stem } from '../../../lib/analyses/title/keywords/stemming';

describe('stem: singular and plural meet', () => {
  it.each([
    ['bottle', 'bottles'],
    ['box', 'boxes'],
    ['battery', 'batteries'],
    ['knife', 'knives'],
    ['shelf', 'shelves'],
    ['leaf', 'leaves'],
    ['glass', 'glasses'],
    ['dress', 'dresses'],
    ['bench', 'benches'],
    ['watch', 'watches'],
    ['dish', 'dishes'],
    ['headache', 'headaches'],
    ['cookie', 'cookies'],
    ['baby', 'babies'],
    ['toy', 'toys'],
    ['shoe', 'shoes'],
    ['tomato', 'tomatoes'],
    ['case', 'cases'],
    ['size', 'sizes'],
    ['glove', 'gloves'],
    ['bus', 'buses'],
    ['lens', 'lenses'],
    ['woman', 'women'],
    ['woman', "women's"],
    ['woman', 'womens'],
    ['man', 'mens'],
    ['kid', "kids'"],
    ['sleeper', 'sleepers'],
  ])('%s ~ %s', (singular, plural) => {
    expect(stem(plural)).toBe(stem(singular));
  });
});

describe('stem: no over-stemming', () => {
  it.each([
    // Words that end like plurals and are not.
    ['glass', 'glas'],
    ['news', 'new'],
    ['bus', 'bu'],
    ['series', 'sery'],
    ['tennis', 'tenni'],
    ['cactus', 'cactu'],
    ['mattress', 'mattres'],
    // "toe" must not become the stop word "to"; "shoe" not "sho".
    ['toe', 'to'],
    ['shoe', 'sho'],
    // Only noun plurals fold: no verb or adjective endings.
    ['running', 'run'],
    ['sleeveless', 'sleeve'],
    ['cheesey', 'cheese'],
  ])('%s ≠ %s', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it.each(['glass', 'bus', 'news', 'gas', 'lens', 'series', 'pcs', 'mah', 'usb'])('%s is left alone', (word) => {
    expect(stem(word)).toBe(word);
  });

  it('leaves words with non-ASCII letters alone (German, French store titles)', () => {
    expect(stem('sitzbezüge')).toBe('sitzbezüge');
    expect(stem('cafés')).toBe('cafés');
  });
});

describe('stem is idempotent on its keys', () => {
  it.each(['bottles', 'batteries', 'knives', 'glasses', 'headaches', 'tomatoes', 'cookies', 'women', 'toys', 'sleepers', 'skies'])(
    '%s',
    (word) => {
      const once = stem(word);
      expect(stem(once)).toBe(once);
    },
  );
});
