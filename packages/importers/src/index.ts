export * from './importer';
export * from './registry';
export * from './generic-deploy';
export * from './otlp';
export * from './slack';
export * from './chat';
export * from './statuspage';
export * from './logs';
