import type { UserManager } from 'oidc-client-ts';
import { setAppStatus } from './appStatus';

/** The signed-in session as the API layer needs it: the token, and a way to renew it. */
let manager: UserManager | null = null;
let renewing: Promise<boolean> | null = null;

export function bindAuth(userManager: UserManager): void {
  manager = userManager;
  // a renewal that fails for good (Keycloak session over): ask to sign in again, drafts stay
  userManager.events.addSilentRenewError(() => setAppStatus({ sessionExpired: true }));
  userManager.events.addUserLoaded(() => setAppStatus({ sessionExpired: false }));
}

export async function accessToken(): Promise<string | null> {
  const user = await manager?.getUser();
  return user && !user.expired ? user.access_token : null;
}

/** A token valid for at least `seconds` more (renewed first when it is not); null when none can be had. */
export async function freshAccessToken(seconds = 30): Promise<string | null> {
  const user = await manager?.getUser();
  if (user && !user.expired && (user.expires_in ?? 0) > seconds) return user.access_token;
  return (await renewSession()) ? accessToken() : null;
}

/** Tries a silent renewal once (shared by concurrent callers); when it fails the app asks to sign in again. */
export function renewSession(): Promise<boolean> {
  if (!manager) return Promise.resolve(false);
  renewing ??= manager
    .signinSilent()
    .then((user) => user !== null)
    .catch(() => false)
    .then((ok) => {
      renewing = null;
      if (!ok) setAppStatus({ sessionExpired: true });
      return ok;
    });
  return renewing;
}

/** Back to Keycloak's sign-in, then to the same page; drafts stay in sessionStorage meanwhile. */
export function signInAgain(): Promise<void> {
  const returnTo = window.location.pathname + window.location.search;
  return manager ? manager.signinRedirect({ state: { returnTo } }) : Promise.resolve();
}
