import { z } from 'zod';
import { browser, type Browser } from 'wxt/browser';
import { DraftRowSchema, GroupIdSchema, GroupRowSchema, ProductRoleSchema } from './db/schema';
import { SettingsPatchSchema, SettingsSchema } from './db/settings';
import { IMPORT_PART_CHARS, MAX_IMPORT_PARTS } from './export/limits';
import { PageReadSchema, ProductKeySchema } from './schema';

/**
 * The one message protocol between the extension's contexts. Every message is an envelope
 * `{ type, payload }`; every answer is `{ ok: true, data } | { ok: false, error }`. Both ends
 * parse with zod, because a content script runs beside page code we do not control and a
 * message is only as trustworthy as its sender.
 */
export const PROTOCOL = {
  /** content script → background: the latest read of the sender's own tab. */
  'page-read': {
    from: 'content-script',
    request: z.object({ read: PageReadSchema }),
    response: z.object({ stored: z.boolean(), snapshotId: z.number().int().optional() }),
  },
  /** side panel → content script: read the page again now and send it even if unchanged. */
  'read-now': {
    from: 'extension-page',
    request: z.object({}),
    response: z.object({ accepted: z.boolean() }),
  },
  /**
   * side panel → background: store the copywriter's draft (and, when due, a version of
   * it). `checkpoint` marks a moment worth a version of its own (see lib/db/drafts.ts).
   */
  'draft-save': {
    from: 'extension-page',
    request: z.object({ draft: DraftRowSchema, checkpoint: z.boolean().optional() }),
    response: z.object({ saved: z.literal(true), updatedAt: z.number().int().nonnegative(), historyId: z.number().int().optional() }),
  },
  /** side panel → background: remove a draft with its history. */
  'draft-delete': {
    from: 'extension-page',
    request: z.object({ id: z.string().min(1).max(64) }),
    response: z.object({ deleted: z.boolean() }),
  },
  /**
   * side panel → background: track a product as mine or as a competitor, in a group named
   * by id or by name (found or created; mine with neither creates one named after the
   * product). The background takes the product's latest read and stores its first snapshot.
   */
  'track-product': {
    from: 'extension-page',
    request: z.object({
      productKey: ProductKeySchema,
      role: z.enum(['mine', 'competitor']),
      groupId: GroupIdSchema.optional(),
      groupName: z.string().trim().min(1).max(200).optional(),
    }),
    response: z.object({
      role: ProductRoleSchema,
      groupId: GroupIdSchema.optional(),
      groupCreated: z.boolean(),
      snapshotId: z.number().int().positive().optional(),
      snapshot: z.enum(['added', 'updated', 'unchanged']).optional(),
    }),
  },
  /** side panel → background: stop tracking a product in one group, or everywhere (its history stays). */
  'untrack-product': {
    from: 'extension-page',
    request: z.object({ productKey: ProductKeySchema, groupId: GroupIdSchema.optional() }),
    response: z.object({ role: ProductRoleSchema, groups: z.number().int().nonnegative() }),
  },
  /** side panel → background: create (no id) or replace a group; new members are tracked. */
  'group-save': {
    from: 'extension-page',
    request: z.object({ group: GroupRowSchema.omit({ id: true, createdAt: true, updatedAt: true }).extend({ id: GroupIdSchema.optional() }) }),
    response: z.object({ group: GroupRowSchema }),
  },
  'group-delete': {
    from: 'extension-page',
    request: z.object({ groupId: GroupIdSchema }),
    response: z.object({ deleted: z.boolean(), untracked: z.number().int().nonnegative() }),
  },
  /** side panel → background: merge top-level settings keys (each replaced whole). */
  'settings-save': {
    from: 'extension-page',
    request: z.object({ settings: SettingsPatchSchema }),
    response: z.object({ settings: SettingsSchema }),
  },
  /**
   * side panel → background: a full export's text, merged all or nothing (lib/db/import.ts:
   * a file over MAX_IMPORT_BYTES is too-large, an invalid one invalid-file with the path of
   * what is wrong). A file longer than IMPORT_PART_CHARS goes in parts (importParts): each
   * part but the last is answered `{ done: false }`, the last with the import's result.
   */
  'import-data': {
    from: 'extension-page',
    request: z.object({
      text: z.string().max(IMPORT_PART_CHARS),
      part: z
        .object({
          upload: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
          index: z.number().int().nonnegative(),
          count: z.number().int().min(1).max(MAX_IMPORT_PARTS),
        })
        .refine((p) => p.index < p.count, { message: 'index must be below count' })
        .optional(),
    }),
    response: z.discriminatedUnion('done', [
      z.object({ done: z.literal(false), received: z.number().int().nonnegative(), of: z.number().int().positive() }),
      z.object({
        done: z.literal(true),
        added: z.record(z.string(), z.number().int().nonnegative()),
        updated: z.record(z.string(), z.number().int().nonnegative()),
      }),
    ]),
    // JSON escaping may double a part's characters (an export is full of quotes, each sent as \").
    maxChars: 2 * IMPORT_PART_CHARS + 1_000,
  },
  /** side panel → background: remove old history (each product's newest snapshot always stays). */
  'prune-snapshots': {
    from: 'extension-page',
    request: z
      .object({ before: z.iso.datetime({ offset: true }).optional(), keepPerProduct: z.number().int().min(1).max(100_000).optional() })
      .refine((r) => r.before !== undefined || r.keepPerProduct !== undefined, { message: 'give before or keepPerProduct' }),
    /** reviews: stored reviews last seen before `before` that went with them. */
    response: z.object({ deleted: z.number().int().nonnegative(), reviews: z.number().int().nonnegative().optional() }),
  },
  /** side panel → background: the panel shows this tab's read; its "changed" badge can go. */
  'product-seen': {
    from: 'extension-page',
    request: z.object({ tabId: z.number().int().nonnegative() }),
    response: z.object({ cleared: z.boolean() }),
  },
  /**
   * options page → background: remove everything stored (lib/db/clear.ts). The literal
   * `confirm` keeps a stray or replayed message from wiping the data by accident.
   */
  'clear-data': {
    from: 'extension-page',
    request: z.object({ confirm: z.literal('clear-all-data') }),
    response: z.object({ removed: z.number().int().nonnegative() }),
  },
  /**
   * side panel → background: ask the browser to keep the data under storage pressure. The
   * API exists in windows only; Chrome's service worker answers `available: false` and the
   * panel calls lib/db requestPersistence(navigator.storage) itself (lib/db/storage.ts).
   */
  'request-persistence': {
    from: 'extension-page',
    request: z.object({}),
    response: z.object({ available: z.boolean(), persisted: z.boolean().optional() }),
  },
} as const;

