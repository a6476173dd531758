export {
  resolveServices,
  stopServices,
  servicesFromEnv,
  containerRuntimeAvailable,
  NO_SERVICES_MESSAGE,
  ServiceEnv,
  type ResolvedServices,
} from './lib/services';
export {
  uniquePrefix,
  testBrokers,
  testMongoUrl,
  testMessaging,
  testTopicNames,
  createTestTopics,
  deleteTestTopics,
  waitFor,
  consumeAll,
  groupCaughtUp,
  waitPipelineDrained,
  type WaitForOptions,
  type ConsumeAllOptions,
} from './lib/isolation';
export { spawnService, kafkaCtl, freePort, REPO_ROOT, type ServiceName, type ServiceProcess, type SpawnOptions } from './lib/process';
