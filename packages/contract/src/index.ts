export * from './route';
export * from './routes';
export * from './schemas';
export * from './openapi';
export * from './client';
export * from './operations/search';
export * from './operations/analysis';
