import { z } from 'zod';
import { buildFabeTable } from '../../lib/analyses/fabe';
import { FabeTableSchema, PageReadSchema, type FabeTable, type PageRead } from '../../lib/schema';

/**
 * What the side panel and its FABE worker (fabe.worker.ts) say to each other: the panel asks
 * for the table of one read, the worker answers with the table or why it has none. Both
 * sides parse what they receive, as every message in the extension is parsed (lib/messaging.ts):
 * the worker the read, the panel the table.
 */

export const FabeWorkerRequestSchema = z.object({
  kind: z.literal('fabe-table'),
  id: z.number().int().nonnegative(),
  read: PageReadSchema,
});
export type FabeWorkerRequest = z.infer<typeof FabeWorkerRequestSchema>;

export const FabeWorkerResponseSchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int().nonnegative(), ok: z.literal(true), table: FabeTableSchema.nullable() }),
  // id −1: a request too malformed to say which it was.
  z.object({ id: z.number().int().min(-1), ok: z.literal(false), error: z.string().max(500) }),
]);
export type FabeWorkerResponse = z.infer<typeof FabeWorkerResponseSchema>;

export const fabeRequest = (id: number, read: PageRead): FabeWorkerRequest => ({ kind: 'fabe-table', id, read });

/** The request's id when it has a usable one, so a refusal reaches the caller that waits for it. */
function idOf(raw: unknown): number {
  const id = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : -1;
}

/**
 * The worker's answer to one message. Never throws: a malformed request or an analysis that
 * throws becomes `{ ok: false, error }` for that request. `build` is the analysis (tests
 * pass one that throws).
 */
export function answerFabeRequest(raw: unknown, build: (read: PageRead) => FabeTable | undefined = buildFabeTable): FabeWorkerResponse {
  const request = FabeWorkerRequestSchema.safeParse(raw);
  if (!request.success) {
    const where = request.error.issues.slice(0, 2).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { id: idOf(raw), ok: false, error: `Malformed FABE request: ${where}`.slice(0, 500) };
  }
  try {
    return { id: request.data.id, ok: true, table: build(request.data.read) ?? null };
  } catch (err) {
    return { id: request.data.id, ok: false, error: String(err instanceof Error ? err.message : err).slice(0, 500) };
  }
}
