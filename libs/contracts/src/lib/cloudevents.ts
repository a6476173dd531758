import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { EventType } from './events.schema';

/**
 * CloudEvents 1.0, Kafka protocol binding, binary content mode: the event data is the message
 * value (JSON) and the attributes travel as `ce_*` headers.
 */
export const CE_SPECVERSION = '1.0';
export const JSON_CONTENT_TYPE = 'application/json';

export const CloudEventHeadersSchema = z.object({
  ce_id: z.string().min(1),
  ce_source: z.string().min(1),
  ce_type: z.string().min(1),
  ce_specversion: z.literal(CE_SPECVERSION),
  ce_time: z.iso.datetime({ offset: true }),
  'content-type': z.string().min(1),
  ce_subject: z.string().optional(),
  traceparent: z.string().optional(),
});
export type CloudEventHeaders = z.infer<typeof CloudEventHeadersSchema>;

export interface CloudEventInit {
  type: EventType | string;
  source: string;
  subject?: string;
  time?: string;
  id?: string;
  traceparent?: string;
}

export const cloudEventHeaders = (init: CloudEventInit): Record<string, string> => {
  const headers: Record<string, string> = {
    ce_id: init.id ?? randomUUID(),
    ce_source: init.source,
    ce_type: init.type,
    ce_specversion: CE_SPECVERSION,
    ce_time: init.time ?? new Date().toISOString(),
    'content-type': JSON_CONTENT_TYPE,
  };
  if (init.subject) headers['ce_subject'] = init.subject;
  if (init.traceparent) headers['traceparent'] = init.traceparent;
  return headers;
};

/** W3C trace context: `00-<32 hex trace id>-<16 hex span id>-<2 hex flags>`. */
export const TRACEPARENT_RE = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

const hex = (bytes: number): string => randomUUID().replace(/-/g, '').slice(0, bytes * 2).padEnd(bytes * 2, '0');

/** A new trace (no parent) or a child span of `parent` in the same trace. */
export const nextTraceparent = (parent?: string | null): string => {
  if (parent && TRACEPARENT_RE.test(parent)) {
    const [, traceId, , flags] = parent.split('-');
    return `00-${traceId}-${hex(8)}-${flags}`;
  }
  return `00-${hex(16)}-${hex(8)}-01`;
};
