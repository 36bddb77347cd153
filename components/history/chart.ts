import { timeline } from '../../lib/analyses/history/timeline';
import type { SnapshotRow } from '../../lib/db/schema';
import type { TimelinePoint } from '../../lib/schema';

/**
 * The price chart's data and geometry, pure so it is tested without a DOM. History keeps
 * one snapshot per change, so a price holds from its snapshot until the next one: the lines
 * are steps, not slopes, and the last step runs to when that state was last seen.
 * One currency per chart (the newest price's); points in another currency are left out
 * and counted, never converted.
 */

export const SERIES = ['price', 'listPrice', 'couponPrice'] as const;
export type SeriesKey = (typeof SERIES)[number];

export interface ChartPoint {
  ms: number;
  amount: number;
}

export interface ChartData {
  currency: string;
  /** Per series, one entry per timeline point (undefined where the page showed no such price). */
  series: Record<SeriesKey, (ChartPoint | undefined)[]>;
  times: number[];
  startMs: number;
  endMs: number;
  min: number;
  max: number;
  /** Prices left out because they are in another currency. */
  otherCurrency: number;
  /** Timeline points with a price in the chart's currency. */
  priced: number;
}

export function chartData(snapshots: readonly SnapshotRow[]): { points: TimelinePoint[]; chart?: ChartData } {
  const points = timeline(snapshots.map((s) => s.read));
  const other = points.findLast((p) => p.couponPrice ?? p.listPrice);
  const currency = points.findLast((p) => p.price)?.price?.currency ?? (other?.couponPrice ?? other?.listPrice)?.currency;
  if (!currency) return { points };
  const times = points.map((p) => Date.parse(p.at));
  let otherCurrency = 0;
  const series = Object.fromEntries(
    SERIES.map((key) => [
      key,
      points.map((p, i) => {
        const m = p[key];
        if (!m) return undefined;
        if (m.currency !== currency) {
          otherCurrency++;
          return undefined;
        }
        return { ms: times[i]!, amount: m.amount };
      }),
    ]),
  ) as ChartData['series'];
  const amounts = SERIES.flatMap((k) => series[k].flatMap((p) => (p ? [p.amount] : [])));
  if (!amounts.length) return { points };
  const lastSeen = Math.max(...snapshots.map((s) => s.lastSeenMs));
  return {
    points,
    chart: {
      currency,
      series,
      times,
      startMs: times[0]!,
      endMs: Math.max(times.at(-1)!, Number.isFinite(lastSeen) ? lastSeen : 0),
      min: Math.min(...amounts),
      max: Math.max(...amounts),
      otherCurrency,
      priced: series.price.filter(Boolean).length,
    },
  };
}

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const FRAME: Frame = { width: 320, height: 150, left: 56, right: 10, top: 10, bottom: 24 };

/** Maps time and money to SVG coordinates; a flat price sits mid-height with ±10 % around it. */
export function scales(c: Pick<ChartData, 'startMs' | 'endMs' | 'min' | 'max'>, f: Frame = FRAME) {
  const plotW = f.width - f.left - f.right;
  const plotH = f.height - f.top - f.bottom;
  const span = c.endMs - c.startMs;
  const pad = c.max === c.min ? Math.max(Math.abs(c.max) * 0.1, 1) : (c.max - c.min) * 0.08;
  const lo = Math.max(0, c.min - pad);
  const hi = c.max + pad;
  return {
    lo,
    hi,
    x: (ms: number) => round(span > 0 ? f.left + ((ms - c.startMs) / span) * plotW : f.left + plotW / 2),
    y: (amount: number) => round(f.top + ((hi - amount) / (hi - lo)) * plotH),
  };
}

/** An SVG path of steps through the points (a gap where the page showed no such price). */
export function stepPath(points: readonly (ChartPoint | undefined)[], times: readonly number[], endMs: number, x: (ms: number) => number, y: (a: number) => number): string {
  const out: string[] = [];
  let open = false;
  points.forEach((p, i) => {
    if (p) {
      out.push(open ? `H${x(times[i]!)}V${y(p.amount)}` : `M${x(times[i]!)} ${y(p.amount)}`);
      open = true;
    } else if (open) {
      out.push(`H${x(times[i]!)}`);
      open = false;
    }
  });
  if (open) out.push(`H${x(endMs)}`);
  return out.join('');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