export type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;

/**
 * A PageRead is bounded per field, but 500 reviews × 100 000 characters would still pass
 * zod; 4 MB is ~50× a real search page's read and keeps one message from stalling the
 * background or filling IndexedDB.
 */
export const MAX_MESSAGE_CHARS = 4_000_000;

/** A message type's own bound (`maxChars`, import-data's file), else MAX_MESSAGE_CHARS. */
function limitOf(type: MessageType): number {
  const entry = PROTOCOL[type];
  return 'maxChars' in entry ? entry.maxChars : MAX_MESSAGE_CHARS;
}
/** The largest any message may be: checked before the envelope is even parsed. */
const MAX_ANY_MESSAGE = Math.max(...(Object.keys(PROTOCOL) as MessageType[]).map(limitOf));

export const ERROR_CODES = [
  'malformed', // not an envelope, unknown type, or a payload zod rejects
  'too-large',
  'wrong-sender', // e.g. page-read from an extension page, read-now from a web page
  'handler-failed',
  'storage-full', // the browser refused a write for lack of space (QuotaExceededError); nothing of the request was stored
  'not-found', // a product, group or draft the request names is not in the database
  'invalid-file', // an import file that is not a valid export (the message says what and where)
  'no-receiver', // sending side: nobody listens (no content script in that tab)
  'bad-response', // sending side: the answer did not parse
] as const;
export type MessageErrorCode = (typeof ERROR_CODES)[number];

export const MessageErrorSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string().max(2000) });
export type MessageError = z.infer<typeof MessageErrorSchema>;
export type Result<T> = { ok: true; data: T } | { ok: false; error: MessageError };

/** Thrown by a handler to answer with a named error instead of 'handler-failed'. */
export class MessageRefused extends Error {
  constructor(
    readonly code: MessageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageRefused';
  }
}

const EnvelopeSchema = z.object({
  type: z.enum(Object.keys(PROTOCOL) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});

/** What the receiving edge knows about a sender, after checking it. */
export interface SenderInfo {
  /** The sender's tab; set only for content-script messages (from `sender.tab`, never the payload). */
  tabId?: number;
  url?: string;
}

export type Handlers = {
  [T in MessageType]?: (payload: RequestOf<T>, sender: SenderInfo) => ResponseOf<T> | Promise<ResponseOf<T>>;
};

export interface Self {
  /** `browser.runtime.id`. */
  id: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://abc/`. */
  origin: string;
}

/** The envelope for one request (exported so tests and senders build the same shape). */
export function envelope<T extends MessageType>(type: T, payload: RequestOf<T>): { type: T; payload: RequestOf<T> } {
  return { type, payload };
}

/**
 * Answers one raw message: size check, envelope and payload parse, sender check, then the
 * handler. Never throws; pure apart from the handler, so it is tested without a browser.
 */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  self: Self,
): Promise<Result<unknown>> {
  const size = jsonSize(raw);
  if (size === undefined) return refuse('malformed', 'Message is not serialisable');
  if (size > MAX_ANY_MESSAGE) return refuse('too-large', `Message${claimedType(raw)} has ${size} characters (limit ${MAX_ANY_MESSAGE})`);
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) return refuse('malformed', 'Not a Listing Lens message');
  const type = env.data.type;
  if (size > limitOf(type)) return refuse('too-large', `Message has ${size} characters (limit ${limitOf(type)} for ${type})`);
  const handler = handlers[type] as ((p: unknown, s: SenderInfo) => unknown) | undefined;
  if (!handler) return refuse('malformed', `No handler for ${type} here`);
  const info = checkSender(PROTOCOL[type].from, sender, self);
  if (typeof info === 'string') return refuse('wrong-sender', info);
  const payload = PROTOCOL[type].request.safeParse(env.data.payload);
  if (!payload.success) return refuse('malformed', `Invalid ${type}: ${summarise(payload.error)}`);
  try {
    const data: unknown = await handler(payload.data, info);
    return { ok: true, data: PROTOCOL[type].response.parse(data) };
  } catch (err) {
    if (err instanceof MessageRefused) return refuse(err.code, err.message);
    return refuse('handler-failed', String(err).slice(0, 500));
  }
}

