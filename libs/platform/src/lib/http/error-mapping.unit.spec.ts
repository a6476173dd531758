import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { errorResponseOf, fromBodyParserError, httpStatusOfCode } from './error-mapping';

describe('httpStatusOfCode', () => {
  it.each([
    [ErrorCodes.postingInvalid, 400],
    [ErrorCodes.queryInvalid, 400],
    [ErrorCodes.payloadUnreadable, 400],
    [ErrorCodes.payloadTooLarge, 413],
    [ErrorCodes.mediaTypeUnsupported, 415],
    [ErrorCodes.authMissing, 401],
    [ErrorCodes.authInvalid, 401],
    [ErrorCodes.signatureInvalid, 401],
    [ErrorCodes.sourceForbidden, 403],
    [ErrorCodes.postingNotFound, 404],
    [ErrorCodes.brokerUnavailable, 503],
    [ErrorCodes.storeUnavailable, 503],
  ])('Given code %s, Then status %i', (code, status) => {
    expect(httpStatusOfCode(code)).toBe(status);
  });

  it('Given a code with no client meaning, Then no status', () => {
    expect(httpStatusOfCode(ErrorCodes.configInvalid)).toBeUndefined();
  });
});

describe('errorResponseOf', () => {
  it('Given an invalid posting, When mapped, Then 400 with code, message and field issues', () => {
    const issues = [{ path: 'title', message: 'Required', code: 'invalid_type' }];
    const res = errorResponseOf(new JobstreamError(ErrorCodes.postingInvalid, 'Posting is invalid', issues));
    expect(res).toEqual({
      status: 400,
      headers: {},
      body: { error: { code: 'POSTING.INVALID', message: 'Posting is invalid', issues } },
    });
  });

  it('Given the broker is unavailable, When mapped, Then 503 with Retry-After', () => {
    const res = errorResponseOf(new JobstreamError(ErrorCodes.brokerUnavailable, 'Kafka did not acknowledge'));
    expect(res.status).toBe(503);
    expect(res.headers['Retry-After']).toBe('5');
  });

  it('Given an error with retryAfterSeconds, When mapped, Then Retry-After says it', () => {
    const e = Object.assign(new JobstreamError(ErrorCodes.storeUnavailable, 'down'), { retryAfterSeconds: 2.2 });
    expect(errorResponseOf(e).headers['Retry-After']).toBe('3');
  });

  it('Given an unknown error, When mapped, Then 500 that leaks nothing', () => {
    const res = errorResponseOf(new Error('connect ECONNREFUSED 10.0.0.7:27017 password=hunter2'));
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
    expect(res.body.error.code).toBe('INTERNAL');
  });

  it('Given a JobstreamError with an unmapped code, When mapped, Then a plain 500', () => {
    const res = errorResponseOf(new JobstreamError(ErrorCodes.configInvalid, 'MONGO_URL secret'));
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('secret');
  });

  it('Given body-parser failures, When mapped, Then bad JSON 400 and too large 413', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413, limit: 100 });
    const badJson = Object.assign(new SyntaxError('Unexpected token } in JSON'), { type: 'entity.parse.failed', status: 400 });
    expect(errorResponseOf(tooLarge)).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD.TOO_LARGE' } } });
    expect(errorResponseOf(badJson)).toMatchObject({ status: 400, body: { error: { code: 'PAYLOAD.UNREADABLE' } } });
    expect(fromBodyParserError(new Error('plain'))).toBeUndefined();
  });

  it("Given Nest's HTTP exceptions, When mapped, Then their status with our body shape", () => {
    expect(errorResponseOf(new NotFoundException('Cannot GET /nope'))).toEqual({
      status: 404,
      headers: {},
      body: { error: { code: 'ROUTE.NOT_FOUND', message: 'Cannot GET /nope', issues: [] } },
    });
    expect(errorResponseOf(new BadRequestException('bad')).status).toBe(400);
  });
});
