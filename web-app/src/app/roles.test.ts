import { decodeJwt, identityFromClaims, landingFor } from './roles';

function jwt(claims: Record<string, unknown>): string {
  const b64 = (v: unknown) => btoa(JSON.stringify(v)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${b64({ alg: 'RS256' })}.${b64(claims)}.signature`;
}

const identity = (claims: Record<string, unknown>) => identityFromClaims(decodeJwt(jwt(claims)));

describe('roles and landing page', () => {
  it('sends agents and tenant admins of a tenant to the inbox', () => {
    expect(landingFor(identity({ realm_access: { roles: ['agent'] }, tenant_id: 't1' }))).toBe('/inbox');
    expect(landingFor(identity({ realm_access: { roles: ['tenant-admin', 'offline_access'] }, tenant_id: 't1' }))).toBe('/inbox');
  });

  it('sends platform staff to the console, never to an inbox', () => {
    expect(landingFor(identity({ realm_access: { roles: ['platform-admin'] } }))).toBe('/console');
    expect(landingFor(identity({ realm_access: { roles: ['platform-admin', 'agent'] }, tenant_id: 't1' }))).toBe('/console');
  });

  it('sends a token without a tenant (and not staff) to the page that says so', () => {
    expect(landingFor(identity({ realm_access: { roles: ['agent'] } }))).toBe('/no-tenant');
    expect(landingFor(identity({ realm_access: { roles: ['agent'] }, tenant_id: '' }))).toBe('/no-tenant');
    expect(landingFor(identity({ tenant_id: 't1' }))).toBe('/no-tenant');
  });

  it('reads the person from the token', () => {
    expect(identity({ sub: 'u1', preferred_username: 'acme-agent', name: 'Ana', realm_access: { roles: ['agent', 'x'] }, tenant_id: 't1' }))
      .toEqual({ userId: 'u1', username: 'acme-agent', displayName: 'Ana', roles: ['agent'], tenantId: 't1' });
  });

  it('reads nothing from a token it cannot decode', () => {
    expect(decodeJwt('garbage')).toEqual({});
    expect(decodeJwt('a.%%%.c')).toEqual({});
  });

  it('decodes non-ASCII names', () => {
    const token = `x.${btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify({ name: 'João' }))))}.y`;
    expect(decodeJwt(token)['name']).toBe('João');
  });
});
