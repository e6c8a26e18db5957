import { Anchor, Grid, NativeSelect, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { setOrDelete, useAddressParams } from '../../app/useAddressParams';
import type { AuditEntry } from '../../admin/audit/api';
import { AuditEntryItem } from '../../admin/audit/AuditEntryItem';
import { AuditFilterBar } from '../../admin/audit/AuditFilterBar';
import { AuditList, useAuditLog } from '../../admin/audit/AuditList';
import { periodOf } from '../../admin/audit/period';
import { companyNames } from '../../admin/audit/present';
import { useAuditFilters } from '../../admin/audit/useAuditFilters';
import { describeProblem } from '../../api/problem';
import { browserTimeZone } from '../../i18n/format';
import { consoleKeys } from '../keys';
import { Panel } from '../Panel';
import { listAllTenants } from '../tenants/api';
import { listConsoleAudit, type ConsoleAuditQuery } from './api';

const UUID = /^[0-9a-f-]{36}$/i;

/** The company an entry belongs to, the way to its page; the platform's own actions belong to none. */
function CompanyLine({ entry, name }: { entry: AuditEntry; name: string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {t('console.audit.company')}{' '}
      {entry.tenantId ? (
        <Anchor component={Link} to={`/console/tenants/${entry.tenantId}`} size="sm">
          {name ?? entry.tenantId}
        </Anchor>
      ) : (
        t('console.audit.platform')
      )}
    </>
  );
}

/** The company filter (?tenant=), kept in the address beside the admin log's own filters. */
function useTenantFilter() {
  const [params, change] = useAddressParams();
  const raw = params.get('tenant');
  const tenant = raw && UUID.test(raw) ? raw : null;
  const setTenant = useCallback(
    (value: string | null) => change((next) => setOrDelete(next, 'tenant', value)),
    [change],
  );
  /** Every filter of the log away at once. */
  const clearAll = useCallback(
    () => change((next) => ['tenant', 'action', 'actor', 'from', 'to'].forEach((name) => next.delete(name))),
    [change],
  );
  return [tenant, setTenant, clearAll] as const;
}

/**
 * The audit log of every company (and the platform's own actions), newest first: by company, action, person (their
 * id) and days in the reader's time zone; each entry says its company.
 */
export function ConsoleAudit() {
  const { t } = useTranslation();
  const timeZone = browserTimeZone();
  const [filters, setFilters] = useAuditFilters();
  const [tenant, setTenant, clearAll] = useTenantFilter();
  const tenants = useQuery({ queryKey: consoleKeys.tenantList({ all: true }), queryFn: listAllTenants });
  const companies = useMemo(
    () => new Map((tenants.data ?? []).filter((c) => c.id).map((c) => [c.id!, c.name ?? c.slug ?? c.id!])),
    [tenants.data],
  );
  const backwards = Boolean(filters.from && filters.to && filters.to < filters.from);
  const query = useMemo<ConsoleAuditQuery>(
    () => ({
      ...(tenant ? { tenantId: tenant } : {}),
      ...(filters.action ? { action: filters.action } : {}),
      ...(filters.actor ? { actorId: filters.actor } : {}),
      ...periodOf(filters.from, filters.to, timeZone),
    }),
    [tenant, filters, timeZone],
  );
  const log = useAuditLog(consoleKeys.audit(query), (page) => listConsoleAudit(query, page), !backwards);
  const problem = log.entries.isError ? describeProblem(log.entries.error, t) : null;
  const errors = {
    from: problem?.fieldErrors['from'],
    to: backwards ? t('audit.filters.toBeforeFrom') : problem?.fieldErrors['to'],
    actorId: problem?.fieldErrors['actorId'],
  };
  const filtered = Boolean(tenant || filters.action || filters.actor || filters.from || filters.to);
  const companyOptions = [
    { value: '', label: t('console.audit.anyCompany') },
    ...[...companies.entries()].map(([id, name]) => ({ value: id, label: name })),
    ...(tenant && !companies.has(tenant) ? [{ value: tenant, label: tenant }] : []),
  ];
  return (
    <Panel id="audit-title" title={t('console.audit.title')}>
      <Text size="sm" c="dimmed">
        {t('console.audit.intro')}
      </Text>
      <AuditFilterBar
        filters={filters}
        onChange={setFilters}
        actor={{ label: t('console.audit.actor'), error: errors.actorId }}
        timeZoneHint={t('console.audit.timeZone', { zone: timeZone.replaceAll('_', ' ') })}
        errors={errors}
        leading={
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <NativeSelect
              label={t('console.audit.companyFilter')}
              value={tenant ?? ''}
              onChange={(e) => setTenant(e.currentTarget.value || null)}
              data={companyOptions}
              error={tenants.isError ? describeProblem(tenants.error, t).message : undefined}
            />
          </Grid.Col>
        }
        platformActions
        filtered={filtered}
        onClear={clearAll}
      />
      <AuditList
        log={log}
        problem={problem}
        problemOnField={Boolean(errors.from || errors.to || errors.actorId)}
        backwards={backwards}
        filtered={filtered}
        labelledBy="audit-title"
        renderEntry={(entry) => {
          const name = entry.tenantId ? companies.get(entry.tenantId) : undefined;
          return (
            <AuditEntryItem
              key={entry.id}
              entry={entry}
              names={companyNames(entry.tenantId, name)}
              company={<CompanyLine entry={entry} name={name} />}
            />
          );
        }}
      />
    </Panel>
  );
}