/** Returns the checked sender, or why it is refused. */
function checkSender(from: 'content-script' | 'extension-page', sender: Browser.runtime.MessageSender, self: Self): SenderInfo | string {
  if (sender.id !== self.id) return 'Sender is another extension';
  const fromExtensionPage = sender.url?.startsWith(self.origin) ?? false;
  if (from === 'extension-page') {
    return fromExtensionPage ? { url: sender.url } : 'Only extension pages may send this';
  }
  const tabId = sender.tab?.id;
  // The panel opened as a tab also has sender.tab; only a page's content script may report a read.
  if (tabId === undefined || tabId < 0 || fromExtensionPage) return 'Only a content script in a tab may send this';
  if (sender.frameId !== undefined && sender.frameId !== 0) return 'Only the top frame may send this';
  return { tabId, url: sender.url };
}

/** ` (import-data)` when an oversized message names a known type, so the refusal says which. */
function claimedType(raw: unknown): string {
  const type = raw !== null && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' && Object.hasOwn(PROTOCOL, type) ? ` (${type})` : '';
}

function jsonSize(value: unknown): number | undefined {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return undefined; // cycles, BigInt
  }
}

function summarise(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ')
    .slice(0, 1000);
}

function refuse(code: MessageErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message: message.slice(0, 2000) } };
}

/** Parses an answer on the sending side; anything off becomes 'bad-response'. */
export function parseResponse<T extends MessageType>(type: T, raw: unknown): Result<ResponseOf<T>> {
  const shape = z.union([
    z.object({ ok: z.literal(true), data: PROTOCOL[type].response }),
    z.object({ ok: z.literal(false), error: MessageErrorSchema }),
  ]);
  const parsed = shape.safeParse(raw);
  if (!parsed.success) return refuse('bad-response', `Unexpected answer to ${type}`);
  return parsed.data as Result<ResponseOf<T>>;
}

/** Sends to the background (from a content script or an extension page). */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>> {
  try {
    return parseResponse(type, await browser.runtime.sendMessage(envelope(type, payload)));
  } catch (err) {
    return refuse('no-receiver', String(err).slice(0, 500));
  }
}

/** Sends to the content script of one tab; 'no-receiver' when none runs there. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>> {
  try {
    return parseResponse(type, await browser.tabs.sendMessage(tabId, envelope(type, payload)));
  } catch (err) {
    return refuse('no-receiver', String(err).slice(0, 500));
  }
}

/**
 * The import-data messages for one file: the whole text in one message when it fits,
 * else parts of IMPORT_PART_CHARS under one upload id (the background joins them).
 */
export function importParts(text: string, upload: string = crypto.randomUUID()): RequestOf<'import-data'>[] {
  if (text.length <= IMPORT_PART_CHARS) return [{ text }];
  const pieces: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + IMPORT_PART_CHARS, text.length);
    // Never between the two halves of a surrogate pair (an emoji, a rare CJK character):
    // a lone half may not survive the trip as JSON.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces.map((piece, index) => ({ text: piece, part: { upload, index, count: pieces.length } }));
}

/**
 * Sends a file to the background for import, part by part, and answers the import's
 * result (or the first error). A file with more parts than MAX_IMPORT_PARTS is refused here.
 */
export async function sendImport(
  text: string,
  send: (payload: RequestOf<'import-data'>) => Promise<Result<ResponseOf<'import-data'>>> = (payload) => sendToBackground('import-data', payload),
): Promise<Result<ResponseOf<'import-data'>>> {
  const parts = importParts(text);
  if (parts.length > MAX_IMPORT_PARTS) return refuse('too-large', `The file has ${text.length} characters; an import takes at most ${MAX_IMPORT_PARTS * IMPORT_PART_CHARS}`);
  let last: Result<ResponseOf<'import-data'>> = refuse('malformed', 'Nothing to import');
  for (const part of parts) {
    last = await send(part);
    if (!last.ok) return last;
  }
  return last;
}

/** Registers `handlers` on `runtime.onMessage`; returns the unsubscribe function. */
export function listen(handlers: Handlers): () => void {
  const self: Self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // Returning a promise answers the message (webextension-polyfill / Firefox semantics).
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => dispatch(handlers, raw, sender, self);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
