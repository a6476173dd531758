import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { authPolicyOf, authenticate, authorizeSource, mayWrite, sha256Hex, type AuthPolicy } from './api-key.auth';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof JobstreamError) return e.code;
    throw e;
  }
  throw new Error('expected a JobstreamError');
};

describe('auth policy from configuration', () => {
  it('Given plain keys and a hashed keys file, When built, Then both are enforced, stored hashed', () => {
    const policy = authPolicyOf({
      apiKeys: { acme: 'k-acme' },
      apiKeysFile: { path: 'keys.json', content: JSON.stringify({ globex: sha256Hex('k-globex').toUpperCase() }) },
      authSetting: 'on',
    });
    expect(policy).toEqual({
      mode: 'keys',
      keys: [
        { source: 'acme', sha256: sha256Hex('k-acme') },
        { source: 'globex', sha256: sha256Hex('k-globex') },
      ],
    });
    expect(JSON.stringify(policy)).not.toContain('k-acme');
  });

  it('Given no key and INGEST_AUTH=off, Then auth is off', () => {
    expect(authPolicyOf({ apiKeys: {}, authSetting: 'off' })).toEqual({ mode: 'off' });
  });

  it('Given no key and auth on, Then every write is closed', () => {
    expect(authPolicyOf({ apiKeys: {}, authSetting: 'on' })).toEqual({ mode: 'closed' });
  });

  it('Given keys and INGEST_AUTH=off, Then the keys are still enforced', () => {
    expect(authPolicyOf({ apiKeys: { acme: 'k' }, authSetting: 'off' }).mode).toBe('keys');
  });

  it('Given a keys file with a plain key or a bad source, When built, Then CONFIG.INVALID names both', () => {
    let error: JobstreamError | undefined;
    try {
      authPolicyOf({
        apiKeys: {},
        apiKeysFile: { path: 'keys.json', content: JSON.stringify({ acme: 'not-a-hash', 'Bad Source': sha256Hex('x') }) },
        authSetting: 'on',
      });
    } catch (e) {
      error = e as JobstreamError;
    }
    expect(error?.code).toBe(ErrorCodes.configInvalid);
    expect(error?.message).toContain('the key of "acme" must be a SHA-256 hex digest');
    expect(error?.message).toContain('"Bad Source" is not a valid source name');
  });

  it('Given a keys file that is not JSON, When built, Then CONFIG.INVALID', () => {
    expect(codeOf(() => authPolicyOf({ apiKeys: {}, apiKeysFile: { path: 'k.json', content: '{' }, authSetting: 'on' }))).toBe(
      ErrorCodes.configInvalid,
    );
  });
});

describe('authenticate', () => {
  const policy: AuthPolicy = authPolicyOf({ apiKeys: { acme: 'k-acme', globex: 'k-globex' }, authSetting: 'on' });

  it('Given the key of a source, When authenticated, Then the principal is that source', () => {
    expect(authenticate(policy, 'Bearer k-globex')).toEqual({ kind: 'source', source: 'globex' });
    expect(authenticate(policy, 'bearer   k-acme ')).toEqual({ kind: 'source', source: 'acme' });
  });

  it('Given no Authorization header or another scheme, Then AUTH.MISSING', () => {
    expect(codeOf(() => authenticate(policy, undefined))).toBe(ErrorCodes.authMissing);
    expect(codeOf(() => authenticate(policy, 'Basic YTpi'))).toBe(ErrorCodes.authMissing);
  });

  it('Given an unknown key, Then AUTH.INVALID', () => {
    expect(codeOf(() => authenticate(policy, 'Bearer k-nope'))).toBe(ErrorCodes.authInvalid);
  });

  it('Given auth is closed (no key configured), Then even a key is refused', () => {
    expect(codeOf(() => authenticate({ mode: 'closed' }, 'Bearer anything'))).toBe(ErrorCodes.authInvalid);
  });

  it('Given auth is off, Then anyone may write any source', () => {
    const principal = authenticate({ mode: 'off' }, undefined);
    expect(principal).toEqual({ kind: 'any' });
    expect(mayWrite(principal, 'whatever')).toBe(true);
  });
});

describe('authorizeSource', () => {
  it('Given a source key, When it writes its own source, Then it may', () => {
    expect(() => authorizeSource({ kind: 'source', source: 'acme' }, 'acme')).not.toThrow();
  });

  it("Given a source key, When it writes another source's posting, Then SOURCE.FORBIDDEN", () => {
    expect(codeOf(() => authorizeSource({ kind: 'source', source: 'acme' }, 'globex'))).toBe(ErrorCodes.sourceForbidden);
  });
});
