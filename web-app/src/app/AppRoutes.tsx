import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FullPageMessage } from '../ui/FullPageMessage';
import { useIdentity } from './IdentityContext';
import { Layout } from './Layout';
import { NoTenantPage } from './NoTenantPage';
import { NotFoundPage } from './NotFoundPage';
import { canAdminister, canUseConsole, canUseInbox, landingFor } from './roles';

const InboxPage = lazy(() => import('../inbox/InboxPage'));
const ConsolePage = lazy(() => import('../console/ConsolePage'));
const AdminPage = lazy(() => import('../admin/AdminPage'));

function Loading() {
  const { t } = useTranslation();
  return <FullPageMessage title={t('common.loading')} loading asMain={false} />;
}

export function AppRoutes() {
  const identity = useIdentity();
  const landing = landingFor(identity);
  return (
    <Routes>
      <Route path="/" element={<Navigate to={landing} replace />} />
      <Route path="/no-tenant" element={<NoTenantPage />} />
      <Route element={<Layout />}>
        <Route
          path="/inbox/:conversationId?"
          element={
            canUseInbox(identity) ? (
              <Suspense fallback={<Loading />}>
                <InboxPage />
              </Suspense>
            ) : (
              <Navigate to={landing} replace />
            )
          }
        />
        <Route
          path="/admin/*"
          element={
            canAdminister(identity) ? (
              <Suspense fallback={<Loading />}>
                <AdminPage />
              </Suspense>
            ) : (
              <Navigate to={landing} replace />
            )
          }
        />
        <Route
          path="/console/*"
          element={
            canUseConsole(identity) ? (
              <Suspense fallback={<Loading />}>
                <ConsolePage />
              </Suspense>
            ) : (
              <Navigate to={landing} replace />
            )
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
