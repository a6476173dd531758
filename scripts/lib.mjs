// Helpers shared by the start, demo and bench scripts (plain Node, no dependencies).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const SERVICES = [
  { name: 'ingest', port: Number(process.env.INGEST_PORT ?? 3001) },
  { name: 'enrichment', port: Number(process.env.ENRICHMENT_PORT ?? 3002) },
  { name: 'search', port: Number(process.env.SEARCH_PORT ?? 3003) },
];

/** Reads `.local/stack.env` (written by `npm run stack:up`) into an object. */
export function localStackEnv() {
  const file = join(root, '.local', 'stack.env');
  if (!existsSync(file)) return {};
  const env = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = line.match(/^(?:export\s+)?([A-Z0-9_]+)=["']?([^"'\n]*)["']?$/);
    if (m) env[m[1]] = m[2];
  }
  return env;
}

export const tcpOpen = (host, port, timeoutMs = 1000) =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });

const hostPort = (s, defPort) => {
  const m = s.replace(/^mongodb:\/\//, '').split('/')[0].split(',')[0];
  const [host, port] = m.includes('@') ? m.split('@')[1].split(':') : m.split(':');
  return [host || '127.0.0.1', Number(port || defPort)];
};

/**
 * The environment the services run with: KAFKA_BROKERS/MONGO_URL from the caller, else the local stack
 * (started here when it is not running).
 */
export async function serviceEnv({ ensureStack = true } = {}) {
  const env = { ...process.env };
  if (!env.KAFKA_BROKERS || !env.MONGO_URL) {
    let stack = localStackEnv();
    const kafka = stack.KAFKA_BROKERS ?? 'localhost:9092';
    const mongo = stack.MONGO_URL ?? 'mongodb://127.0.0.1:27017/jobstream';
    const up = (await tcpOpen(...hostPort(kafka, 9092))) && (await tcpOpen(...hostPort(mongo, 27017)));
    if (!up && ensureStack) {
      console.log('[jobstream] local stack not running: starting it (npm run stack:up)');
      const r = spawnSync('bash', [join(root, 'deploy/local/stack-up.sh')], { stdio: 'inherit', cwd: root });
      if (r.status !== 0) throw new Error('could not start the local stack: see the messages above');
      stack = localStackEnv();
    }
    env.KAFKA_BROKERS ??= stack.KAFKA_BROKERS ?? kafka;
    env.MONGO_URL ??= stack.MONGO_URL ?? mongo;
  }
  return env;
}

/** Starts one service as a child process (TypeScript run by tsx), its JSON log lines prefixed. */
export function startService(name, env, { quiet = false } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, `apps/${name}/src/main.ts`)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream.on('data', (chunk) => {
      buf += chunk;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (!quiet) process.stdout.write(prefix + line + '\n');
      }
    });
  }
  return child;
}

export async function waitReady(port, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  throw new Error(`service on port ${port} not ready after ${timeoutMs} ms`);
}

export function stopAll(children, signal = 'SIGTERM') {
  return Promise.all(
    children.map(
      (c) =>
        new Promise((resolve) => {
          if (c.exitCode !== null || c.signalCode) return resolve();
          const t = setTimeout(() => c.kill('SIGKILL'), 15000);
          c.once('exit', () => {
            clearTimeout(t);
            resolve();
          });
          c.kill(signal);
        }),
    ),
  );
}
