#!/usr/bin/env node
/**
 * `npm run -s dlq -- list --topic <dlq topic> [--code CODE] [--limit N] [--json]`
 * `npm run -s dlq -- replay --topic <dlq topic> [--code CODE] [--offset P:O ...] [--dry-run]`
 * (KAFKA_BROKERS, KAFKA_TOPIC_PREFIX as for the services; `--help` on each command.)
 */
import { runDlqCli } from './dlq.command';

runDlqCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`dlq: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
