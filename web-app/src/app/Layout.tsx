import { AppShell, Box, Group, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { Banners } from './Banners';
import { CompanyTimeZone } from './CompanyTimeZone';
import { useIdentity } from './IdentityContext';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LiveConnection } from './LiveConnection';
import { canAdminister, canUseConsole, canUseInbox } from './roles';
import { UserMenu } from './UserMenu';

export const HEADER_HEIGHT = 52;

/** Header (product, sections, language, person) and banners above every signed-in page. */
export function Layout() {
  const { t } = useTranslation();
  const identity = useIdentity();
  return (
    <AppShell header={{ height: HEADER_HEIGHT }} padding={0}>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="md" wrap="nowrap">
            <Text fw={700} size="sm" visibleFrom="xs">
              {t('app.name')}
            </Text>
            <nav aria-label={t('header.sections')}>
              <Group gap="sm" wrap="nowrap">
                {canUseInbox(identity) && (
                  <Anchor component={NavLink} to="/inbox" size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t('nav.inbox')}
                  </Anchor>
                )}
                {canAdminister(identity) && (
                  <Anchor component={NavLink} to="/admin" size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t('nav.admin')}
                  </Anchor>
                )}
                {canUseConsole(identity) && (
                  <Anchor component={NavLink} to="/console" size="sm">
                    {t('nav.console')}
                  </Anchor>
                )}
              </Group>
            </nav>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {/* on a phone the language is chosen in the person's menu: the header has no room */}
            <Box visibleFrom="xs">
              <LanguageSwitcher />
            </Box>
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main style={{ display: 'flex', flexDirection: 'column', height: '100dvh' }}>
        <Banners />
        <div style={{ flex: 1, minHeight: 0 }}>
          {canUseInbox(identity) ? (
            <CompanyTimeZone>
              <LiveConnection>
                <Outlet />
              </LiveConnection>
            </CompanyTimeZone>
          ) : (
            <Outlet />
          )}
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
