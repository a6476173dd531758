#!/usr/bin/env node
import { runNormalizeCli } from './normalize.command';

/** `npm run -s normalize -- --format auto|jsonld|greenhouse|lever|text|json [--source S] < payload` */
const readStdin = async (): Promise<string> => {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const main = async (): Promise<void> => {
  const stdin = await readStdin();
  const code = runNormalizeCli(process.argv.slice(2), {
    stdin,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    now: () => new Date(),
  });
  process.exitCode = code;
};

main().catch((e: unknown) => {
  process.stderr.write(`normalize: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
