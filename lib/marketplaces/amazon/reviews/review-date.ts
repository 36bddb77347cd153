/**
 * Review date lines as Amazon prints them, in every storefront language, to ISO dates:
 * "Reviewed in the United States on March 5, 2024", "Rezension aus Deutschland vom
 * 5. März 2024", "Revisado en España el 5 de marzo de 2024", "2024年3月5日に日本でレビュー済み",
 * "5 Mart 2024 tarihinde Türkiye'de değerlendirildi", and the bare legacy "March 5, 2010".
 * The country in the line is ignored: it says where the review was written, not when.
 */

/**
 * Month names after `fold` (lower case, accents and hamza stripped, ı→i, ł→l), full and
 * genitive forms. No key means two different months in two languages.
 */
const MONTHS: Readonly<Record<string, number>> = monthTable({
  1: 'january januar janner janvier gennaio enero janeiro januari stycznia styczen ocak يناير',
  2: 'february februar fevrier febbraio febrero fevereiro februari lutego luty subat فبراير',
  3: 'march marz maerz mars marzo marco maart marca marzec mart مارس',
  4: 'april avril aprile abril kwietnia kwiecien nisan ابريل',
  5: 'may mai maggio mayo maio mei maj maja mayis مايو',
  6: 'june juni juin giugno junio junho czerwca czerwiec haziran يونيو',
  7: 'july juli juillet luglio julio julho lipca lipiec temmuz يوليو',
  8: 'august aout agosto augustus augusti sierpnia sierpien agustos اغسطس',
  9: 'september septembre settembre septiembre setiembre setembro wrzesnia wrzesien eylul سبتمبر',
  10: 'october oktober octobre ottobre octubre outubro pazdziernika pazdziernik ekim اكتوبر',
  11: 'november novembre noviembre novembro listopada listopad kasim نوفمبر',
  12: 'december dezember decembre dicembre diciembre dezembro grudnia grudzien aralik ديسمبر',
});

function monthTable(spec: Record<number, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [month, names] of Object.entries(spec)) {
    for (const name of names.split(' ')) out[fold(name)] = Number(month);
  }
  return out;
}

/** Words that may sit between a day and its month ("5 de marzo", "1er mars", "3rd of May"). */
const FILLERS = new Set(['de', 'del', 'of', 'er', 'st', 'nd', 'rd', 'th']);

/** Lower case without accents, so "März", "Marz" and "MÄRZ" meet; Arabic أ/إ → ا. */
function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u0654\u0655]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l');
}

/** Full-width and Arabic-Indic digits → ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/g, (c) => {
    const code = c.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

/**
 * The ISO date (YYYY-MM-DD) in a review date line, or undefined when the line holds no
 * valid date. Never throws.
 */
export function parseReviewDate(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const t = asciiDigits(text);
  // e.g. "2024年3月5日に日本でレビュー済み" (ja, zh), "2024년 3월 5일" (ko)
  const cjk = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/.exec(t);
  if (cjk) return isoDate(+cjk[1]!, +cjk[2]!, +cjk[3]!);
  // e.g. "2024-03-05", "2024/3/5" (year first is never ambiguous)
  const ymd = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(t);
  if (ymd) return isoDate(+ymd[1]!, +ymd[2]!, +ymd[3]!);
  return fromMonthName(t) ?? fromDayMonthYear(t);
}

/** "March 5, 2024" · "5 March 2024" · "5. März 2024" · "5 de marzo de 2024" · "5 مارس 2024". */
function fromMonthName(t: string): string | undefined {
  const tokens = [...t.matchAll(/\p{L}+|\d+/gu)].map((m) => m[0]);
  const year = tokens.find((x) => /^\d{4}$/.test(x));
  if (!year) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const month = MONTHS[fold(tokens[i]!)];
    if (!month) continue;
    const day = dayNear(tokens, i, -1) ?? dayNear(tokens, i, +1);
    if (day !== undefined) return isoDate(+year, month, day);
  }
  return undefined;
}

/** The 1–2 digit day next to the month token at `i`, looking in one direction past fillers. */
function dayNear(tokens: string[], i: number, step: -1 | 1): number | undefined {
  for (let j = i + step, hops = 0; j >= 0 && j < tokens.length && hops < 3; j += step, hops++) {
    const tok = tokens[j]!;
    if (/^\d{1,2}$/.test(tok)) return Number(tok);
    if (!FILLERS.has(fold(tok))) return undefined;
  }
  return undefined;
}

/**
 * Dotted day-first dates ("05.03.2024", de/pl/tr style). Slashed dates are left alone:
 * "05/03/2024" is March 5 in London and May 3 in New York.
 */
function fromDayMonthYear(t: string): string | undefined {
  const m = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/.exec(t);
  return m ? isoDate(+m[3]!, +m[2]!, +m[1]!) : undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1995 || year > 2100) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}
