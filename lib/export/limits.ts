/**
 * The export format's name and version and the import's bounds (format.ts explains them).
 * Kept apart from the zod schemas so the message protocol (which every content script
 * bundles) can name the import's size without carrying the export schemas.
 */
export const EXPORT_FORMAT = 'listing-lens';
export const EXPORT_VERSION = 1;
/**
 * The largest file an import takes, in UTF-8 bytes (what the file weighs on disk): 50 MB,
 * about 20,000 snapshots of typical Amazon listings. A 100 MB file is refused before it is
 * parsed.
 */
export const MAX_IMPORT_BYTES = 50_000_000;
/**
 * A file travels from the panel to the background in parts of at most this many
 * characters: Chrome refuses an extension message over 64 MiB, and 4 M characters stays
 * under that even when every character is CJK (3 bytes) or escaped by JSON (`\"`).
 */
export const IMPORT_PART_CHARS = 4_000_000;
/** Parts one file may have (MAX_IMPORT_BYTES / IMPORT_PART_CHARS, rounded up, with room). */
export const MAX_IMPORT_PARTS = 16;
export const MAX_IMPORT_DEPTH = 32;
export const MAX_IMPORT_STRING = 100_000;
