import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { parseSearchQuery, type PostingView, type PostingsReadModel, type SearchResult } from '@jobstream/read-model';
import { READ_MODEL } from '../tokens';

const POSTING_ID_RE = /^[A-Za-z0-9_-]{1,128}$/;

/** `GET /v1/search` and `GET /v1/postings/{postingId}`; errors are JobstreamErrors mapped by the global filter. */
@Controller('v1')
export class SearchController {
  constructor(@Inject(READ_MODEL) private readonly readModel: PostingsReadModel) {}

  @Get('search')
  search(@Query() query: unknown): Promise<SearchResult> {
    return this.readModel.search(parseSearchQuery(query));
  }

  @Get('postings/:postingId')
  async getPosting(@Param('postingId') postingId: string): Promise<PostingView> {
    if (!POSTING_ID_RE.test(postingId)) {
      throw new JobstreamError(ErrorCodes.queryInvalid, 'invalid posting id', [
        { path: 'postingId', message: 'must be 1 to 128 letters, digits, "-" or "_"', code: 'invalid_format' },
      ]);
    }
    const view = await this.readModel.getById(postingId);
    if (!view) throw new JobstreamError(ErrorCodes.postingNotFound, `posting ${postingId} not found`);
    return view;
  }
}
