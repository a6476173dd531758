import { createHash } from 'node:crypto';
import { ErrorCodes, JobstreamError, SourceSchema } from '@jobstream/contracts';
import { encodeEvent, type InboundMessage, type OutboundMessage, type PoisonMessage } from '@jobstream/messaging';
import { normalizePayload } from '@jobstream/postings';
import type { Principal } from '../auth/api-key.auth';
import { planItems } from '../ingest/ingest-plan';

/** Header naming the upstream source of an inbound payload. */
export const SOURCE_HEADER = 'source';

export interface InboundPlan {
  events: OutboundMessage[];
  poison: PoisonMessage[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Deterministic CloudEvents id per (message, item): a redelivered message yields the same ids. */
const eventIdOf = (m: InboundMessage, index: number): string =>
  createHash('sha256').update(`${m.topic}\u0000${m.partition}\u0000${m.offset}\u0000${index}`).digest('hex').slice(0, 32);

const describe = (e: unknown): { code: string; reason: string } =>
  e instanceof JobstreamError
    ? { code: e.code, reason: [e.message, ...e.issues.map((i) => `${i.path}: ${i.message}`)].join('; ') }
    : { code: 'INTERNAL', reason: e instanceof Error ? e.message : String(e) };

/**
 * Plans one batch of `postings.inbound.v1`: each message's value is a payload (our JSON, or the
 * format named by its `content-type` header), its source from the `source` header or the payload.
 * Producers on the inbound topic are trusted for the source they name: with a `source` header, every
 * item must be of that source (others are refused as SOURCE.FORBIDDEN); without one, items keep the
 * source they carry. Valid items become events (receipt time = the message timestamp, so a replay
 * gives the same versions and event ids); a message with any refused item goes to the dead-letter
 * topic with the reasons, its valid items are still published. Pure apart from hashing.
 */
export const planInboundBatch = (messages: readonly InboundMessage[], ceSource: string): InboundPlan => {
  const events: OutboundMessage[] = [];
  const poison: PoisonMessage[] = [];
  for (const message of messages) {
    try {
      if (message.value === null || message.value.length === 0) {
        throw new JobstreamError(ErrorCodes.payloadUnreadable, 'empty message value');
      }
      let body: string;
      try {
        body = UTF8.decode(message.value);
      } catch {
        throw new JobstreamError(ErrorCodes.payloadUnreadable, 'message value is not UTF-8');
      }
      const headerSource = message.headers[SOURCE_HEADER]?.trim() || undefined;
      if (headerSource !== undefined && !SourceSchema.safeParse(headerSource).success) {
        throw new JobstreamError(ErrorCodes.postingInvalid, `header source: "${headerSource}" is not a valid source name`);
      }
      const ts = Number(message.timestamp);
      const receivedAt = Number.isFinite(ts) && ts > 0 ? new Date(ts) : new Date();
      const result = normalizePayload({ body, contentType: message.headers['content-type'], source: headerSource, receivedAt });
      const principal: Principal = headerSource ? { kind: 'source', source: headerSource } : { kind: 'any' };
      const planned = planItems(result.items, principal, receivedAt);
      for (const p of planned) {
        if (p.status !== 'accepted') continue;
        events.push(
          encodeEvent(p.event, {
            source: ceSource,
            parentTraceparent: message.headers['traceparent'],
            id: eventIdOf(message, p.index),
          }),
        );
      }
      const refused = planned.filter((p) => p.status === 'rejected');
      if (planned.length === 0) throw new JobstreamError(ErrorCodes.postingInvalid, 'the payload holds no posting');
      if (refused.length > 0) {
        const reason = refused
          .map((p) =>
            p.status === 'rejected'
              ? `item ${p.index}: ${p.error.code}: ${p.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ') || p.error.message}`
              : '',
          )
          .join(' | ');
        const codes = new Set(refused.map((p) => (p.status === 'rejected' ? p.error.code : '')));
        poison.push({ message, code: codes.size === 1 ? [...codes][0] : ErrorCodes.postingInvalid, reason });
      }
    } catch (e) {
      const { code, reason } = describe(e);
      poison.push({ message, code, reason });
    }
  }
  return { events, poison };
};
