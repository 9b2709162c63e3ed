export * from './codec';
export * from './envelope';
export * from './event-schemas';
export * from './fingerprint';
export * from './schema-store';
export * from './topics';
export * from './generated/events';
export * from './json-form';
