export * from './postmortem-format';
export * from './timeline';
export * from './log-templates';
export * from './timestamps';
export * from './redaction';
export * from './similarity';
export * from './metrics';
export * from './blameless';
