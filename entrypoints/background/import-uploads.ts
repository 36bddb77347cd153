import { MAX_IMPORT_BYTES, MAX_IMPORT_PARTS } from '../../lib/export/limits';
import { StoreRefused } from '../../lib/db';

/**
 * The parts of import files on their way from the panel (lib/messaging importParts), held
 * in the background's memory until the last one arrives. Bounded: at most MAX_UPLOADS
 * files at once (a new one drops the oldest), each at most MAX_IMPORT_BYTES characters,
 * parts older than EXPIRE_MS dropped. A service worker stopped mid-upload loses the parts;
 * the last part then finds its file incomplete and the panel is told to send it again.
 */
export const MAX_UPLOADS = 2;
export const EXPIRE_MS = 5 * 60_000;

interface Upload {
  count: number;
  parts: Map<number, string>;
  chars: number;
  touched: number;
}

export interface PartInfo {
  upload: string;
  index: number;
  count: number;
}

export class ImportUploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps one part; answers the whole text once every part is in, else how many are. */
  add(part: PartInfo, text: string): { done: true; text: string } | { done: false; received: number; of: number } {
    const now = this.now();
    for (const [id, u] of this.uploads) if (now - u.touched > EXPIRE_MS) this.uploads.delete(id);
    let upload = this.uploads.get(part.upload);
    if (upload && upload.count !== part.count) {
      this.uploads.delete(part.upload);
      throw new StoreRefused('invalid-file', `Import refused, nothing was changed. Part ${part.index + 1} says ${part.count} parts, earlier ones said ${upload.count}: send the file again`);
    }
    if (!upload) {
      if (part.count > MAX_IMPORT_PARTS) throw new StoreRefused('too-large', `A file in ${part.count} parts; an import takes at most ${MAX_IMPORT_PARTS}`);
      upload = { count: part.count, parts: new Map(), chars: 0, touched: now };
      this.uploads.set(part.upload, upload);
      while (this.uploads.size > MAX_UPLOADS) this.uploads.delete(this.uploads.keys().next().value!);
    }
    upload.chars += text.length - (upload.parts.get(part.index)?.length ?? 0);
    upload.parts.set(part.index, text);
    upload.touched = now;
    if (upload.chars > MAX_IMPORT_BYTES) {
      this.uploads.delete(part.upload);
      throw new StoreRefused('too-large', `The file is over ${(MAX_IMPORT_BYTES / 1e6).toFixed(0)} MB; an import takes at most ${(MAX_IMPORT_BYTES / 1e6).toFixed(0)} MB`);
    }
    if (part.index === part.count - 1 && upload.parts.size < upload.count) {
      this.uploads.delete(part.upload);
      throw new StoreRefused(
        'not-found',
        `Import refused, nothing was changed: ${upload.count - upload.parts.size} of ${upload.count} parts of the file never arrived (the background may have restarted); send the file again`,
      );
    }
    if (upload.parts.size < upload.count) return { done: false, received: upload.parts.size, of: upload.count };
    this.uploads.delete(part.upload);
    return { done: true, text: Array.from({ length: upload.count }, (_, i) => upload.parts.get(i)!).join('') };
  }

  /** Files with parts waiting (for tests). */
  get pending(): number {
    return this.uploads.size;
  }
}
