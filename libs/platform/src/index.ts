export * from './lib/config/parse-config';
export * from './lib/logging/logger';
export * from './lib/logging/request-logging.middleware';
export * from './lib/http/error-mapping';
export * from './lib/http/jobstream-exception.filter';
export * from './lib/health/health';
export { metricsRegistry, counter, histogram, httpRequestDuration, collectProcessMetrics } from './lib/metrics/metrics';
export * from './lib/bootstrap/http-service';
export * from './lib/kafka/kafka.providers';
