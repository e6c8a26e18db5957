/** What the access token says about the person: roles (realm_access.roles) and tenant (tenant_id). */
export type Role = 'platform-admin' | 'tenant-admin' | 'agent';

export interface Identity {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  tenantId: string | null;
}

const KNOWN: Role[] = ['platform-admin', 'tenant-admin', 'agent'];

/** Decodes a JWT's payload (no signature check: the services check it; this only decides what to show). */
export function decodeJwt(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function identityFromClaims(claims: Record<string, unknown>): Identity {
  const access = claims['realm_access'];
  const rawRoles =
    typeof access === 'object' && access !== null && Array.isArray((access as { roles?: unknown }).roles)
      ? ((access as { roles: unknown[] }).roles)
      : [];
  const roles = KNOWN.filter((r) => rawRoles.includes(r));
  const tenant = claims['tenant_id'];
  const str = (key: string) => (typeof claims[key] === 'string' ? (claims[key] as string) : '');
  const username = str('preferred_username');
  return {
    userId: str('sub'),
    username,
    displayName: str('name') || username,
    roles,
    tenantId: typeof tenant === 'string' && tenant.length > 0 ? tenant : null,
  };
}

export type Landing = '/inbox' | '/console' | '/no-tenant';

/** Where a person lands: platform staff on the console, a tenant's people on the inbox, anyone else on a page that says so. */
export function landingFor(identity: Identity): Landing {
  if (identity.roles.includes('platform-admin')) return '/console';
  if (identity.tenantId && (identity.roles.includes('agent') || identity.roles.includes('tenant-admin'))) {
    return '/inbox';
  }
  return '/no-tenant';
}

export function canUseInbox(identity: Identity): boolean {
  return landingFor(identity) === '/inbox';
}

export function canUseConsole(identity: Identity): boolean {
  return identity.roles.includes('platform-admin');
}

/** A company's administrators manage its numbers, team and settings (`/admin`). */
export function canAdminister(identity: Identity): boolean {
  return canUseInbox(identity) && identity.roles.includes('tenant-admin');
}
