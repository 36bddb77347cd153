import { describe, expect, it } from 'vitest';
import { parseReviewDate } from '../../../../lib/marketplaces/amazon/reviews/review-date';

describe('parseReviewDate', () => {
  it.each([
    // English stores, month first and day first
    ['Reviewed in the United States on March 5, 2024', '2024-03-05'],
    ['Reviewed in the United Kingdom on 5 March 2024', '2024-03-05'],
    ['Reviewed in India on 29 September 2024', '2024-09-29'],
    ['Reviewed in the United Arab Emirates on 3 December 2024', '2024-12-03'],
    // German, Italian, French, Spanish (also without country, as cross-store reviews print)
    ['Rezension aus Deutschland vom 5. März 2024', '2024-03-05'],
    ['Rezension aus Italien vom 16. Juli 2022', '2022-07-16'],
    ['16. Dezember 2018', '2018-12-16'],
    ['Recensito in Italia il 5 marzo 2024', '2024-03-05'],
    ['14 novembre 2018', '2018-11-14'],
    ['Commenté en France le 5 mars 2024', '2024-03-05'],
    ['Commenté aux États-Unis le 1er août 2023', '2023-08-01'],
    ['22 février 2019', '2019-02-22'],
    ['Revisado en España el 5 de marzo de 2024', '2024-03-05'],
    ['Revisado en México el 25 de agosto de 2017', '2017-08-25'],
    // Japanese, Chinese-style, Korean
    ['2024年3月5日に日本でレビュー済み', '2024-03-05'],
    ['２０２４年３月５日に日本でレビュー済み', '2024-03-05'],
    ['2024년 3월 5일에 대한민국에서 리뷰', '2024-03-05'],
    // Portuguese, Dutch, Swedish, Polish, Turkish, Arabic
    ['Avaliado no Brasil em 5 de março de 2024', '2024-03-05'],
    ['Beoordeeld in Nederland op 5 maart 2024', '2024-03-05'],
    ['Recenserad i Sverige den 5 mars 2024', '2024-03-05'],
    ['Zrecenzowano w Polsce dnia 5 marca 2024', '2024-03-05'],
    ['Zrecenzowano w Polsce dnia 12 października 2023', '2023-10-12'],
    ['5 Mart 2024 tarihinde Türkiye\'de değerlendirildi', '2024-03-05'],
    ['14 Ağustos 2023 tarihinde Türkiye\'de değerlendirildi', '2023-08-14'],
    ['تمت المراجعة في المملكة العربية السعودية في 5 مارس 2024', '2024-03-05'],
    ['تمت المراجعة في الإمارات العربية المتحدة في ١٢ أكتوبر ٢٠٢٣', '2023-10-12'],
    // Legacy layouts
    ['March 5, 2010', '2010-03-05'],
    ['on February 12, 2014', '2014-02-12'],
    ['on 5 March 2024', '2024-03-05'],
    ['By Eric Redmond on February 12, 2014', '2014-02-12'],
    // Numeric forms where they are unambiguous
    ['2024-03-05', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
  ])('%s → %s', (text, want) => {
    expect(parseReviewDate(text)).toBe(want);
  });

  it.each([
    ['', 'empty'],
    ['Reviewed in the United States', 'no date at all'],
    ['Reviewed in the United States on February 30, 2024', 'a day that does not exist'],
    ['05/03/2024', 'slashed day/month order differs by country'],
    ['March 2024', 'no day'],
    ['Published 4 months ago by Klopp', 'relative dates'],
  ])('%j → undefined (%s)', (text) => {
    expect(parseReviewDate(text)).toBeUndefined();
  });

  it('never throws on hostile input', () => {
    expect(() => parseReviewDate('\u0000'.repeat(10) + 'x'.repeat(100_000))).not.toThrow();
    expect(parseReviewDate(undefined)).toBeUndefined();
  });
});
