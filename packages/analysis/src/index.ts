export * from './postmortem-format';
export * from './timeline';
