import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuditEntryItem } from '../../admin/audit/AuditEntryItem';
import { companyNames } from '../../admin/audit/present';
import { listConsoleAudit } from '../audit/api';
import { consoleKeys } from '../keys';
import { Panel, QueryState } from '../Panel';
import type { Tenant } from './api';

const RECENT = 10;

/** The company's latest audit entries (platform staff read any company's), and the way to all of them. */
export function TenantAudit({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const id = tenant.id ?? '';
  const entries = useQuery({
    queryKey: consoleKeys.tenantAudit(id),
    queryFn: () => listConsoleAudit({ tenantId: id }, 0, RECENT),
    staleTime: 0,
  });
  return (
    <Panel
      id="tenant-audit-title"
      title={t('console.tenantAudit.title')}
      action={
        <Anchor component={Link} to={`/console/operations?tenant=${id}#audit`} size="sm">
          {t('console.tenantAudit.all')}
        </Anchor>
      }
    >
      <QueryState query={entries}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('console.tenantAudit.none')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" aria-labelledby="tenant-audit-title" m={0} p={0} style={{ listStyle: 'none' }}>
              {list.map((entry) => (
                <AuditEntryItem
                  key={entry.id}
                  entry={entry}
                  names={companyNames(entry.tenantId, entry.tenantId === id ? (tenant.name ?? tenant.slug ?? id) : undefined)}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Panel>
  );
}
