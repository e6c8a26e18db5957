import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { BrowserRouter } from 'react-router';
import { bindAuth } from '../api/auth';
import { createQueryClient } from '../api/queryClient';
import { cssVariables, theme } from '../ui/theme';
import { AuthGate } from './AuthGate';
import type { RuntimeConfig } from './config';
import { ConfigContext } from './ConfigContext';
import { ErrorBoundary } from './ErrorBoundary';
import { AppRoutes } from './AppRoutes';
import { createUserManager, finishSignIn } from './userManager';

export function App({ config }: { config: RuntimeConfig }) {
  const userManager = useMemo(() => {
    const manager = createUserManager(config);
    bindAuth(manager);
    return manager;
  }, [config]);
  const queryClient = useMemo(() => createQueryClient(), []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <ErrorBoundary>
        <ConfigContext.Provider value={config}>
          <AuthProvider userManager={userManager} onSigninCallback={finishSignIn}>
            <QueryClientProvider client={queryClient}>
              <AuthGate>
                <BrowserRouter>
                  <AppRoutes />
                </BrowserRouter>
              </AuthGate>
            </QueryClientProvider>
          </AuthProvider>
        </ConfigContext.Provider>
      </ErrorBoundary>
    </MantineProvider>
  );
}
