/**
 * `s.charCodeAt(i)` for the character loops of the classify stage (cue scan, word gates, word
 * hashes). Statements come as strings of many kinds to V8 — flat, sliced, concatenated,
 * one- or two-byte, internalized — each with its own map, so `text.charCodeAt` in a loop that
 * sees them all looks the method up through the megamorphic cache at every character (in a
 * profile of a first read, megamorphic loads from those loops were about a tenth of the
 * stage). Calling the one builtin on the string instead needs no lookup on the string, and the
 * optimizing compiler turns it into a plain character read for every kind of string.
 */
const CHAR_CODE_AT = String.prototype.charCodeAt;

export const codeAt = (s: string, i: number): number => CHAR_CODE_AT.call(s, i);

/** The character tests the FABE stages' loops share, on one UTF-16 code unit. */
export const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
export const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
/** The CJK Unified Ideographs block up to U+9FEF: every one assigned, a letter and Han since Unicode 11. */
export const isPlainHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fef;
