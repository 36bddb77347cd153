// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, REVOKE_AFTER_MS } from '../../entrypoints/sidepanel/download';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadText', () => {
  it('clicks a hidden <a download> holding a Blob URL of the UTF-8 bytes (BOM first), then removes it and later revokes the URL', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:listing-lens/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: Array<{ href: string; download: string; hidden: boolean; inDocument: boolean }> = [];
    document.addEventListener('click', (e) => {
      const a = e.target as HTMLAnchorElement;
      clicked.push({ href: a.getAttribute('href')!, download: a.download, hidden: a.hidden === true, inDocument: document.contains(a) });
      e.preventDefault(); // happy-dom would try to navigate
    }, { once: true });

    downloadText(document, 'fabe-amazon-B0TEST.csv', '\uFEFFtheme,text\r\n保温,"a,b"\r\n', 'text/csv;charset=utf-8');

    expect(clicked).toEqual([{ href: 'blob:listing-lens/1', download: 'fabe-amazon-B0TEST.csv', hidden: true, inDocument: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('theme,text\r\n保温,"a,b"\r\n');
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoke).toHaveBeenCalledWith('blob:listing-lens/1');
  });
});
