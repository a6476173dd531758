import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { ServiceEnv } from './services';

export type ServiceName = 'ingest' | 'enrichment' | 'search';

/** Repository root (libs/testing/src/lib -> ../../../..). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');

const PORT_ENV: Record<ServiceName, string> = { ingest: 'INGEST_PORT', enrichment: 'ENRICHMENT_PORT', search: 'SEARCH_PORT' };

/** A free TCP port on 127.0.0.1. */
export const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });

export interface SpawnOptions {
  /** Port of its HTTP server (health); a free one by default. */
  port?: number;
  /** How long to wait for /health/ready (default 90 s: tsx compiles on start on a busy machine). */
  readyTimeout?: number;
  /** Run the compiled `dist/apps/<app>/src/main.js` (from `npm run build`) as the Docker image does, not the sources under tsx. */
  built?: boolean;
}

export interface ServiceProcess {
  readonly app: ServiceName;
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly pid: number | undefined;
  /** Where its stdout and stderr go (one file per start). */
  readonly logFile: string;
  /** Sends the signal and waits for the process to exit; resolves with its exit code (null when killed by a signal). */
  kill(signal?: 'SIGKILL' | 'SIGTERM'): Promise<number | null>;
  /** Starts it again with the same environment and port, and waits until ready. */
  restart(): Promise<void>;
  /** True while the process runs. */
  isRunning(): boolean;
  /** The last lines it wrote (for failure messages). */
  output(): string;
}

const LOG_DIR = join(REPO_ROOT, '.local', 'test-logs');

const getStatus = async (url: string): Promise<number | null> => {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return null;
  }
};

/**
 * Starts `apps/<app>/src/main.ts` as a child process (`node --import tsx`; the compiled `dist` copy with
 * `options.built`), with the resolved
 * KAFKA_BROKERS and MONGO_URL plus `env`, and waits for its `/health/ready` to answer 200.
 */
export const spawnService = async (app: ServiceName, env: Record<string, string | undefined> = {}, options: SpawnOptions = {}): Promise<ServiceProcess> => {
  const port = options.port ?? (await freePort());
  const readyTimeout = options.readyTimeout ?? 90_000;
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info',
    [PORT_ENV[app]]: String(port),
    [ServiceEnv.kafkaBrokers]: process.env[ServiceEnv.kafkaBrokers],
    [ServiceEnv.mongoUrl]: process.env[ServiceEnv.mongoUrl],
    ...env,
  };
  mkdirSync(LOG_DIR, { recursive: true });
  let child: ChildProcess | null = null;
  let exited: Promise<number | null> = Promise.resolve(null);
  let tail: string[] = [];
  let logFile = '';
  let starts = 0;

  const launch = (): void => {
    starts += 1;
    logFile = join(LOG_DIR, `${app}-${port}-${Date.now()}-${starts}.log`);
    const log = createWriteStream(logFile);
    tail = [];
    // JOBSTREAM_SERVICE_NODE_ARGS: extra node flags for the services (e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`)
    const extra = (process.env['JOBSTREAM_SERVICE_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
    const entry = options.built ? [join('dist', 'apps', app, 'src', 'main.js')] : ['--import', 'tsx', join('apps', app, 'src', 'main.ts')];
    const c = spawn(process.execPath, [...extra, ...entry], {
      cwd: REPO_ROOT,
      env: fullEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onData = (chunk: Buffer): void => {
      log.write(chunk);
      tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      if (tail.length > 200) tail = tail.slice(-200);
    };
    c.stdout?.on('data', onData);
    c.stderr?.on('data', onData);
    exited = new Promise((res) => c.on('exit', (code) => {
      log.end();
      res(code);
    }));
    child = c;
  };

  const running = (): boolean => child !== null && child.exitCode === null && child.signalCode === null;

  const waitReady = async (): Promise<void> => {
    const deadline = Date.now() + readyTimeout;
    while (Date.now() < deadline) {
      if (!running()) throw new Error(`${app} exited before it was ready (log ${logFile}):\n${tail.slice(-40).join('\n')}`);
      if ((await getStatus(`http://127.0.0.1:${port}/health/ready`)) === 200) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${app} not ready within ${readyTimeout} ms (log ${logFile}):\n${tail.slice(-40).join('\n')}`);
  };

  const kill = async (signal: 'SIGKILL' | 'SIGTERM' = 'SIGTERM'): Promise<number | null> => {
    if (!child || !running()) return exited;
    child.kill(signal);
    return exited;
  };

  launch();
  try {
    await waitReady();
  } catch (e) {
    await kill('SIGKILL');
    throw e;
  }

  return {
    app,
    port,
    url: `http://127.0.0.1:${port}`,
    get pid() {
      return child?.pid;
    },
    get logFile() {
      return logFile;
    },
    kill,
    isRunning: running,
    output: () => tail.join('\n'),
    restart: async () => {
      if (running()) await kill('SIGTERM');
      launch();
      await waitReady();
    },
  };
};

/**
 * Stops or starts Kafka for outage tests: the local stack's `deploy/local/kafka-ctl.sh`, or, when the
 * harness started a Kafka container, that container (the same mapped port is not guaranteed by every
 * container runtime after a restart).
 */
export const kafkaCtl = async (action: 'stop' | 'start'): Promise<void> => {
  const containerId = process.env[ServiceEnv.kafkaContainerId];
  if (containerId) {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await getContainerRuntimeClient();
    const container = client.container.getById(containerId);
    if (action === 'stop') await client.container.stop(container, { timeout: 10 });
    else await client.container.start(container);
    return;
  }
  await new Promise<void>((res, rej) => {
    execFile('bash', [join(REPO_ROOT, 'deploy', 'local', 'kafka-ctl.sh'), action], { cwd: REPO_ROOT, timeout: 180_000 }, (err, stdout, stderr) => {
      if (err) rej(new Error(`kafka-ctl.sh ${action} failed: ${err.message}\n${stdout}\n${stderr}`));
      else res();
    });
  });
};
