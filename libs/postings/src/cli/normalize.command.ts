import { JobstreamError, postingIdOf, type Posting } from '@jobstream/contracts';
import { Command, CommanderError, Option } from 'commander';
import { PAYLOAD_FORMATS, type PayloadFormat } from '../lib/normalize.types';
import { normalizePayload } from '../lib/normalize-payload';
import { postingVersionOf } from '../lib/posting-version';

export interface CliIo {
  stdin: string;
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
}

/**
 * `normalize --format auto|jsonld|greenhouse|lever|text|json [--source S] [--content-type T]`:
 * reads one payload on stdin and prints one JSON line per item on stdout:
 * `{"index":0,"action":"upsert","posting":{…the normalized posting with postingId and version…}}` or
 * `{"index":1,"action":"close","source":…,"externalId":…,"reason":…,"closedAt":…}`.
 * Refused items and unreadable payloads are explained on stderr (`path: reason`); exit code 1 when
 * anything was refused, 2 on a usage error, else 0.
 */
export const runNormalizeCli = (argv: string[], io: CliIo): number => {
  const program = new Command()
    .name('normalize')
    .description('Normalize a job posting payload read on stdin; prints JSON lines.')
    .addOption(new Option('-f, --format <format>', 'payload format').choices(PAYLOAD_FORMATS as string[]).default('auto'))
    .option('-s, --source <source>', 'upstream source (required by jsonld, greenhouse, lever and text)')
    .option('-t, --content-type <type>', 'media type the payload would be sent with (helps auto detection)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const opts = program.opts<{ format: PayloadFormat; source?: string; contentType?: string }>();
  const receivedAt = io.now();
  try {
    const result = normalizePayload({
      body: io.stdin,
      format: opts.format,
      source: opts.source,
      contentType: opts.contentType,
      receivedAt,
    });
    let failed = 0;
    for (const item of result.items) {
      if (!item.ok) {
        failed++;
        const who = item.externalId ? ` (externalId ${item.externalId})` : '';
        for (const issue of item.issues) io.err(`item ${item.index}${who}: ${issue.path}: ${issue.message}`);
        continue;
      }
      if (item.action === 'upsert') {
        const posting: Posting = {
          postingId: postingIdOf(item.posting.source, item.posting.externalId),
          version: postingVersionOf(item.posting, receivedAt),
          ...item.posting,
        };
        io.out(JSON.stringify({ index: item.index, action: 'upsert', posting }));
      } else {
        const { ok: _ok, ...close } = item;
        io.out(JSON.stringify(close));
      }
    }
    io.err(`${result.format}: ${result.items.length - failed} item(s) normalized, ${failed} refused`);
    return failed > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof JobstreamError) {
      io.err(`${e.code}: ${e.message}`);
      for (const issue of e.issues) io.err(`  ${issue.path}: ${issue.message}`);
      return 1;
    }
    throw e;
  }
};
