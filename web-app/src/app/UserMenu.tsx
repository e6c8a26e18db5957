import { Avatar, Box, Button, Menu, Text } from '@mantine/core';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { useIdentity } from './IdentityContext';
import { LanguageSwitcher } from './LanguageSwitcher';

export function UserMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  const identity = useIdentity();
  return (
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button variant="subtle" size="xs" px={6} aria-label={t('header.account', { name: identity.displayName })}>
          <Text size="xs" truncate maw={120} visibleFrom="sm">
            {identity.displayName}
          </Text>
          {/* a phone's header has room for a person's icon only (no initials: a label must contain what it shows) */}
          <Avatar size={26} color="blue" hiddenFrom="sm" aria-hidden />
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{identity.username}</Menu.Label>
        <Box hiddenFrom="xs" px="xs" pb="xs">
          <LanguageSwitcher />
        </Box>
        <Menu.Item onClick={() => void auth.signoutRedirect()}>{t('header.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
