export * from './money';
export * from './page-read';
