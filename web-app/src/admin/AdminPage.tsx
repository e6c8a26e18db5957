import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { SectionNav } from '../ui/SectionNav';

const NumbersPage = lazy(() => import('./numbers/NumbersPage'));
const NewNumberPage = lazy(() => import('./numbers/NewNumberPage'));
const NumberPage = lazy(() => import('./numbers/NumberPage'));
const TeamPage = lazy(() => import('./team/TeamPage'));
const QuickRepliesPage = lazy(() => import('./quickReplies/QuickRepliesPage'));
const SettingsPage = lazy(() => import('./settings/SettingsPage'));
const TemplatesPage = lazy(() => import('./templates/TemplatesPage'));
const AuditPage = lazy(() => import('./audit/AuditPage'));
const ReportsPage = lazy(() => import('./reports/ReportsPage'));

const SECTIONS = ['numbers', 'team', 'quick-replies', 'templates', 'reports', 'settings', 'audit'] as const;

/** A company administrator's pages, under a bar of their sections. */
export default function AdminPage() {
  const { t } = useTranslation();
  return (
    <SectionNav
      label={t('admin.sections')}
      sections={SECTIONS.map((section) => ({ to: `/admin/${section}`, label: t(`admin.section.${section}`) }))}
    >
      <Routes>
        <Route index element={<Navigate to="numbers" replace />} />
        <Route path="numbers" element={<NumbersPage />} />
        <Route path="numbers/new" element={<NewNumberPage />} />
        <Route path="numbers/:id" element={<NumberPage />} />
        <Route path="team" element={<TeamPage />} />
        <Route path="quick-replies" element={<QuickRepliesPage />} />
        <Route path="templates" element={<TemplatesPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </SectionNav>
  );
}
