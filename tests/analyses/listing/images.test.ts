import { describe, expect, it } from 'vitest';
import { checkOf, expectWellFormed, issue, readOf, score } from './reads';

/**
 * Gallery norms (norms.ts): Amazon pass 6+, warn 3–5, fail < 3, weight 10; Taobao/Tmall pass
 * 5, warn 3–4, weight 12; JD pass 5, warn 3–4, weight 12. Video: Amazon 5, Taobao/Tmall 8, JD 6.
 */

const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://img.example/${i}.jpg`);

describe('listing.images.count', () => {
  it.each([
    // [marketplace, images, status, earned]
    ['amazon', 9, 'pass', 10],
    ['amazon', 6, 'pass', 10],
    ['amazon', 5, 'warn', 5],
    ['amazon', 3, 'warn', 5],
    ['amazon', 2, 'fail', 0],
    ['taobao', 5, 'pass', 12],
    ['taobao', 4, 'warn', 6],
    ['tmall', 3, 'warn', 6],
    ['tmall', 1, 'fail', 0],
    ['jd', 6, 'pass', 12],
    ['jd', 2, 'fail', 0],
  ] as const)('%s with %i images → %s, earns %d', (m, n, status, earned) => {
    const c = checkOf(score(readOf(m, { title: 'T', media: { imageCount: n } })), 'listing.images.count');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
    expect(c.value).toBe(n === 1 ? '1 image' : `${n} images`);
    expect(c.message.zh).toContain(`${n} 张`);
  });

  it('states the value and the norm in both languages', () => {
    const c = checkOf(score(readOf('amazon', { title: 'T', media: { imageCount: 5 } })), 'listing.images.count');
    expect(c.message.en).toBe('5 images — Amazon shows up to 9; 6+ recommended.');
    expect(c.message.zh).toBe('5 张图片——亚马逊最多展示 9 张，建议 6 张以上。');
    const t = checkOf(score(readOf('taobao', { title: 'T', media: { imageCount: 4 } })), 'listing.images.count');
    expect(t.message.zh).toBe('4 张主图——淘宝主图有 5 个位置，建议放满 5 张。');
  });

  it('prefers the gallery count the page shows over the image URLs read', () => {
    const c = checkOf(score(readOf('amazon', { title: 'T', images: urls(2), media: { imageCount: 7 } })), 'listing.images.count');
    expect(c.value).toBe('7 images');
    expect(c.status).toBe('pass');
  });

  it('falls back to the image URLs when there is no media part', () => {
    const c = checkOf(score(readOf('amazon', { title: 'T', images: urls(4) })), 'listing.images.count');
    expect(c.value).toBe('4 images');
    expect(c.status).toBe('warn');
  });

  it('is unknown with no gallery read at all, naming the reader\'s issue', () => {
    const c = checkOf(score(readOf('jd', { title: 'T' }, { issues: [issue('images', 'gallery not found')] })), 'listing.images.count');
    expectWellFormed(c);
    expect(c.status).toBe('unknown');
    expect(c.message.en).toContain('gallery not found');
  });
});

describe('listing.images.video', () => {
  it.each([
    // [marketplace, videos, status, earned]
    ['amazon', 6, 'pass', 5],
    ['amazon', undefined, 'warn', 2.5],
    ['taobao', 1, 'pass', 8],
    ['tmall', undefined, 'warn', 4],
    ['jd', undefined, 'warn', 3],
  ] as const)('%s with %s videos → %s', (m, videos, status, earned) => {
    const c = checkOf(score(readOf(m, { title: 'T', media: { imageCount: 5, ...(videos ? { videoCount: videos } : {}) } })), 'listing.images.video');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
    expect(c.value).toBe(videos === 1 ? '1 video' : `${videos ?? 0} videos`);
  });

  it('is unknown when the read has images but no media part (nobody looked for a video)', () => {
    const c = checkOf(score(readOf('amazon', { title: 'T', images: urls(7) })), 'listing.images.video');
    expectWellFormed(c);
    expect(c.status).toBe('unknown');
    expect(c.message.en).toContain('no gallery details');
  });

  it('is unknown when the reader reports the media block unparseable', () => {
    const read = readOf('amazon', { title: 'T', media: { imageCount: 7 } }, { issues: [{ field: 'product.media.videoCount', severity: 'unparseable', message: 'video count "six" not a number' }] });
    const c = checkOf(score(read), 'listing.images.video');
    expect(c.status).toBe('unknown');
    expect(c.message.en).toContain('video count "six" not a number');
  });
});
