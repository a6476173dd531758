import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { Writable } from 'node:stream';
import { createLogger } from '../logging/logger';
import { HealthModule } from '../health/health';
import { createHttpService, type HttpService } from './http-service';

@Controller('echo')
class EchoController {
  @Post()
  echo(@Body() body: unknown): unknown {
    return { received: body };
  }

  @Get('boom')
  boom(): never {
    throw new Error('secret internals: db password is hunter2');
  }

  @Get('gone')
  gone(): never {
    throw new JobstreamError(ErrorCodes.brokerUnavailable, 'Kafka is unreachable');
  }
}

let kafkaUp = true;

@Module({
  imports: [
    HealthModule.register({
      checks: [
        { name: 'kafka', check: async () => { if (!kafkaUp) throw new Error('broker down'); } },
        { name: 'mongo', check: async () => undefined },
      ],
    }),
  ],
  controllers: [EchoController],
})
class TestAppModule {}

describe('createHttpService (in-process HTTP, no external services)', () => {
  let service: HttpService;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
        cb();
      },
    });
    service = await createHttpService(TestAppModule, {
      name: 'test-service',
      port: 0,
      host: '127.0.0.1',
      logger: createLogger({ name: 'test-service', level: 'info', destination: sink }),
      body: { mode: 'json', limitBytes: 200 },
      handleSignals: false,
    });
  });
  afterAll(() => service.close());

  it('Given the process is up, When /health/live is asked, Then 200', async () => {
    const res = await fetch(`${service.url}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('Given every check passes, When /health/ready is asked, Then 200 with each check', async () => {
    kafkaUp = true;
    const res = await fetch(`${service.url}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { kafka: { status: 'ok' }, mongo: { status: 'ok' } } });
  });

  it('Given a failing check, When /health/ready is asked, Then 503 naming it', async () => {
    kafkaUp = false;
    const res = await fetch(`${service.url}/health/ready`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      status: 'error',
      checks: { kafka: { status: 'error', error: 'broker down' }, mongo: { status: 'ok' } },
    });
  });

  it('Given valid JSON, When posted, Then the controller sees it', async () => {
    const res = await fetch(`${service.url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ received: { a: 1 } });
  });

  it('Given malformed JSON, When posted, Then 400 PAYLOAD.UNREADABLE', async () => {
    const res = await fetch(`${service.url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD.UNREADABLE');
  });

  it('Given a body over the limit, When posted, Then 413 PAYLOAD.TOO_LARGE', async () => {
    const res = await fetch(`${service.url}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ a: 'x'.repeat(500) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD.TOO_LARGE');
  });

  it('Given an unexpected error, When raised, Then 500 without internals', async () => {
    const res = await fetch(`${service.url}/echo/boom`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL', message: 'Internal error', issues: [] } });
  });

  it('Given the broker is down, When a handler says so, Then 503 with Retry-After', async () => {
    const res = await fetch(`${service.url}/echo/gone`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
  });

  it('Given a client that keeps connections open, When idle between requests, Then the server waits longer than a 60 s load balancer', () => {
    const server = service.app.getHttpServer() as import('node:http').Server;
    expect(server.keepAliveTimeout).toBe(65_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });

  it('Given an unknown route, When asked, Then 404 in our error shape', async () => {
    const res = await fetch(`${service.url}/nope`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('ROUTE.NOT_FOUND');
  });

  it('Given requests were served, Then each left one JSON log line with method, path, status, duration, traceparent', async () => {
    const tp = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    await fetch(`${service.url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json', traceparent: tp }, body: '{}' });
    const line = lines.find((l) => l['msg'] === 'http request' && l['traceparent'] === tp);
    expect(line).toMatchObject({ service: 'test-service', level: 'info', method: 'POST', path: '/echo', status: 201 });
    expect(typeof line?.['durationMs']).toBe('number');
    expect(lines.some((l) => l['component'] === 'nest')).toBe(true);
  });

  it('Given metrics are collected, When /metrics is scraped, Then the request histogram is there', async () => {
    const res = await fetch(`${service.url}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('http_request_duration_seconds_bucket');
  });
});
