/**
 * Where the integration tests find Kafka and a MongoDB-wire store:
 *  1. KAFKA_BROKERS and MONGO_URL from the environment (the local stack, CI, a developer's cluster);
 *  2. otherwise testcontainers, when a container runtime (Docker) answers;
 *  3. otherwise a clear error naming the command that starts the local stack.
 * Only relative imports here: Jest loads the global setup outside its module mapper.
 */
import type { StartedTestContainer } from 'testcontainers';

export interface ResolvedServices {
  kafkaBrokers: string[];
  mongoUrl: string;
  /** How they were found. */
  origin: 'env' | 'testcontainers';
}

export const NO_SERVICES_MESSAGE =
  'No Kafka/MongoDB: set KAFKA_BROKERS and MONGO_URL, or start the local stack with `npm run stack:up` ' +
  '(then `source .local/stack.env`), or install Docker';

/** Env names through which the global setup hands the services to the test workers. */
export const ServiceEnv = {
  kafkaBrokers: 'KAFKA_BROKERS',
  mongoUrl: 'MONGO_URL',
  /** Set when the harness started the containers: id of the Kafka container (for outage tests). */
  kafkaContainerId: 'JOBSTREAM_TEST_KAFKA_CONTAINER_ID',
} as const;

export const KAFKA_IMAGE = process.env['JOBSTREAM_TEST_KAFKA_IMAGE'] ?? 'confluentinc/cp-kafka:7.9.0';
export const MONGO_IMAGE = process.env['JOBSTREAM_TEST_MONGO_IMAGE'] ?? 'mongo:7.0';

export const parseBrokers = (value: string): string[] =>
  value
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);

/** Services from the environment, or null when either variable is missing. */
export const servicesFromEnv = (env: NodeJS.ProcessEnv = process.env): ResolvedServices | null => {
  const brokers = parseBrokers(env[ServiceEnv.kafkaBrokers] ?? '');
  const mongoUrl = (env[ServiceEnv.mongoUrl] ?? '').trim();
  if (brokers.length === 0 || mongoUrl === '') return null;
  return { kafkaBrokers: brokers, mongoUrl, origin: 'env' };
};

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T | null> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });

/** True when testcontainers finds a container runtime that answers within `timeoutMs`. */
export const containerRuntimeAvailable = async (timeoutMs = 5000): Promise<boolean> => {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await withTimeout(getContainerRuntimeClient(), timeoutMs);
    return client !== null;
  } catch {
    return false;
  }
};

export interface StartedServices extends ResolvedServices {
  containers: StartedTestContainer[];
}

/** Starts Kafka (KRaft) and MongoDB with testcontainers. */
export const startContainers = async (): Promise<StartedServices> => {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { MongoDBContainer } = await import('@testcontainers/mongodb');
  const [kafka, mongo] = await Promise.all([new KafkaContainer(KAFKA_IMAGE).withKraft().start(), new MongoDBContainer(MONGO_IMAGE).start()]);
  const mongoUrl = mongo.getConnectionString();
  return {
    kafkaBrokers: [`${kafka.getHost()}:${kafka.getMappedPort(9093)}`],
    mongoUrl: mongoUrl.includes('directConnection') ? mongoUrl : `${mongoUrl}${mongoUrl.includes('?') ? '&' : '?'}directConnection=true`,
    origin: 'testcontainers',
    containers: [kafka, mongo],
  };
};

/**
 * The services for this test run. Without env variables it starts containers (the caller owns them:
 * stop them with `stopServices`), or throws `NO_SERVICES_MESSAGE` when no container runtime answers.
 */
export const resolveServices = async (env: NodeJS.ProcessEnv = process.env): Promise<ResolvedServices & { containers?: StartedTestContainer[] }> => {
  const fromEnv = servicesFromEnv(env);
  if (fromEnv) return fromEnv;
  if (await containerRuntimeAvailable()) return startContainers();
  throw new Error(NO_SERVICES_MESSAGE);
};

export const stopServices = async (services: { containers?: StartedTestContainer[] }): Promise<void> => {
  await Promise.all((services.containers ?? []).map((c) => c.stop().catch(() => undefined)));
};
