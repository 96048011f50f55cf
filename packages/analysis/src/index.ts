export * from './postmortem-format';
