import { greenhouseSignatureOf, verifyGreenhouseSignature } from './greenhouse-signature';
import { fixture } from './test-fixtures';

const SECRET = 'whsec-4f8a1c2d9e7b6a5f4e3d2c1b0a998877';

describe('Given a Greenhouse webhook body and its source secret', () => {
  const body = fixture('greenhouse-webhook-job-post-updated.json');

  it('when the Signature header is the HMAC-SHA256 of the raw body, then it verifies', () => {
    const header = greenhouseSignatureOf(body, SECRET);
    expect(header).toMatch(/^sha256 [0-9a-f]{64}$/);
    expect(verifyGreenhouseSignature(body, SECRET, header)).toBe(true);
    expect(verifyGreenhouseSignature(Buffer.from(body, 'utf8'), SECRET, header.toUpperCase().replace('SHA256', 'sha256'))).toBe(true);
  });

  it('when it was signed with another secret, then it fails', () => {
    expect(verifyGreenhouseSignature(body, SECRET, greenhouseSignatureOf(body, 'another-secret'))).toBe(false);
  });

  it('when the header is missing, empty or malformed, then it fails', () => {
    expect(verifyGreenhouseSignature(body, SECRET, undefined)).toBe(false);
    expect(verifyGreenhouseSignature(body, SECRET, '')).toBe(false);
    expect(verifyGreenhouseSignature(body, SECRET, 'sha256 not-hex')).toBe(false);
    expect(verifyGreenhouseSignature(body, SECRET, 'sha256 abcd')).toBe(false);
  });

  it('when a captured signature is replayed with a different body, then it fails', () => {
    const captured = greenhouseSignatureOf(body, SECRET);
    const tampered = body.replace('"live": true', '"live": false');
    expect(tampered).not.toBe(body);
    expect(verifyGreenhouseSignature(tampered, SECRET, captured)).toBe(false);
  });

  it('when the body was re-serialized after parsing, then it fails (the raw bytes are signed)', () => {
    const reserialized = JSON.stringify(JSON.parse(body));
    expect(verifyGreenhouseSignature(reserialized, SECRET, greenhouseSignatureOf(body, SECRET))).toBe(false);
  });

  it('when no secret is configured, then nothing verifies', () => {
    expect(verifyGreenhouseSignature(body, '', greenhouseSignatureOf(body, ''))).toBe(false);
  });
});
