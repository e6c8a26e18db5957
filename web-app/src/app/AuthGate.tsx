import { type ReactNode, useEffect, useMemo } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { applyUserLanguage } from '../i18n';
import { IdentityContext } from './IdentityContext';
import { decodeJwt, identityFromClaims } from './roles';
import { FullPageMessage } from '../ui/FullPageMessage';

/** Nothing is shown before sign-in: a person without a session goes to Keycloak and comes back here. */
export function AuthGate({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const { t } = useTranslation();
  const token = auth.user?.access_token;
  const identity = useMemo(() => (token ? identityFromClaims(decodeJwt(token)) : null), [token]);
  const shouldSignIn = !auth.isLoading && !auth.isAuthenticated && !auth.error && !auth.activeNavigator;

  useEffect(() => {
    if (shouldSignIn) {
      void auth.signinRedirect({ state: { returnTo: window.location.pathname + window.location.search } });
    }
  }, [shouldSignIn, auth]);

  useEffect(() => {
    if (identity?.userId) applyUserLanguage(identity.userId);
  }, [identity?.userId]);

  if (auth.error && !auth.isAuthenticated) {
    return (
      <FullPageMessage
        title={t('auth.failedTitle')}
        body={t('auth.failedBody')}
        detail={auth.error.message}
        action={{ label: t('auth.signIn'), onClick: () => void auth.signinRedirect() }}
      />
    );
  }
  if (!identity) {
    return <FullPageMessage title={t('auth.signingIn')} loading />;
  }
  return <IdentityContext.Provider value={identity}>{children}</IdentityContext.Provider>;
}
