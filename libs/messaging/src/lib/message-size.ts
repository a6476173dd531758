import type { OutboundMessage } from './kafka.port';

/**
 * Kafka refuses a record batch larger than the broker's `message.max.bytes` (1 MiB + 12 bytes by default)
 * or the topic's `max.message.bytes`. One message must stay under this; several are split into requests
 * under {@link DEFAULT_MAX_BATCH_BYTES}.
 */
export const DEFAULT_MAX_MESSAGE_BYTES = 1_000_000;

/** Size budget of one send (the messages of one produce request, all partitions together). */
export const DEFAULT_MAX_BATCH_BYTES = 512 * 1024;

/** Per-record overhead of the v2 record format, rounded up (lengths, offsets, timestamp deltas). */
const RECORD_OVERHEAD = 32;

const bytesOf = (v: string | Buffer | null | undefined): number =>
  v === null || v === undefined ? 0 : typeof v === 'string' ? Buffer.byteLength(v, 'utf8') : v.length;

/** An upper estimate of what `message` weighs in a Kafka record batch (key, value, headers). */
export const messageBytes = (message: OutboundMessage): number => {
  let n = RECORD_OVERHEAD + bytesOf(message.key) + bytesOf(message.value);
  for (const [name, value] of Object.entries(message.headers ?? {})) n += 8 + bytesOf(name) + bytesOf(value);
  return n;
};

/**
 * Splits messages, in order, into consecutive chunks of at most `maxBatchBytes` each (a message larger
 * than the budget goes alone). Sent one after the other, the chunks keep every partition's order.
 */
export const chunkBySize = <T>(items: readonly T[], sizeOf: (item: T) => number, maxBatchBytes: number): T[][] => {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && bytes + size > maxBatchBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
};
