import { describe, expect, it } from 'vitest';
import { EXPIRE_MS, ImportUploads, MAX_UPLOADS } from '../../entrypoints/background/import-uploads';
import { IMPORT_PART_CHARS, MAX_IMPORT_BYTES } from '../../lib/export/limits';
import { importParts } from '../../lib/messaging';

/** Parts of a file, held until the last arrives: joined in order, bounded, expiring. */
const file = (chars: number) => Array.from({ length: chars }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');

describe('ImportUploads', () => {
  it('joins the parts in order, whatever order the earlier ones came in', () => {
    const text = file(IMPORT_PART_CHARS * 2 + 5);
    const [a, b, c] = importParts(text, 'up-0001');
    const uploads = new ImportUploads(() => 0);
    expect(uploads.add(b!.part!, b!.text)).toEqual({ done: false, received: 1, of: 3 });
    expect(uploads.add(a!.part!, a!.text)).toEqual({ done: false, received: 2, of: 3 });
    const whole = uploads.add(c!.part!, c!.text);
    expect(whole.done && whole.text === text).toBe(true);
    expect(uploads.pending).toBe(0);
  });

  it.each([
    ['a part count that changes midway', 'invalid-file', (u: ImportUploads, p: ReturnType<typeof importParts>) => u.add({ ...p[1]!.part!, count: 5 }, p[1]!.text)],
    ['the last part before the others', 'not-found', (u: ImportUploads, p: ReturnType<typeof importParts>) => u.add(p[2]!.part!, p[2]!.text)],
  ])('refuses %s and forgets the upload', (_name, code, act) => {
    const parts = importParts(file(IMPORT_PART_CHARS * 2 + 5), 'up-0002');
    const uploads = new ImportUploads(() => 0);
    if (code !== 'not-found') uploads.add(parts[0]!.part!, parts[0]!.text);
    expect(() => act(uploads, parts)).toThrow(expect.objectContaining({ code }));
    expect(uploads.pending).toBe(0);
  });

  it(`refuses a file over ${MAX_IMPORT_BYTES / 1e6} MB as it grows`, () => {
    const uploads = new ImportUploads(() => 0);
    const part = file(IMPORT_PART_CHARS);
    const count = Math.ceil(MAX_IMPORT_BYTES / IMPORT_PART_CHARS) + 1;
    let err: unknown;
    for (let i = 0; i < count - 1 && !err; i++) {
      try {
        uploads.add({ upload: 'up-0003', index: i, count }, part);
      } catch (e) {
        err = e;
      }
    }
    expect(err).toMatchObject({ code: 'too-large' });
    expect(uploads.pending).toBe(0);
  });

  it(`keeps at most ${MAX_UPLOADS} uploads and drops parts older than ${EXPIRE_MS / 60_000} minutes`, () => {
    let now = 0;
    const uploads = new ImportUploads(() => now);
    const part = file(IMPORT_PART_CHARS);
    for (const id of ['up-000a', 'up-000b', 'up-000c']) uploads.add({ upload: id, index: 0, count: 2 }, part);
    expect(uploads.pending).toBe(MAX_UPLOADS);
    expect(() => uploads.add({ upload: 'up-000a', index: 1, count: 2 }, 'end')).toThrow(expect.objectContaining({ code: 'not-found' }));
    now = EXPIRE_MS + 1;
    uploads.add({ upload: 'up-000d', index: 0, count: 2 }, part);
    expect(uploads.pending).toBe(1);
  });
});
