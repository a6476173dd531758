/** Injection tokens of the ingest app (constructor parameters always name theirs: tsx emits no metadata). */
export const INGEST_CONFIG = Symbol('INGEST_CONFIG');
export const APP_LOGGER = Symbol('APP_LOGGER');
export const CLOCK = Symbol('CLOCK');
export const AUTH_POLICY = Symbol('AUTH_POLICY');
export const KAFKA_MESSAGING = Symbol('KAFKA_MESSAGING');
export const EVENT_PUBLISHER = Symbol('EVENT_PUBLISHER');
export const KAFKA_ADMIN = Symbol('KAFKA_ADMIN');
export const INGEST_TOPICS = Symbol('INGEST_TOPICS');

export type Clock = () => Date;

export interface IngestTopics {
  inbound: string;
  ingested: string;
}
