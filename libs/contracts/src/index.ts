export * from './lib/topics';
export * from './lib/posting.schema';
export * from './lib/enrichment.schema';
export * from './lib/events.schema';
export * from './lib/cloudevents';
export * from './lib/errors';
export * from './lib/asyncapi/asyncapi.document';
