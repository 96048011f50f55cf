export * from './build-public-document';
export * from './publication-settings';
