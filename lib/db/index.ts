export * from './database';
export * from './schema';
export * from './tab-reads';
