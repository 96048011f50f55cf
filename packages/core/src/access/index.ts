export * from './access.ports';
export * from './team-members';
export * from './incident-members';
export * from './load-grants';
