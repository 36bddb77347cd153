export * from './database';
export * from './drafts';
export * from './recent-reads';
export * from './schema';
export * from './tab-reads';
