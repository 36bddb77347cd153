/** What a view's export buttons last did, shown for a moment (FABE, Reviews). */
export type ExportState<W extends string> =
  | { kind: 'idle' }
  | { kind: 'copied'; what: W; index?: number }
  | { kind: 'downloaded'; what: W; fileName: string }
  | { kind: 'failed'; what: W; detail: string };
