import type { DecimalSeparator } from '../../../marketplaces/shared/numbers';
import { parseLocaleNumber, toAsciiDigits } from '../../../marketplaces/shared/numbers';
import { scanQuantities, type Statement } from './scan';
import { lengthAmount, measureAmount, type Amount } from './units';

/**
 * Which spec rows say how much is bought, by role. Keys are compared after NFKC, trimming,
 * dropping Amazon's invisible direction marks and trailing colons, and lower-casing; a key must
 * match exactly (`屏幕规格` is a screen size, not `规格`).
 */

/** Amazon's own Price Per Unit basis (`Unit Count: 12.0 Count`, `38.0 Fl Oz`; amazon.ae `Units: 1 count`). */
const UNIT_COUNT_KEYS = new Set(['unit count', 'units', 'anzahl der einheiten', "nombre d'unités", 'número de unidades', 'numero di unità']);
/** Net contents and sizes, read like a title (`净含量：250ml`, `规格：500g*2袋`, `Size: 12 Ounce (Pack of 6)`). */
const CONTENT_KEYS = new Set([
  'net quantity', 'net content', 'net contents', 'net content volume', 'net weight', 'volume', 'liquid volume', 'size',
  'nettogewicht', 'nettofüllmenge', 'füllmenge', 'inhalt', 'contenance', 'poids net', 'contenido neto', 'peso neto',
  '净含量', '规格', '产品规格', '商品规格',
]);
/** How many items come in the package: a bare number here multiplies like `Pack of N`. */
const PACK_KEYS = new Set(['number of items', 'item package quantity', 'package quantity', 'anzahl der artikel', 'nombre d\'articles', '包装数量', '件数']);
/**
 * The item's own weight (`Item Weight`, JD's `净重` of a laptop): may include packaging and,
 * for durable goods, is no content at all — used only on request (see unit-price.ts).
 */
const ITEM_WEIGHT_KEYS = new Set(['item weight', 'artikelgewicht', "poids de l'article", 'peso del producto', 'peso articolo', '商品重量', '净重']);

export function normalizeKey(key: string): string {
  return key.normalize('NFKC').replace(/[\u200e\u200f\u200b]/g, '').replace(/[\s:]+$/, '').trim().toLowerCase();
}

export interface SpecQuantities {
  /** Amazon's Unit Count row, when it parses. */
  unitCount?: { amount: Amount; text: string; from: string };
  /** Statements from content and pack rows, to pool with the title's. */
  statements: Statement[];
  itemWeight?: { amount: Amount; text: string; from: string };
}

/** `12.0 Count`, `38.0 Fl Oz`, `16.0 Ounce`, `1 Kilogram`, `30.0 Foot`, `100 Square Feet`. */
function parseUnitCount(value: string, decimal: DecimalSeparator | undefined): Amount | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)*)\s*([\p{L}][\p{L}. ]*?)\s*$/u.exec(toAsciiDigits(value.normalize('NFKC')));
  if (!m) return undefined;
  const n = parseLocaleNumber(m[1]!, decimal ?? '.');
  if (n === undefined || n <= 0) return undefined;
  const unit = m[2]!;
  if (/^(?:count|ct|stück|anzahl|unités?|unidad(?:es)?|unità|pieces?)$/i.test(unit)) return { kind: 'count', value: n };
  return measureAmount(n, unit.replace(/\s+/g, ' ')) ?? lengthAmount(n, unit);
}

export function specQuantities(specs: Record<string, string> | undefined, decimal: DecimalSeparator | undefined): SpecQuantities {
  const out: SpecQuantities = { statements: [] };
  for (const [rawKey, value] of Object.entries(specs ?? {})) {
    const key = normalizeKey(rawKey);
    const from = `specs.${rawKey.trim()}`;
    if (UNIT_COUNT_KEYS.has(key)) {
      const amount = parseUnitCount(value, decimal);
      if (amount) out.unitCount = { amount, text: `${rawKey.trim()}: ${value.trim()}`, from };
    } else if (CONTENT_KEYS.has(key)) {
      out.statements.push(...scanQuantities(value, from, decimal ? { decimal } : {}));
    } else if (PACK_KEYS.has(key)) {
      const bare = /^\s*(\d+)\s*$/.exec(toAsciiDigits(value));
      if (bare) {
        out.statements.push({ type: 'pack', n: Number(bare[1]), text: `${rawKey.trim()}: ${value.trim()}`, from });
        continue;
      }
      // `包装数量：2袋`: the row says it is the package count, so a counted word multiplies too.
      for (const s of scanQuantities(value, from, decimal ? { decimal } : {})) {
        out.statements.push(s.type === 'count' && !s.total ? { type: 'pack', n: s.n, text: s.text, from } : s);
      }
    } else if (ITEM_WEIGHT_KEYS.has(key)) {
      const found = scanQuantities(value, from, decimal ? { decimal } : {});
      const only = found.length === 1 ? found[0] : undefined;
      if (only?.type === 'measure' && only.amount.kind === 'g') out.itemWeight = { amount: only.amount, text: `${rawKey.trim()}: ${value.trim()}`, from };
    }
  }
  return out;
}
