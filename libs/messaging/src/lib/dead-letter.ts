import type { InboundMessage, OutboundMessage, PoisonMessage } from './kafka.port';

/** Headers added to a dead-lettered message (the original headers are kept as they were). */
export const DlqHeaders = {
  reason: 'dlq-reason',
  code: 'dlq-code',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  consumerGroup: 'dlq-consumer-group',
  failedAt: 'dlq-failed-at',
} as const;

const MAX_REASON = 4000;

/** The message to write on `<topic>.dlq` for a poison message: same key, value and headers, plus why. */
export const deadLetterOf = (poison: PoisonMessage, consumerGroup: string, now: Date): OutboundMessage => {
  const m: InboundMessage = poison.message;
  return {
    key: m.key,
    value: m.value,
    headers: {
      ...m.headers,
      [DlqHeaders.reason]: poison.reason.length > MAX_REASON ? `${poison.reason.slice(0, MAX_REASON)}…` : poison.reason,
      [DlqHeaders.code]: poison.code,
      [DlqHeaders.originalTopic]: m.topic,
      [DlqHeaders.originalPartition]: String(m.partition),
      [DlqHeaders.originalOffset]: m.offset,
      [DlqHeaders.consumerGroup]: consumerGroup,
      [DlqHeaders.failedAt]: now.toISOString(),
    },
  };
};
