import { Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PersonDetails } from '../../admin/team/PersonCard';
import { consoleKeys } from '../keys';
import { Panel, QueryState } from '../Panel';
import { listTenantPeople } from './api';

/** The company's people: who they are, role, state and last sign-in (their admins manage them). */
export function TenantPeople({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const people = useQuery({ queryKey: consoleKeys.tenantPeople(tenantId), queryFn: () => listTenantPeople(tenantId), staleTime: 0 });
  return (
    <Panel id="people-title" title={t('console.people.title')}>
      <QueryState query={people}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('console.people.none')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" aria-labelledby="people-title" m={0} p={0} style={{ listStyle: 'none' }}>
              {list.map((person) => (
                <Paper key={person.id} withBorder p="xs" component="li" data-testid="tenant-person">
                  <Stack gap={4}>
                    <PersonDetails person={person} />
                  </Stack>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Panel>
  );
}
