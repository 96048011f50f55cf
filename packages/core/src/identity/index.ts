export * from './identity.ports';
export * from './passwords';
export * from './accounts';
export * from './sessions';
export * from './api-tokens';
export * from './login-throttle';
export * from './oidc-sign-in';
export * from './account-admin';
