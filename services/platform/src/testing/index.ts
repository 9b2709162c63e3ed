export * from './eventually';
export * from './erp-events';
export * from './test-env';
export * from './topic-probe';
export * from './tracing';
export * from './reseller-world';
export * from './refusal';
export * from './applied';
