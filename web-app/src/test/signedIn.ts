/**
 * Stands in for src/api/auth.ts in component tests: a person signed in for good (a token that never needs renewing).
 * Use as `vi.mock('…/api/auth', () => import('…/test/signedIn'))`.
 */
export const accessToken = async () => 'token';
export const freshAccessToken = async () => 'token';
export const renewSession = async () => false;
export const signInAgain = async () => {};
export const bindAuth = () => {};
