import { buildAsyncApiDocument } from './asyncapi.document';

process.stdout.write(`${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`);
