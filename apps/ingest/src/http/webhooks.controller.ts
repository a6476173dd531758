import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { verifyGreenhouseSignature, type ConcreteFormat } from '@jobstream/postings';
import type { Request, Response } from 'express';
import { INGEST_CONFIG } from '../ingest.tokens';
import type { IngestConfig } from '../config/ingest.config';
import { IngestService } from '../ingest/ingest.service';
import { bodyTextOf } from './request-body';
import { acceptedBody, ensureAllAccepted } from './ingest-responses';

/**
 * Webhooks of upstream ATSs. The body is authenticated by an HMAC-SHA256 of its raw bytes with the
 * source's secret (INGEST_WEBHOOK_SECRETS), in the `Signature` header (`sha256 <hex>`, Greenhouse's
 * form; the Lever endpoint takes the same header from the relay that forwards Lever postings). A
 * bad or missing signature is a 401 and nothing is published. A source may only write its own
 * postings: the one in the URL.
 */
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(
    @Inject(IngestService) private readonly ingest: IngestService,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  @Post('greenhouse/:source')
  greenhouse(@Req() req: Request, @Param('source') source: string, @Res({ passthrough: true }) res: Response): Promise<object> {
    return this.receive(req, res, source, 'greenhouse');
  }

  @Post('lever/:source')
  lever(@Req() req: Request, @Param('source') source: string, @Res({ passthrough: true }) res: Response): Promise<object> {
    return this.receive(req, res, source, 'lever');
  }

  private async receive(req: Request, res: Response, source: string, format: ConcreteFormat): Promise<object> {
    const secret = Object.prototype.hasOwnProperty.call(this.config.INGEST_WEBHOOK_SECRETS, source)
      ? this.config.INGEST_WEBHOOK_SECRETS[source]
      : undefined;
    if (!secret) {
      throw new JobstreamError(ErrorCodes.signatureInvalid, `no webhook secret is configured for source "${source}"`);
    }
    const raw: unknown = req.body;
    const signature = req.header('signature');
    if (!signature) throw new JobstreamError(ErrorCodes.signatureInvalid, 'the Signature header is missing');
    if (!Buffer.isBuffer(raw) || !verifyGreenhouseSignature(raw, secret, signature)) {
      throw new JobstreamError(ErrorCodes.signatureInvalid, 'the Signature header does not match the body');
    }
    const receivedAt = this.ingest.now();
    const contentType = req.header('content-type');
    const result = this.ingest.normalize({ body: bodyTextOf(raw, contentType), contentType, format, source, receivedAt });
    if (result.items.length === 0) {
      res.status(200);
      return { items: [] };
    }
    const planned = this.ingest.plan(result, { kind: 'source', source }, receivedAt);
    ensureAllAccepted(planned);
    await this.ingest.publish(planned, req.header('traceparent'));
    res.status(202);
    return acceptedBody(planned);
  }
}
