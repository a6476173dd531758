import { createHash, timingSafeEqual } from 'node:crypto';
import { ErrorCodes, JobstreamError, SourceSchema, type FieldIssue } from '@jobstream/contracts';

/**
 * Who is writing: any source (auth off, or a trusted channel such as the inbound topic with no
 * source header) or one source, whose postings are the only ones it may write.
 */
export type Principal = { kind: 'any' } | { kind: 'source'; source: string };

/** How writes are authenticated: API keys (stored as SHA-256 hex) or, explicitly, not at all. */
export type AuthPolicy =
  | { mode: 'keys'; keys: ReadonlyArray<{ source: string; sha256: string }> }
  | { mode: 'off' }
  /** Auth on and no key configured: every write is refused. */
  | { mode: 'closed' };

export const sha256Hex = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The policy from the configuration. Keys from `INGEST_API_KEYS` (plain, hashed here) and from the
 * keys file (already hashed) are merged; configured keys are always enforced, whatever INGEST_AUTH
 * says. Invalid entries throw CONFIG.INVALID naming them.
 */
export const authPolicyOf = (input: {
  apiKeys: Record<string, string>;
  apiKeysFile?: { path: string; content: string };
  authSetting: 'on' | 'off';
}): AuthPolicy => {
  const issues: FieldIssue[] = [];
  const keys: Array<{ source: string; sha256: string }> = [];
  for (const [source, key] of Object.entries(input.apiKeys)) {
    if (!SourceSchema.safeParse(source).success) {
      issues.push({ path: 'INGEST_API_KEYS', message: `"${source}" is not a valid source name`, code: 'invalid_format' });
    } else keys.push({ source, sha256: sha256Hex(key) });
  }
  if (input.apiKeysFile) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.apiKeysFile.content);
    } catch (e) {
      issues.push({ path: 'INGEST_API_KEYS_FILE', message: `${input.apiKeysFile.path} is not JSON: ${(e as Error).message}`, code: 'invalid_json' });
    }
    if (parsed !== undefined) {
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        issues.push({ path: 'INGEST_API_KEYS_FILE', message: 'must hold a JSON object {source: sha256hex}', code: 'invalid_type' });
      } else {
        for (const [source, hash] of Object.entries(parsed as Record<string, unknown>)) {
          if (!SourceSchema.safeParse(source).success) {
            issues.push({ path: 'INGEST_API_KEYS_FILE', message: `"${source}" is not a valid source name`, code: 'invalid_format' });
          } else if (typeof hash !== 'string' || !SHA256_HEX.test(hash.toLowerCase())) {
            issues.push({ path: 'INGEST_API_KEYS_FILE', message: `the key of "${source}" must be a SHA-256 hex digest (64 hex digits)`, code: 'invalid_format' });
          } else keys.push({ source, sha256: hash.toLowerCase() });
        }
      }
    }
  }
  if (issues.length) {
    throw new JobstreamError(ErrorCodes.configInvalid, `Invalid configuration: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
  }
  if (keys.length) return { mode: 'keys', keys };
  return input.authSetting === 'off' ? { mode: 'off' } : { mode: 'closed' };
};

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * The principal of a request from its `Authorization` header.
 * @throws JobstreamError AUTH.MISSING (no bearer key) or AUTH.INVALID (unknown key, or no key configured)
 */
export const authenticate = (policy: AuthPolicy, authorization: string | undefined): Principal => {
  if (policy.mode === 'off') return { kind: 'any' };
  if (policy.mode === 'closed') {
    throw new JobstreamError(
      ErrorCodes.authInvalid,
      'No API key is configured on this server: set INGEST_API_KEYS or INGEST_API_KEYS_FILE (or INGEST_AUTH=off for local use)',
    );
  }
  const match = authorization ? BEARER.exec(authorization) : null;
  if (!match) throw new JobstreamError(ErrorCodes.authMissing, 'Authorization: Bearer <key> is required');
  const given = Buffer.from(sha256Hex(match[1]), 'hex');
  let found: string | undefined;
  // Compare against every key in constant time so timing says nothing of which one matched.
  for (const k of policy.keys) {
    if (timingSafeEqual(given, Buffer.from(k.sha256, 'hex')) && found === undefined) found = k.source;
  }
  if (found === undefined) throw new JobstreamError(ErrorCodes.authInvalid, 'The API key is not valid');
  return { kind: 'source', source: found };
};

/** Whether `principal` may write postings of `source`. */
export const mayWrite = (principal: Principal, source: string): boolean =>
  principal.kind === 'any' || principal.source === source;

export const sourceForbidden = (principal: Principal, source: string): JobstreamError =>
  new JobstreamError(
    ErrorCodes.sourceForbidden,
    `this key belongs to source "${principal.kind === 'source' ? principal.source : '*'}" and may not write postings of source "${source}"`,
    [{ path: 'source', message: `not allowed to write source "${source}"`, code: 'forbidden' }],
  );

/** @throws JobstreamError SOURCE.FORBIDDEN when `principal` may not write `source`. */
export const authorizeSource = (principal: Principal, source: string): void => {
  if (!mayWrite(principal, source)) throw sourceForbidden(principal, source);
};
