import { describe, expect, it } from 'vitest';
import { readOidcOptions } from '../src/identity/oidc-options';

const base = {
  AFTERMATH_OIDC_ISSUER: 'http://127.0.0.1:4010',
  AFTERMATH_OIDC_CLIENT_ID: 'aftermath',
  AFTERMATH_OIDC_CLIENT_SECRET: ['client', 'secret', 'probe'].join('-'),
  AFTERMATH_OIDC_REDIRECT_URL: 'http://127.0.0.1:4000/api/v1/auth/oidc/callback',
};

describe('OpenID Connect team mapping from the environment', () => {
  it('reads value=team:role pairs from the groups claim unless another is named', () => {
    const options = readOidcOptions({
      ...base,
      AFTERMATH_OIDC_TEAMS: 'sre-oncall=sre:responder, security=sec:viewer, sre-oncall=db:viewer',
    });
    expect(options?.roleMapping.teams).toEqual({
      claim: 'groups',
      values: {
        'sre-oncall': [
          { team: 'sre', role: 'responder' },
          { team: 'db', role: 'viewer' },
        ],
        security: [{ team: 'sec', role: 'viewer' }],
      },
    });
    const named = readOidcOptions({
      ...base,
      AFTERMATH_OIDC_TEAMS: 'ops=ops:reviewer',
      AFTERMATH_OIDC_TEAM_CLAIM: 'realm_access.roles',
    });
    expect(named?.roleMapping.teams?.claim).toBe('realm_access.roles');
    expect(readOidcOptions(base)?.roleMapping.teams).toBeUndefined();
  });

  it('refuses a malformed pair, naming the variable and the pair', () => {
    for (const bad of ['sre-oncall=sre', 'sre-oncall=sre:boss', '=sre:viewer', 'x=:viewer']) {
      expect(() => readOidcOptions({ ...base, AFTERMATH_OIDC_TEAMS: bad })).toThrow(
        /^AFTERMATH_OIDC_TEAMS: ".*" is not value=team:role/,
      );
    }
  });
});
