import { Alert, Anchor, Button, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { nameOf } from '../../admin/team/api';
import { describeProblem } from '../../api/problem';
import { useFormat } from '../../i18n/format';
import { consoleKeys } from '../keys';
import { AdminForm } from './AdminForm';
import { getTenant, type Tenant } from './api';
import { Lifecycle } from './Lifecycle';
import { PlanForm } from './PlanForm';
import { StatusBadge } from './StatusBadge';
import { TenantAudit } from './TenantAudit';
import { TenantMessages } from './TenantMessages';
import { TenantNumbers } from './TenantNumbers';
import { TenantPeople } from './TenantPeople';
import { UsagePanel } from './UsagePanel';

/**
 * One company for platform staff: status and plan, usage beside the limits, its numbers' health, counts of its
 * messages and its recent audit; suspension, deletion and purge. Never its conversations or messages' contents.
 */
export default function TenantPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const tenant = useQuery({ queryKey: consoleKeys.tenant(id), queryFn: () => getTenant(id), staleTime: 0 });
  return (
    <Stack p="md" gap="md" maw={1100} component="section" aria-labelledby="tenant-title">
      <Anchor component={Link} to="/console/tenants" size="sm">
        {t('console.tenant.back')}
      </Anchor>
      {tenant.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {tenant.isError && (
        <>
          <Title id="tenant-title" order={1} size="h3">
            {t('console.tenant.unknown')}
          </Title>
          <Alert color="red" title={describeProblem(tenant.error, t).message}>
            <Button size="xs" variant="light" onClick={() => void tenant.refetch()}>
              {t('common.retry')}
            </Button>
          </Alert>
        </>
      )}
      {tenant.data && <TenantDetails tenant={tenant.data} />}
    </Stack>
  );
}

function TenantDetails({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = tenant.id ?? '';
  const purged = tenant.status === 'PURGED';
  const open = tenant.status === 'ACTIVE' || tenant.status === 'SUSPENDED';
  return (
    <>
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Title id="tenant-title" order={1} size="h3" style={{ overflowWrap: 'anywhere' }}>
              {tenant.name}
            </Title>
            <StatusBadge status={tenant.status} />
          </Group>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }} data-testid="tenant-slug">
            {tenant.slug}
            {tenant.domains && tenant.domains.length > 0 ? ` · ${tenant.domains.join(', ')}` : ''}
          </Text>
          {tenant.createdAt && (
            <Text size="sm" c="dimmed">
              {t('console.tenants.since', { date: format.dateTime(tenant.createdAt) })}
            </Text>
          )}
        </div>
        {open && <AddAdmin tenant={tenant} />}
      </Group>
      {tenant.status === 'SUSPENDED' && (
        <Alert color="orange" title={t('console.tenant.suspended')} data-testid="tenant-reason">
          {tenant.statusReason ? t('console.tenants.reason', { reason: tenant.statusReason }) : t('console.tenant.noReason')}
        </Alert>
      )}
      {tenant.status === 'DELETED' && (
        <Alert color="red" title={t('console.tenant.deleted')}>
          {tenant.deletedAt ? t('console.tenant.deletedAt', { date: format.dateTime(tenant.deletedAt) }) : null}
        </Alert>
      )}
      {!purged && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <UsagePanel tenantId={id} />
          <TenantMessages tenantId={id} />
          <PlanForm tenant={tenant} />
          <TenantNumbers tenantId={id} />
          <TenantPeople tenantId={id} />
        </SimpleGrid>
      )}
      <Lifecycle tenant={tenant} />
      <TenantAudit tenant={tenant} />
    </>
  );
}

/** Another admin for the company (its first one, when it was created without). */
function AddAdmin({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const [opened, dialog] = useDisclosure(false);
  const [added, setAdded] = useState<string | null>(null);
  const company = tenant.name ?? '';
  return (
    <Stack gap={4} align="flex-end">
      <Button variant="default" onClick={dialog.open}>
        {t('console.admin.button')}
      </Button>
      {added && (
        <Alert color="teal" role="status" p="xs" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setAdded(null)}>
          {added}
        </Alert>
      )}
      <Modal
        opened={opened}
        onClose={dialog.close}
        title={t('console.admin.title', { name: company })}
        size="lg"
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <AdminForm
          tenantId={tenant.id ?? ''}
          companyName={company}
          cancelLabel={t('common.cancel')}
          onCancel={dialog.close}
          onAdded={(person, invited) => {
            setAdded(t(invited ? 'console.admin.invited' : 'console.admin.added', { name: nameOf(person), email: person.email ?? '' }));
            dialog.close();
          }}
        />
      </Modal>
    </Stack>
  );
}
