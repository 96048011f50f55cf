export * from './ports';
export * from './ids';
export * from './authorization';
export * from './context';
export * from './incidents';
export * from './timeline';
export * from './postmortems';
export * from './actions';
