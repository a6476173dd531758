import type { MessageHeaders } from './kafka.port';

type RawHeaderValue = Buffer | string | ReadonlyArray<Buffer | string> | undefined;

/** Kafka header values (Buffer, string, or repeated) to one string per name; the last repeat wins. */
export const decodeHeaders = (raw: Record<string, RawHeaderValue> | undefined): MessageHeaders => {
  const out: MessageHeaders = {};
  if (!raw) return out;
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last === undefined) continue;
    out[name] = typeof last === 'string' ? last : Buffer.from(last as Buffer).toString('utf8');
  }
  return out;
};
