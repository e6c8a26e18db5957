import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { useIdentity } from '../../app/IdentityContext';
import { useFormat } from '../../i18n/format';
import { listConnections } from '../../inbox/api';
import { keys } from '../../inbox/model/keys';
import { useTenant } from '../../inbox/useTenant';
import { listTeam, nameOf, sortTeam } from '../team/api';
import { auditKeys, listAudit, type AuditQuery } from './api';
import { AuditEntryItem } from './AuditEntryItem';
import { AuditFilterBar, type Person } from './AuditFilterBar';
import { AuditList, useAuditLog } from './AuditList';
import { periodOf } from './period';
import type { KnownNames } from './present';
import { useAuditFilters } from './useAuditFilters';

/** The company's audit log: who did what, on what and when, newest first, by action, person and period. */
export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const identity = useIdentity();
  const tenant = useTenant();
  // the period is in the company's days: wait for its time zone (the browser's if it cannot be read)
  const { timeZone } = useFormat();
  const [filters, setFilters] = useAuditFilters();
  const team = useQuery({ queryKey: keys.agents(), queryFn: listTeam });
  const numbers = useQuery({ queryKey: keys.connections(), queryFn: listConnections });

  const backwards = Boolean(filters.from && filters.to && filters.to < filters.from);
  const query = useMemo<AuditQuery>(
    () => ({
      ...(filters.action ? { action: filters.action } : {}),
      ...(filters.actor ? { actorId: filters.actor } : {}),
      ...periodOf(filters.from, filters.to, timeZone),
    }),
    [filters, timeZone],
  );
  const log = useAuditLog(auditKeys.list(query), (page) => listAudit(query, page), !tenant.isPending && !backwards);

  const people = useMemo<Person[]>(
    () =>
      sortTeam(team.data ?? [], i18n.language)
        .filter((p) => p.id)
        .map((p) => ({ id: p.id!, name: p.id === identity.userId ? t('audit.filters.you', { name: nameOf(p) }) : nameOf(p) })),
    [team.data, i18n.language, identity.userId, t],
  );
  const names = useMemo<KnownNames>(
    () => ({
      people: new Map((team.data ?? []).filter((p) => p.id).map((p) => [p.id!, nameOf(p)])),
      numbers: new Map((numbers.data ?? []).map((n) => [n.id, n.name ?? n.id])),
      company: tenant.data?.id && tenant.data.name ? { id: tenant.data.id, name: tenant.data.name } : undefined,
    }),
    [team.data, numbers.data, tenant.data],
  );
  const problem = log.entries.isError ? describeProblem(log.entries.error, t) : null;
  const errors = {
    from: problem?.fieldErrors.from,
    to: backwards ? t('audit.filters.toBeforeFrom') : problem?.fieldErrors.to,
  };

  return (
    <Stack p="md" gap="md" maw={960} component="section" aria-labelledby="audit-title">
      <div>
        <Title id="audit-title" order={1} size="h3">
          {t('audit.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('audit.intro')}
        </Text>
      </div>
      <AuditFilterBar
        filters={filters}
        onChange={setFilters}
        actor={{ people, peopleError: team.isError ? describeProblem(team.error, t).message : undefined }}
        timeZoneHint={t('audit.filters.timeZone', { zone: timeZone.replaceAll('_', ' ') })}
        errors={errors}
      />
      <AuditList
        log={log}
        problem={problem}
        problemOnField={Boolean(problem?.fieldErrors.from || problem?.fieldErrors.to)}
        backwards={backwards}
        filtered={Boolean(filters.action || filters.actor || filters.from || filters.to)}
        labelledBy="audit-title"
        renderEntry={(entry) => <AuditEntryItem key={entry.id} entry={entry} names={names} />}
      />
    </Stack>
  );
}
