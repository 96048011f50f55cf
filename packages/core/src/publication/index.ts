export * from './build-public-document';
export * from './publication-settings';
export * from './public-pages';
export * from './published-notice';
