import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { FullPageMessage } from '../ui/FullPageMessage';
import { useIdentity } from './IdentityContext';

/** A valid sign-in that belongs to no organization and is not platform staff: say so, offer to sign out. */
export function NoTenantPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const identity = useIdentity();
  return (
    <FullPageMessage
      title={t('noTenant.title')}
      body={t('noTenant.body', { user: identity.username })}
      action={{ label: t('header.signOut'), onClick: () => void auth.signoutRedirect() }}
    />
  );
}
