import { describe, expect, it, vi } from 'vitest';
import { buildReport } from '../../lib/analyses/report';
import { AuditReportSchema } from '../../lib/schema';
import { productRead } from '../analyses/history/reads';

/** One analysis that throws must not take the report down (design: fail soft, report loudly). */
vi.mock('../../lib/analyses/listing', () => ({
  scoreListing: () => {
    throw new Error('scorer broke\non two lines');
  },
}));

describe('buildReport with a failing listing scorer', () => {
  it('still builds every other section; the failure is a one-line note on the scores', () => {
    const gbp = (amount: number) => ({ amount, currency: 'GBP' });
    const report = AuditReportSchema.parse(
      buildReport({
        name: 'g',
        now: '2026-11-26T08:00:00.000Z',
        members: [
          { read: productRead('2026-11-20T10:00:00.000Z', { id: 'B0MINE0001', price: gbp(20) }), role: 'mine' },
          { read: productRead('2026-11-20T10:00:00.000Z', { id: 'B0COMPA001', price: gbp(10) }), role: 'competitor' },
        ],
      }),
    );
    expect(report.products.map((p) => [p.listing.max, p.listing.checks.length, p.priceStanding?.rank])).toEqual([[0, 0, 2], [0, 0, 1]]);
    expect(report.notes.filter((n) => n.section === 'scores').map((n) => n.message.en)).toEqual([
      'amazon:B0MINE0001: the listing score failed: scorer broke on two lines',
      'amazon:B0COMPA001: the listing score failed: scorer broke on two lines',
    ]);
    expect(report.notes.find((n) => n.section === 'scores')!.message.zh).toBe('amazon:B0MINE0001：详情评分失败：scorer broke on two lines');
  });
});
