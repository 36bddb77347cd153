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
