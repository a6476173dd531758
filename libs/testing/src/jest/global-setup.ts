import { ServiceEnv, resolveServices } from '../lib/services';
import type { StartedTestContainer } from 'testcontainers';

/** Handed to the global teardown (same process). */
export const globalState = globalThis as typeof globalThis & { __JOBSTREAM_CONTAINERS__?: StartedTestContainer[] };

/** Resolves Kafka and MongoDB once per run and passes them to the test workers through process.env. */
export default async function globalSetup(): Promise<void> {
  const services = await resolveServices(process.env);
  process.env[ServiceEnv.kafkaBrokers] = services.kafkaBrokers.join(',');
  process.env[ServiceEnv.mongoUrl] = services.mongoUrl;
  if (services.containers?.length) {
    globalState.__JOBSTREAM_CONTAINERS__ = services.containers;
    process.env[ServiceEnv.kafkaContainerId] = services.containers[0].getId();
  }
  process.stdout.write(`\n[jobstream tests] Kafka ${services.kafkaBrokers.join(',')} | MongoDB ${services.mongoUrl} (${services.origin})\n`);
}
