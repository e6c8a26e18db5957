import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { RuntimeConfig } from './config';

/**
 * Authorization code + PKCE (S256) against Keycloak. Tokens stay in memory only (a reload signs in again
 * through Keycloak's session); the short-lived PKCE state of a redirect is kept in sessionStorage.
 */
export function createUserManager(config: RuntimeConfig, origin: string = window.location.origin): UserManager {
  return new UserManager({
    authority: `${config.keycloakUrl}/realms/${encodeURIComponent(config.realm)}`,
    client_id: config.clientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    monitorSession: false,
    loadUserInfo: false,
  });
}

/** After the redirect back: drop ?code&state from the address and return to where the person was. */
export function finishSignIn(user: { state?: unknown } | void): void {
  const state = user && typeof user.state === 'object' && user.state !== null ? (user.state as { returnTo?: unknown }) : {};
  const returnTo = typeof state.returnTo === 'string' && state.returnTo.startsWith('/') ? state.returnTo : '/';
  window.history.replaceState({}, document.title, returnTo);
}
