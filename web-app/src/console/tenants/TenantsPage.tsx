import { Alert, Anchor, Button, Grid, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeProblem } from '../../api/problem';
import { nameOf } from '../../admin/team/api';
import { useFormat } from '../../i18n/format';
import { useFigures } from '../figures';
import { consoleKeys } from '../keys';
import { listTenants, TENANT_STATUSES, TENANTS_PAGE, type Tenant } from './api';
import { NewTenantDialog, type Created } from './NewTenantDialog';
import { StatusBadge } from './StatusBadge';
import { useTenantFilters } from './useTenantFilters';

/** Every company of the platform: search by name or slug, status, pages; and a new company with its first admin. */
export default function TenantsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useTenantFilters();
  const [search, setSearch] = useState(query.q);
  const [creating, dialog] = useDisclosure(false);
  const [created, setCreated] = useState<Created | null>(null);
  const tenants = useQuery({
    queryKey: consoleKeys.tenantList(query),
    queryFn: () => listTenants(query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  // typing searches after a short pause; the address keeps the search
  const searchLater = useDebouncedCallback((q: string) => setQuery({ q }), 350);
  useEffect(() => setSearch(query.q), [query.q]);
  const list = tenants.data ?? [];
  const full = list.length === TENANTS_PAGE;
  const filtered = Boolean(query.q || query.status);
  return (
    <Stack p="md" gap="md" maw={1100} component="section" aria-labelledby="tenants-title">
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <div>
          <Title id="tenants-title" order={1} size="h3">
            {t('console.tenants.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('console.tenants.intro')}
          </Text>
        </div>
        <Button onClick={dialog.open}>{t('console.create.button')}</Button>
      </Group>
      {created && <CreatedNotice created={created} onClose={() => setCreated(null)} />}
      <form
        role="search"
        aria-label={t('console.tenants.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          searchLater.cancel?.();
          setQuery({ q: search });
        }}
      >
        <Grid gap="xs" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              type="search"
              label={t('console.tenants.search')}
              value={search}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setSearch(value);
                searchLater(value);
              }}
              maxLength={200}
              autoComplete="off"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NativeSelect
              label={t('console.tenants.status')}
              value={query.status ?? ''}
              onChange={(e) => setQuery({ status: (e.currentTarget.value || null) as typeof query.status })}
              data={[
                { value: '', label: t('console.tenants.anyStatus') },
                ...TENANT_STATUSES.map((s) => ({ value: s, label: t(`console.status.${s}`) })),
              ]}
            />
          </Grid.Col>
        </Grid>
      </form>
      {tenants.isError && (
        <Alert color="red" title={describeProblem(tenants.error, t).message}>
          <Button size="xs" variant="light" onClick={() => void tenants.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}
      {tenants.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      <Text size="sm" c="dimmed" role="status" data-testid="tenants-count">
        {tenants.isSuccess &&
          (list.length === 0
            ? t(filtered || query.page > 0 ? 'console.tenants.noneMatching' : 'console.tenants.none')
            : t('console.tenants.shown', { from: query.page * TENANTS_PAGE + 1, to: query.page * TENANTS_PAGE + list.length }))}
      </Text>
      <Stack gap="xs" component="ul" aria-labelledby="tenants-title" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.map((tenant) => (
          <TenantRow key={tenant.id} tenant={tenant} />
        ))}
      </Stack>
      {(query.page > 0 || full) && (
        <nav aria-label={t('console.tenants.pages')}>
          <Group justify="space-between" gap="xs">
            <Button variant="default" disabled={query.page === 0} onClick={() => setQuery({ ...query, page: query.page - 1 })}>
              {t('console.tenants.previous')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('console.tenants.page', { page: query.page + 1 })}
            </Text>
            <Button variant="default" disabled={!full} onClick={() => setQuery({ ...query, page: query.page + 1 })}>
              {t('console.tenants.next')}
            </Button>
          </Group>
        </nav>
      )}
      <NewTenantDialog opened={creating} onClose={dialog.close} onCreated={setCreated} />
    </Stack>
  );
}

function TenantRow({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = useFigures();
  const limits = tenant.limits;
  return (
    <Paper withBorder p="sm" component="li" data-testid="tenant-row">
      <Group gap="xs" wrap="wrap" align="center">
        <Anchor component={Link} to={`/console/tenants/${tenant.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {tenant.name}
        </Anchor>
        <StatusBadge status={tenant.status} />
      </Group>
      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {tenant.slug}
        {tenant.domains && tenant.domains.length > 0 ? ` · ${tenant.domains.join(', ')}` : ''}
      </Text>
      {limits && (
        <Text size="sm" c="dimmed">
          {t('console.tenants.plan', { numbers: figures.count(limits.maxConnections), people: figures.count(limits.maxAgents) })}
          {tenant.createdAt ? ` · ${t('console.tenants.since', { date: format.dateTime(tenant.createdAt) })}` : ''}
        </Text>
      )}
      {tenant.status === 'SUSPENDED' && tenant.statusReason && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('console.tenants.reason', { reason: tenant.statusReason })}
        </Text>
      )}
    </Paper>
  );
}

function CreatedNotice({ created, onClose }: { created: Created; onClose: () => void }) {
  const { t } = useTranslation();
  const { tenant, admin } = created;
  const company = tenant.name ?? '';
  return (
    <Alert color="teal" role="status" withCloseButton closeButtonLabel={t('common.close')} onClose={onClose} data-testid="tenant-created">
      <Stack gap={4}>
        <Text size="sm">{t('console.create.done', { name: company })}</Text>
        {admin && (
          <Text size="sm">
            {t(admin.invited ? 'console.admin.invited' : 'console.admin.added', {
              name: nameOf(admin.person),
              email: admin.person.email ?? '',
            })}
          </Text>
        )}
        {!admin && <Text size="sm">{t('console.create.noAdmin')}</Text>}
        <Anchor component={Link} to={`/console/tenants/${tenant.id}`} size="sm">
          {t('console.create.open', { name: company })}
        </Anchor>
      </Stack>
    </Alert>
  );
}
