import { describe, expect, it } from 'vitest';
import { buildFabeTable } from '../../lib/analyses/fabe';
import { evidenceWarnings } from '../../lib/analyses/fabe/evidence';
import type { FabeChain, FabeTable } from '../../lib/schema';
import { FabeTableSchema } from '../../lib/schema';
import { BOTTLE_EN, BOTTLE_ZH } from '../fixtures/fabe/products';

const en = buildFabeTable(BOTTLE_EN)!;
const zh = buildFabeTable(BOTTLE_ZH)!;

const byText = (t: FabeTable, part: string) => t.statements.find((s) => s.text.startsWith(part))!;
const chainOf = (t: FabeTable, id: string): FabeChain | undefined =>
  t.chains.find((c) => [...c.features, ...c.advantages, ...c.benefits].includes(id));

describe('buildFabeTable on a small English listing', () => {
  it('is a valid FabeTable', () => {
    expect(FabeTableSchema.safeParse(en).success).toBe(true);
  });

  it('links each bullet sentence to its bullet and offsets', () => {
    const s = byText(en, 'The insulation keeps drinks hot');
    expect(s.source).toMatchObject({ origin: 'bullet', index: 0 });
    expect(BOTTLE_EN.product!.bullets![0]!.slice(s.source.start, s.source.end)).toBe(s.text);
  });

  it('keeps the review id, date and rating on review statements', () => {
    const s = en.statements.find((x) => x.source.reviewId === 'R2')!;
    expect(s.source).toMatchObject({ origin: 'review', reviewDate: '2025-04-02', reviewRating: 1 });
  });

  it('puts the hot-drinks advantage and the hot-coffee benefit in one chain', () => {
    const a = chainOf(en, byText(en, 'The insulation keeps drinks hot').id);
    const b = chainOf(en, byText(en, 'HOT COFFEE ALL DAY').id);
    expect(a).toBeDefined();
    expect(a?.id).toBe(b?.id);
    expect(a!.advantages.length).toBeGreaterThan(0);
    expect(a!.benefits.length).toBeGreaterThan(0);
  });

  it('attaches numbers with units and a 5★ review as support, a 1★ review as contradiction', () => {
    const hot = chainOf(en, byText(en, 'The insulation keeps drinks hot').id)!;
    expect(hot.evidence.some((e) => e.kind === 'number' && /12 hours/i.test(e.text))).toBe(true);
    expect(hot.evidence.some((e) => e.kind === 'review-quote' && e.stance === 'supports' && e.statementId?.startsWith('r0.'))).toBe(true);
    expect(hot.unsupported).toBe(false);
    const lid = en.chains.find((c) => c.evidence.some((e) => e.stance === 'contradicts'))!;
    expect(lid.evidence.find((e) => e.stance === 'contradicts')!.text).toContain('leaks');
  });

  it('never quotes a 3★ review', () => {
    const r3 = en.statements.filter((s) => s.source.reviewId === 'R3').map((s) => s.id);
    expect(en.chains.flatMap((c) => c.evidence).some((e) => e.statementId && r3.includes(e.statementId))).toBe(false);
  });

  it('attaches the SGS report to the stainless steel chain, without a missing-document warning', () => {
    const steel = en.chains.find((c) => c.evidence.some((e) => e.kind === 'certification' || e.kind === 'test-report'))!;
    expect(steel.theme.toLowerCase()).toContain('steel');
    const cert = steel.evidence.find((e) => e.kind === 'certification' || e.kind === 'test-report')!;
    expect(cert.warnings ?? []).toHaveLength(0);
  });

  it('adds rating, review count and sales to chains without making them supported', () => {
    for (const c of en.chains) expect(c.evidence.filter((e) => ['rating', 'review-count', 'sales'].includes(e.kind))).toHaveLength(3);
    expect(en.chains.some((c) => c.unsupported)).toBe(true);
  });

  it('ranks chains by strength', () => {
    const s = en.chains.map((c) => c.strength);
    expect([...s].sort((a, b) => b - a)).toEqual(s);
  });

  it('drops title phrases that are not claims', () => {
    const titles = en.statements.filter((s) => s.source.origin === 'title');
    expect(titles.every((s) => s.part === 'A' || s.part === 'B' || s.part === 'E')).toBe(true);
  });
});

describe('buildFabeTable on a small Chinese listing', () => {
  it('groups 304不锈钢 statements by the Chinese n-gram 不锈钢', () => {
    expect(zh.chains.some((c) => c.theme.includes('不锈钢'))).toBe(true);
  });

  it('takes a matching review tag as a supporting quote', () => {
    const keep = zh.chains.find((c) => c.theme.includes('保温'))!;
    expect(keep.evidence.some((e) => e.kind === 'review-quote' && e.text.includes('保温效果好') && e.stance === 'supports')).toBe(true);
  });
});

describe('evidenceWarnings', () => {
  it.each([
    ['FDA approved materials', 'certification', /FDA/],
    ['通过国家认证', 'certification', /编号|number/],
    ['销量第一的保温杯', 'sales', /绝对化|absolute/],
  ] as const)('%s is warned about', (text, kind, pattern) => {
    const w = evidenceWarnings(text, kind) ?? [];
    expect(w.map((x) => `${x.zh} ${x.en}`).join(' ')).toMatch(pattern);
  });

  it('does not warn about a certificate with its number', () => {
    expect(evidenceWarnings('Tested by SGS, report No. SH2023-0456', 'test-report')).toBeUndefined();
  });
});
