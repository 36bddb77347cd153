import { z } from 'zod';
import { browser, type Browser } from 'wxt/browser';
import { DraftRowSchema } from './db/schema';
import { PageReadSchema } from './schema';

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

export const ERROR_CODES = [
  'malformed', // not an envelope, unknown type, or a payload zod rejects
  'too-large',
  'wrong-sender', // e.g. page-read from an extension page, read-now from a web page
  'handler-failed',
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
  if (size > MAX_MESSAGE_CHARS) return refuse('too-large', `Message has ${size} characters (limit ${MAX_MESSAGE_CHARS})`);
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) return refuse('malformed', 'Not a Listing Lens message');
  const type = env.data.type;
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

/** Registers `handlers` on `runtime.onMessage`; returns the unsubscribe function. */
export function listen(handlers: Handlers): () => void {
  const self: Self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  // Returning a promise answers the message (webextension-polyfill / Firefox semantics).
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => dispatch(handlers, raw, sender, self);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
