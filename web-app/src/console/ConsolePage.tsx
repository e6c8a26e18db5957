import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { SectionNav } from '../ui/SectionNav';

const TenantsPage = lazy(() => import('./tenants/TenantsPage'));
const TenantPage = lazy(() => import('./tenants/TenantPage'));
const DashboardPage = lazy(() => import('./dashboard/DashboardPage'));
const OperationsPage = lazy(() => import('./operations/OperationsPage'));

const SECTIONS = ['tenants', 'dashboard', 'operations'] as const;

/**
 * The platform staff's console under a bar of its sections: the companies (where it starts), the dashboard and
 * operations. Counts and health only: no company's conversations or messages.
 */
export default function ConsolePage() {
  const { t } = useTranslation();
  return (
    <SectionNav
      label={t('console.sections')}
      sections={SECTIONS.map((section) => ({ to: `/console/${section}`, label: t(`console.section.${section}`) }))}
    >
      <Routes>
        <Route index element={<Navigate to="tenants" replace />} />
        <Route path="tenants" element={<TenantsPage />} />
        <Route path="tenants/:id" element={<TenantPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="operations" element={<OperationsPage />} />
        {/* the audit log of every company lives in operations */}
        <Route path="audit" element={<Navigate to="/console/operations#audit" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </SectionNav>
  );
}
