import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Verifies Greenhouse's `Signature` header: `sha256 <hex HMAC-SHA256 of the raw body with the secret>`.
 * The body must be the raw bytes as received (Greenhouse signs its JSON with Unicode escaped; a
 * re-serialized body would not match). Constant-time comparison; false for a missing or malformed header.
 */
export const verifyGreenhouseSignature = (
  rawBody: string | Buffer,
  secret: string,
  signatureHeader: string | undefined,
): boolean => {
  if (!secret || !signatureHeader) return false;
  const match = /^\s*(?:sha256\s+|sha256=)?([0-9a-f]{64})\s*$/i.exec(signatureHeader);
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(match[1].toLowerCase(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
};

/** The header value Greenhouse would send for this body (for tests and for integrators trying a payload). */
export const greenhouseSignatureOf = (rawBody: string | Buffer, secret: string): string =>
  `sha256 ${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
