import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/marketplaces/run-reader';
import { PageReadSchema } from '../../../lib/schema';
import { htmlDoc } from '../../support/html';

/** Wall pages we wrote (tests/fixtures/jd/blocked); each says at its top which facts it follows. */
const FIXTURES = join(import.meta.dirname, '../../fixtures/jd/blocked');
const NOW = new Date('2026-11-26T00:00:00Z');

const RISK_URL = 'https://cfe.m.jd.com/privatedomain/risk_handler/03101900/?returnurl=https%3A%2F%2Fitem.jd.com%2F100123456789.html&evtype=2&rpid=rp-7';
const LOGIN_URL = 'https://passport.jd.com/new/login.aspx?ReturnUrl=https%3A%2F%2Fsearch.jd.com%2FSearch%3Fkeyword%3D1&czLogin=1';

describe('JD walls are blocked pages with a reason and no data', () => {
  it.each([
    ['risk-handler.html', RISK_URL, 'risk-check'],
    ['risk-handler.html', 'https://item.jd.com/100123456789.html', 'risk-check'], // served at the item's own address
    ['risk-handler.html', 'https://www.jd.com/', 'risk-check'], // by its assets and texts alone
    ['passport-login.html', LOGIN_URL, 'login'],
    ['passport-login.html', 'https://www.jd.com/login-copy', 'login'],
    ['slider-over-search.html', 'https://search.jd.com/Search?keyword=x', 'captcha'], // the cards under it are not read
    ['slider-over-search.html', 'https://www.jd.com/x', 'captcha'],
  ] as const)('%s at %s → %s', (file, href, reason) => {
    const read = readPage(htmlDoc(readFileSync(join(FIXTURES, file), 'utf8'), href), href, NOW);
    expect(PageReadSchema.safeParse(read).success).toBe(true);
    expect(read).toMatchObject({ pageKind: 'blocked', blockedReason: reason, issues: [] });
    expect(read.product).toBeUndefined();
    expect(read.results).toBeUndefined();
    expect(read.reviews).toBeUndefined();
  });

  it('a slider that was solved (hidden) no longer blocks the list under it', () => {
    const href = 'https://search.jd.com/Search?keyword=x';
    const doc = htmlDoc(readFileSync(join(FIXTURES, 'slider-over-search.html'), 'utf8'), href);
    doc.querySelector('.JDJRV-wrap-captcha')?.setAttribute('style', 'display: none');
    const read = readPage(doc, href, NOW);
    expect(read.pageKind).toBe('search');
    expect(read.results?.map((r) => r.id)).toEqual(['100123456789']);
  });
});
