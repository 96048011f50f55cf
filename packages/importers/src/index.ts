export * from './importer';
export * from './registry';
export * from './generic-deploy';
