import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { IdentityContext } from '../app/IdentityContext';
import type { Identity } from '../app/roles';
import i18n from '../i18n';
import { TimeZoneContext } from '../i18n/format';
import { theme } from '../ui/theme';

export const agent: Identity = {
  userId: 'me',
  username: 'acme-agent',
  displayName: 'Ana Agent',
  roles: ['agent'],
  tenantId: 'a0000000-0000-4000-8000-000000000001',
};

/**
 * Renders with the app's providers: theme, a fresh query cache (`seed` fills it first), i18n in the given
 * language, an agent signed in.
 */
export async function renderWithApp(
  ui: ReactElement,
  { language = 'en', identity = agent, seed = (_: QueryClient) => {} } = {},
) {
  await i18n.changeLanguage(language);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  seed(client);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MantineProvider theme={theme} env="test">
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={client}>
          <IdentityContext.Provider value={identity}>
            <TimeZoneContext.Provider value="America/Sao_Paulo">{children}</TimeZoneContext.Provider>
          </IdentityContext.Provider>
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  );
  const result = render(ui, { wrapper });
  return { ...result, client };
}
