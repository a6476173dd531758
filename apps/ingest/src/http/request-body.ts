import { ErrorCodes, JobstreamError } from '@jobstream/contracts';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const ACCEPTED_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

/**
 * The raw request body (a Buffer from the raw body parser) as text: refuses an empty body, a
 * charset other than UTF-8 (415) and bytes that are not UTF-8 (400).
 */
export const bodyTextOf = (body: unknown, contentType: string | undefined): string => {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset && !ACCEPTED_CHARSETS.has(charset)) {
    throw new JobstreamError(ErrorCodes.mediaTypeUnsupported, `charset ${charset} is not supported; send UTF-8`);
  }
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new JobstreamError(ErrorCodes.payloadUnreadable, 'the request body is empty', [
      { path: '(body)', message: 'a payload is required', code: 'required' },
    ]);
  }
  try {
    return UTF8.decode(body);
  } catch {
    throw new JobstreamError(ErrorCodes.payloadUnreadable, 'the request body is not valid UTF-8');
  }
};
