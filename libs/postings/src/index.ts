export type {
  PayloadFormat,
  ConcreteFormat,
  NormalizeRequest,
  PostingDraft,
  NormalizedItem,
  NormalizeResult,
} from './lib/normalize.types';
export { PAYLOAD_FORMATS, MAX_BATCH_ITEMS } from './lib/normalize.types';
export { normalizePayload } from './lib/normalize-payload';
export { postingVersionOf, closeVersionOf } from './lib/posting-version';
export { verifyGreenhouseSignature, greenhouseSignatureOf } from './lib/greenhouse-signature';
export { fingerprintOf, normalizeTitle, foldText } from './lib/posting-fields';
export { htmlToPlainText, sanitizeDescriptionHtml } from './lib/html';
