export * from './postmortem-templates';
