import { Button, Menu, Text } from '@mantine/core';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { useIdentity } from './IdentityContext';

export function UserMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  const identity = useIdentity();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="xs" aria-label={t('header.account', { name: identity.displayName })}>
          <Text size="xs" truncate maw={120}>
            {identity.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{identity.username}</Menu.Label>
        <Menu.Item onClick={() => void auth.signoutRedirect()}>{t('header.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
