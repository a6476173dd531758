export { KAFKA_ADMIN, KAFKA_MESSAGING, KAFKA_PUBLISHER } from '@jobstream/platform';
export const ENRICHMENT_CONFIG = Symbol('ENRICHMENT_CONFIG');
export const LOGGER = Symbol('LOGGER');
export const ENRICHER = Symbol('ENRICHER');
