export { KAFKA_ADMIN, KAFKA_MESSAGING, KAFKA_PUBLISHER } from '@jobstream/platform';
export const SEARCH_CONFIG = Symbol('SEARCH_CONFIG');
export const LOGGER = Symbol('LOGGER');
export const READ_MODEL = Symbol('READ_MODEL');
