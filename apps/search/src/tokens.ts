export const SEARCH_CONFIG = Symbol('SEARCH_CONFIG');
export const LOGGER = Symbol('LOGGER');
export const KAFKA_MESSAGING = Symbol('KAFKA_MESSAGING');
export const KAFKA_ADMIN = Symbol('KAFKA_ADMIN');
export const KAFKA_PUBLISHER = Symbol('KAFKA_PUBLISHER');
export const READ_MODEL = Symbol('READ_MODEL');
