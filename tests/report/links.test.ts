import { describe, expect, it } from 'vitest';
import { productUrl } from '../../lib/export/report';

/** Which product addresses the printable report may link to (the rest stay text). */
describe('productUrl', () => {
  it.each<[string, string | undefined]>([
    ['https://www.amazon.co.uk/dp/B01LW7X0JJ', 'https://www.amazon.co.uk/dp/B01LW7X0JJ'],
    ['http://www.amazon.com/Hostile-Thing/dp/B0HOSTILE1', 'http://www.amazon.com/Hostile-Thing/dp/B0HOSTILE1'],
    ['https://item.taobao.com/item.htm?id=538429031287', 'https://item.taobao.com/item.htm?id=538429031287'],
    ['https://detail.tmall.com/item.htm?id=605258110430', 'https://detail.tmall.com/item.htm?id=605258110430'],
    ['https://item.jd.com/917461.html', 'https://item.jd.com/917461.html'],
    // Look-alike and hostile addresses.
    ['https://www.amazon.com.evil.example/dp/B0X', undefined],
    ['https://evil.example/www.amazon.com/dp/B0X', undefined],
    ['https://user:pw@www.amazon.com/dp/B0X', undefined],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['ftp://www.amazon.com/dp/B0X', undefined],
    ['not a url', undefined],
  ])('%s', (url, expected) => {
    expect(productUrl(url)).toBe(expected);
  });
});
