/** Request and answer schemas of the edge, one file per resource. */
export * from './common';
export * from './users';
export * from './accounts';
export * from './wallet';
export * from './assets';
export * from './service-contracts';
