export * from './lib/kafka.port';
export { KafkaMessaging, type KafkaConfig, type KafkaLogLevelName, type PublisherOptions, type BatchConsumerOptions } from './lib/kafkajs.adapter';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './lib/backoff';
export { deadLetterOf, DlqHeaders } from './lib/dead-letter';
export { decodeEvent, encodeEvent, DecodeErrorCodes, type DecodeErrorCode, type DecodeResult, type DecodeOptions, type EncodeOptions } from './lib/event.codec';
export { decodeHeaders } from './lib/headers';
export { CoalescingPublisher } from './lib/coalescing.publisher';
export { messageBytes, chunkBySize, DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_BATCH_BYTES } from './lib/message-size';
export {
  listDeadLetters,
  replayDeadLetters,
  selectDeadLetters,
  planReplay,
  replayMessageOf,
  describeDeadLetter,
  formatDeadLetter,
  parsePartitionOffset,
  parsePositiveInt,
  withoutDlqHeaders,
  ReplayHeaders,
  type DeadLetterView,
  type DeadLetterSelection,
  type PartitionOffset,
  type ReplayDeps,
  type ReplayOptions,
  type ReplayResult,
  type ListResult,
} from './lib/dlq-replay';
