import { Controller, Delete, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ErrorCodes, JobstreamError, SourceSchema, ExternalIdSchema } from '@jobstream/contracts';
import type { Request, Response } from 'express';
import { AUTH_POLICY } from '../ingest.tokens';
import { authenticate, authorizeSource, type AuthPolicy, type Principal } from '../auth/api-key.auth';
import { IngestService } from '../ingest/ingest.service';
import { closeRequestItem, type PlannedItem } from '../ingest/ingest-plan';
import { bodyTextOf } from './request-body';
import { acceptedBody, batchAnswer, ensureAllAccepted } from './ingest-responses';

const queryString = (req: Request, name: string): string | undefined => {
  const v = req.query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    throw new JobstreamError(ErrorCodes.queryInvalid, `query parameter ${name} must be a single string`, [
      { path: name, message: 'must be a single string', code: 'invalid_type' },
    ]);
  }
  return v;
};

/**
 * `POST /v1/postings` (one payload, taken whole), `POST /v1/postings/batch` (a result per item) and
 * `DELETE /v1/postings/{source}/{externalId}`. Bodies arrive raw (Buffer): the format comes from the
 * media type or the content (libs/postings). Answers 202 only after Kafka acknowledged the events.
 */
@Controller('v1/postings')
export class PostingsController {
  constructor(
    @Inject(IngestService) private readonly ingest: IngestService,
    @Inject(AUTH_POLICY) private readonly policy: AuthPolicy,
  ) {}

  @Post()
  @HttpCode(202)
  async create(@Req() req: Request): Promise<object> {
    const planned = this.planRequest(req, this.ingest.now());
    ensureAllAccepted(planned);
    await this.ingest.publish(planned, req.header('traceparent'));
    return acceptedBody(planned);
  }

  @Post('batch')
  async batch(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<object> {
    const planned = this.planRequest(req, this.ingest.now());
    await this.ingest.publish(planned, req.header('traceparent'));
    const { status, body } = batchAnswer(planned);
    res.status(status);
    return body;
  }

  @Delete(':source/:externalId')
  @HttpCode(202)
  async close(@Req() req: Request, @Param('source') source: string, @Param('externalId') externalId: string): Promise<object> {
    const principal = authenticate(this.policy, req.header('authorization'));
    const issues = [
      ...(SourceSchema.safeParse(source).success ? [] : [{ path: 'source', message: 'not a valid source name', code: 'invalid_format' }]),
      ...(ExternalIdSchema.safeParse(externalId).success ? [] : [{ path: 'externalId', message: 'not a valid external id', code: 'invalid_format' }]),
    ];
    if (issues.length) throw new JobstreamError(ErrorCodes.postingInvalid, 'invalid posting reference', issues);
    authorizeSource(principal, source);
    const receivedAt = this.ingest.now();
    const reason = queryString(req, 'reason');
    const planned = this.ingest.plan(
      { format: 'json', items: [closeRequestItem(source, externalId, receivedAt, reason)] },
      principal,
      receivedAt,
    );
    ensureAllAccepted(planned);
    await this.ingest.publish(planned, req.header('traceparent'));
    return acceptedBody(planned);
  }

  /** Authenticates, reads and normalizes the payload, and plans its events (nothing published yet). */
  private planRequest(req: Request, receivedAt: Date): PlannedItem[] {
    const principal: Principal = authenticate(this.policy, req.header('authorization'));
    const querySource = queryString(req, 'source');
    if (querySource !== undefined) authorizeSource(principal, querySource);
    const contentType = req.header('content-type');
    const body = bodyTextOf(req.body, contentType);
    const result = this.ingest.normalize({
      body,
      contentType,
      source: querySource ?? (principal.kind === 'source' ? principal.source : undefined),
      receivedAt,
    });
    if (result.items.length === 0) {
      throw new JobstreamError(ErrorCodes.postingInvalid, 'the payload holds no posting', [
        { path: '(root)', message: 'no posting found', code: 'too_small' },
      ]);
    }
    return this.ingest.plan(result, principal, receivedAt);
  }
}
