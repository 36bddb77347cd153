import { describe, expect, it } from 'vitest';
import { cueHits } from '../../lib/analyses/fabe/cues';
import { DEFECT, extractFeatures, PAST, REPEAT } from '../../lib/analyses/fabe/features';
import type { FabeLang } from '../../lib/analyses/fabe/lang';

/**
 * The review facts of GUIDELINES §3.3 (R1–R4) on hand-written sentences, per language:
 * which `review:*` facts a review sentence turns on, and which it must not.
 */
const review = (text: string, lang: FabeLang) => extractFeatures(text, lang, { origin: 'review', rating: 4 }, false).on;

describe('review:repeat — a repeat purchase is the 复购 signal of R1, not a purchase story', () => {
  it.each<[FabeLang, string]>([
    ['en', 'This is the third pair I have bought from them'],
    ['en', 'Liked the first one so much that I ordered two more'],
    ['en', 'We keep buying these for the whole family'],
    ['zh', '第二次买了，还是一样好'],
    ['zh', '回头客了，一直在这家买'],
    ['de', 'Habe die Lampe wieder gekauft, diesmal in Weiß'],
    ['de', 'Das ist schon die zweite Bestellung bei diesem Händler'],
    ['fr', "J'ai racheté le même modèle pour ma sœur"],
    ['fr', "C'est la deuxième fois que je le commande"],
    ['it', 'È la seconda volta che lo compro'],
    ['it', 'Ho ricomprato lo stesso modello'],
    ['es', 'Volví a comprar otro para la oficina'],
    ['es', 'Es la segunda vez que lo pido'],
  ])('%s: %s', (lang, text) => {
    const on = review(text, lang);
    expect(on).toContain('review:repeat');
    expect(on).not.toContain('review:purchase-only');
  });

  it.each<[FabeLang, string]>([
    ['en', 'I bought this for my husband'],
    ['zh', '帮朋友买了两条'],
    ['de', 'Ich habe die Lampe gestern gekauft'],
    ['it', 'Ho comprato questo per mia figlia'],
  ])('not a first purchase (%s: %s)', (lang, text) => {
    expect(review(text, lang)).not.toContain('review:repeat');
  });
});

describe('review:defect — a failure the reviewer saw (R1, whatever the stars)', () => {
  it.each<[FabeLang, string]>([
    ['en', 'The handle arrived bent and the lid was chipped'],
    ['en', 'It does not even fit the smaller chairs'],
    ['en', "The charger won't charge my phone anymore"],
    ['en', 'This is a counterfeit, not the real brand'],
    ['de', 'Der Deckel ist verbogen und ein Teil fehlt'],
    ['de', 'Der Bezug passt nicht auf unsere Stühle'],
    ['fr', "L'écran est arrivé rayé et un pied est tordu"],
    ['fr', 'La housse ne rentre pas sur la chaise'],
    ['it', 'Il coperchio è arrivato danneggiato'],
    ['it', 'Dopo un mese la batteria non si carica più'],
    ['es', 'La tapa llegó doblada y con arañazos'],
    ['es', 'La funda no encaja en el móvil'],
    ['zh', '用了一个月就生锈了'],
    ['zh', '洗了一次就缩水了'],
  ])('%s: %s', (lang, text) => {
    expect(review(text, lang)).toContain('review:defect');
  });

  it.each<[FabeLang, string]>([
    ['en', 'It works and fits nicely'],
    ['zh', '不会生锈，很耐用'],
    ['de', 'Passt perfekt auf unsere Stühle'],
  ])('not without a failure (%s: %s)', (lang, text) => {
    expect(review(text, lang)).not.toContain('review:defect');
  });
});

describe('review:past — the speaker\'s own past in Spanish and German', () => {
  it.each<[FabeLang, string]>([
    ['es', 'Compré la funda y la probé enseguida'],
    ['es', 'Recibí el paquete y lo usé en la cocina'],
    ['de', 'Ich merkte sofort, dass der Deckel klemmt'],
    ['de', 'Ich musste die Schrauben nachziehen'],
  ])('%s: %s', (lang, text) => {
    expect(review(text, lang)).toContain('review:past');
  });

  it.each<[FabeLang, string]>([
    ['es', 'Así es, aquí tienes todo lo que necesitas'],
    ['es', 'Es muy fácil de limpiar'],
  ])('not a present-tense opinion (%s: %s)', (lang, text) => {
    expect(review(text, lang)).not.toContain('review:past');
  });
});

describe('cue lexicons of the review rules', () => {
  const families = (text: string, lang: FabeLang) => cueHits(text, lang).map((h) => h.family);

  it.each<[FabeLang, string]>([
    ['en', 'Exciting and suspenseful from start to finish'],
    ['de', 'Spannend und unterhaltsam geschrieben'],
    ['fr', 'Un roman passionnant et captivant'],
    ['it', 'Un libro avvincente e scorrevole'],
    ['es', 'Una novela apasionante y muy entretenida'],
    ['zh', '内容很精彩，也很有趣'],
  ])('what a book or album is like is a quality (A, R2): %s', (lang, text) => {
    expect(families(text, lang)).toContain('A.quality');
  });

  it('没有色差 is a check against the listing (E), not a colour disclaimer', () => {
    expect(families('没有色差', 'zh')).toContain('E.observed');
    expect(families('没有色差', 'zh')).not.toContain('none.instruction');
    expect(families('显示器不同可能存在色差', 'zh')).toContain('none.instruction');
  });

  it('German "Sie" before a third-person verb is "it/she", not the buyer', () => {
    expect(families('Sie ist unscharf und wirkt billig', 'de')).not.toContain('B.you');
    expect(families('Sie war nach einer Woche kaputt', 'de')).not.toContain('B.you');
    expect(families('Sie erhalten zwei Bezüge im Set', 'de')).toContain('B.you');
    expect(families('Damit können Sie überall arbeiten', 'de')).toContain('B.you');
  });

  it('a true-to-size fit is not a check against the listing; true to the picture is', () => {
    expect(families('Runs true to size', 'en')).not.toContain('E.observed');
    expect(families('Colour true to the picture', 'en')).toContain('E.observed');
  });
});
