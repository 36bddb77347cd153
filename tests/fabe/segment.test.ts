import { describe, expect, it } from 'vitest';
import { segmentTexts } from '../../lib/analyses/fabe/segment';
import type { FabeLang } from '../../lib/analyses/fabe/lang';

describe('segment', () => {
  it.each<[string, FabeLang, string, string[]]>([
    ['keeps an Amazon bullet heading on its first sentence', 'en',
      'ALL-IN-ONE DESIGN: The charger has a built-in cable. It fits in a pocket.',
      ['ALL-IN-ONE DESIGN: The charger has a built-in cable.', 'It fits in a pocket.']],
    ['does not split after e.g. or an inch abbreviation', 'en',
      'Fits most chairs, e.g. dining chairs. It is 1.5 in. thick!',
      ['Fits most chairs, e.g. dining chairs.', 'It is 1.5 in. thick!']],
    ['does not split after initials or Mr.', 'en', 'Written by J. K. Smith. Mr. Lee edited it.', ['Written by J. K. Smith.', 'Mr. Lee edited it.']],
    ['splits at semicolons and line breaks', 'en', 'Soft lining; warm collar\nMachine washable', ['Soft lining;', 'warm collar', 'Machine washable']],
    ['keeps German decimal commas and z.B. inside the sentence', 'de',
      'Das Glas fasst 1,5 l, z.B. für Saft. Es ist spülmaschinenfest.',
      ['Das Glas fasst 1,5 l, z.B. für Saft.', 'Es ist spülmaschinenfest.']],
    ['keeps a German ordinal inside the sentence', 'de', 'Der 1. Platz im Test. Sehr gut.', ['Der 1. Platz im Test.', 'Sehr gut.']],
    ['keeps French p. ex. and units', 'fr', 'Capacité de 1,5 l, p. ex. pour le thé. Livré avec 2 pièces.', ['Capacité de 1,5 l, p. ex. pour le thé.', 'Livré avec 2 pièces.']],
    ['keeps Italian ecc. inside the sentence', 'it', 'Adatto a tè, caffè ecc. e tisane. Lavabile.', ['Adatto a tè, caffè ecc. e tisane.', 'Lavabile.']],
    ['keeps Spanish aprox. inside the sentence', 'es', 'Pesa aprox. 300 g en total. Incluye tapa.', ['Pesa aprox. 300 g en total.', 'Incluye tapa.']],
    ['cuts Chinese at 。！？； and at ， between full claims', 'zh',
      '采用304不锈钢内胆，保温12小时，让您随时喝上热水。颜色：红、黄、蓝；物流快！',
      ['采用304不锈钢内胆', '保温12小时', '让您随时喝上热水。', '颜色：红、黄、蓝；', '物流快！']],
    ['keeps a Chinese clause too short to be a claim with its neighbour', 'zh', '这款，很好看。', ['这款，很好看。']],
    ['keeps 、 lists together', 'zh', '适合办公室、学校、旅行使用', ['适合办公室、学校、旅行使用']],
    ['drops list markers and empty pieces', 'en', '• Soft cotton\n• \n- Easy care', ['Soft cotton', 'Easy care']],
  ])('%s', (_name, lang, text, expected) => {
    expect(segmentTexts(text, lang)).toEqual(expected);
  });
});
