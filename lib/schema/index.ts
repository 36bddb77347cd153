export * from './money';
export * from './page-read';
export * from './title';
export * from './fabe';
export * from './history';
export * from './prices';
export * from './review-analysis';
