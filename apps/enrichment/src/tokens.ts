export const ENRICHMENT_CONFIG = Symbol('ENRICHMENT_CONFIG');
export const LOGGER = Symbol('LOGGER');
export const KAFKA_MESSAGING = Symbol('KAFKA_MESSAGING');
export const KAFKA_PUBLISHER = Symbol('KAFKA_PUBLISHER');
export const KAFKA_ADMIN = Symbol('KAFKA_ADMIN');
export const ENRICHER = Symbol('ENRICHER');
