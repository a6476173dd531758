import type { z } from 'zod';
import { CloudEventHeadersSchema, EventTypes, cloudEventHeaders, formatPath, nextTraceparent } from '@jobstream/contracts';
import type { CloudEventHeaders } from '@jobstream/contracts';
import type { InboundMessage, MessageHeaders, OutboundMessage } from './kafka.port';

/** Why a message could not be decoded; these codes travel in the `dlq-code` header. */
export const DecodeErrorCodes = {
  /** No value, not UTF-8 JSON. */
  unreadable: 'EVENT.UNREADABLE',
  /** A `ce_*` header or `content-type` missing or malformed. */
  headersInvalid: 'EVENT.HEADERS_INVALID',
  /** `ce_type` names no event this consumer knows. */
  typeUnknown: 'EVENT.TYPE_UNKNOWN',
  /** The data does not match the event's schema (the reason names the field paths). */
  invalid: 'EVENT.INVALID',
} as const;
export type DecodeErrorCode = (typeof DecodeErrorCodes)[keyof typeof DecodeErrorCodes];

export type DecodeResult<T> =
  | { ok: true; event: T; headers: CloudEventHeaders & MessageHeaders }
  | { ok: false; reason: string; code: DecodeErrorCode };

export interface DecodeOptions {
  /** Accepted `ce_type` values; by default every event type of the contracts. */
  types?: ReadonlyArray<string>;
}

const JSON_MEDIA_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;.*)?$/i;

const zodReason = (error: z.ZodError, prefix: string): string =>
  error.issues.map((i) => `${formatPath(i.path, prefix)}: ${i.message}`).join('; ');

/**
 * A CloudEvents binary-mode Kafka message to a typed event: headers checked, `ce_type` known, value
 * parsed as JSON and validated by `schema`, and the data's `type` equal to `ce_type`. Never throws.
 */
export const decodeEvent = <S extends z.ZodType<{ type: string }>>(
  message: Pick<InboundMessage, 'value' | 'headers'>,
  schema: S,
  options: DecodeOptions = {},
): DecodeResult<z.infer<S>> => {
  const types = options.types ?? Object.values(EventTypes);
  const h = CloudEventHeadersSchema.safeParse(message.headers);
  if (!h.success) {
    return { ok: false, code: DecodeErrorCodes.headersInvalid, reason: `invalid CloudEvents headers: ${zodReason(h.error, 'headers')}` };
  }
  const headers = { ...message.headers, ...h.data } as CloudEventHeaders & MessageHeaders;
  if (!JSON_MEDIA_TYPE.test(headers['content-type'])) {
    return { ok: false, code: DecodeErrorCodes.headersInvalid, reason: `headers.content-type: expected application/json, got "${headers['content-type']}"` };
  }
  if (!types.includes(headers.ce_type)) {
    return { ok: false, code: DecodeErrorCodes.typeUnknown, reason: `headers.ce_type: unknown event type "${headers.ce_type}" (expected one of ${types.join(', ')})` };
  }
  if (message.value === null || message.value.length === 0) {
    return { ok: false, code: DecodeErrorCodes.unreadable, reason: 'value: empty message (a tombstone or no data)' };
  }
  let data: unknown;
  try {
    data = JSON.parse(message.value.toString('utf8'));
  } catch (e) {
    return { ok: false, code: DecodeErrorCodes.unreadable, reason: `value: not JSON (${(e as Error).message})` };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, code: DecodeErrorCodes.invalid, reason: zodReason(parsed.error, 'data') };
  }
  const event = parsed.data as z.infer<S>;
  if (event.type !== headers.ce_type) {
    return { ok: false, code: DecodeErrorCodes.invalid, reason: `data.type: "${event.type}" does not match headers.ce_type "${headers.ce_type}"` };
  }
  return { ok: true, event, headers };
};

export interface EncodeOptions {
  /** `ce_source`, e.g. `/jobstream/enrichment`. */
  source: string;
  /** The incoming traceparent: the new message gets a child span of it (or a new trace when absent). */
  parentTraceparent?: string | null;
  id?: string;
  time?: string;
  subject?: string;
  /** Extra headers, e.g. correlation ids. */
  headers?: MessageHeaders;
}

/** A typed event to a CloudEvents binary-mode message keyed by its postingId. */
export const encodeEvent = <E extends { type: string; postingId: string }>(event: E, options: EncodeOptions): OutboundMessage => ({
  key: event.postingId,
  value: JSON.stringify(event),
  headers: {
    ...options.headers,
    ...cloudEventHeaders({
      type: event.type,
      source: options.source,
      subject: options.subject ?? event.postingId,
      id: options.id,
      time: options.time,
      traceparent: nextTraceparent(options.parentTraceparent),
    }),
  },
});
