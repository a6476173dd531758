import {
  Controller,
  Get,
  Inject,
  Module,
  Res,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
} from '@nestjs/common';
import type { Response } from 'express';

/** A named readiness probe supplied by an app (Kafka admin ping, Mongo ping); throws when not ready. */
export interface HealthCheck {
  name: string;
  check(): Promise<void>;
  /** Milliseconds before the check counts as failed; 3,000 by default. */
  timeoutMs?: number;
}

export type CheckResult = { status: 'ok' } | { status: 'error'; error: string };
export interface ReadinessReport {
  status: 'ok' | 'error';
  checks: Record<string, CheckResult>;
}

export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');

/** Set on shutdown so load balancers stop sending traffic while in-flight work finishes. */
export const shutdownState = { shuttingDown: false };

const withTimeout = <T>(p: Promise<T>, ms: number, name: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} check timed out after ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });

/** Runs every check concurrently; pure of Nest so it can be tested and reused. */
export const runHealthChecks = async (checks: readonly HealthCheck[]): Promise<ReadinessReport> => {
  const results = await Promise.all(
    checks.map(async (c): Promise<[string, CheckResult]> => {
      try {
        await withTimeout(Promise.resolve().then(() => c.check()), c.timeoutMs ?? 3000, c.name);
        return [c.name, { status: 'ok' }];
      } catch (e) {
        return [c.name, { status: 'error', error: e instanceof Error ? e.message : String(e) }];
      }
    }),
  );
  const report: ReadinessReport = { status: 'ok', checks: Object.fromEntries(results) };
  if (results.some(([, r]) => r.status === 'error')) report.status = 'error';
  if (shutdownState.shuttingDown) {
    report.status = 'error';
    report.checks['shutdown'] = { status: 'error', error: 'shutting down' };
  }
  return report;
};

@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[]) {}

  /** The process is up and its event loop answers. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 when every check passes, else 503 naming what failed. */
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const report = await runHealthChecks(this.checks);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  }
}

export interface HealthModuleAsyncOptions {
  imports?: ModuleMetadata['imports'];
  inject?: InjectionToken[];
  /** Receives the injected providers in order and returns the checks. */
  useFactory: (...deps: never[]) => HealthCheck[] | Promise<HealthCheck[]>;
}

/** `GET /health/live` and `GET /health/ready`. */
@Module({})
export class HealthModule {
  static register(options: { checks: HealthCheck[] }): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [{ provide: HEALTH_CHECKS, useValue: options.checks }],
    };
  }

  static registerAsync(options: HealthModuleAsyncOptions): DynamicModule {
    return {
      module: HealthModule,
      imports: options.imports ?? [],
      controllers: [HealthController],
      providers: [
        {
          provide: HEALTH_CHECKS,
          inject: options.inject ?? [],
          useFactory: options.useFactory as (...deps: unknown[]) => HealthCheck[] | Promise<HealthCheck[]>,
        },
      ],
    };
  }
}
