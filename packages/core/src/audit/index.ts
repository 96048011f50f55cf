export * from './audit.ports';
export * from './audit-chain';
export * from './audit-actor';
export * from './audit-log';
