import { Counter, Histogram, Registry, collectDefaultMetrics, type Metric } from 'prom-client';

/** The process-wide registry served on `GET /metrics`. */
export const metricsRegistry = new Registry();
let defaultsCollected = false;

const getOrCreate = <M extends Metric>(name: string, create: () => M): M =>
  (metricsRegistry.getSingleMetric(name) as M | undefined) ?? create();

/** A counter registered once per process (several app instances in one test process share it). */
export const counter = (name: string, help: string, labelNames: string[] = []): Counter<string> =>
  getOrCreate(name, () => new Counter({ name, help, labelNames, registers: [metricsRegistry] }));

export const histogram = (name: string, help: string, labelNames: string[] = [], buckets?: number[]): Histogram<string> =>
  getOrCreate(name, () => new Histogram({ name, help, labelNames, buckets, registers: [metricsRegistry] }));

export const httpRequestDuration = (): Histogram<string> =>
  histogram('http_request_duration_seconds', 'HTTP requests by method, route and status', ['method', 'route', 'status'], [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
  ]);

export const collectProcessMetrics = (): void => {
  if (defaultsCollected) return;
  defaultsCollected = true;
  collectDefaultMetrics({ register: metricsRegistry });
};

