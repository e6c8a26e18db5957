import { Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../admin/numbers/StateBadge';
import { stateReason } from '../../admin/numbers/stateReason';
import { useFigures } from '../figures';
import { consoleKeys } from '../keys';
import { Panel, QueryState } from '../Panel';
import { listTenantNumbers } from './api';

/** The company's numbers and their health: state, why, how often they dropped lately; never their conversations. */
export function TenantNumbers({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const numbers = useQuery({ queryKey: consoleKeys.tenantNumbers(tenantId), queryFn: () => listTenantNumbers(tenantId), staleTime: 0 });
  return (
    <Panel id="numbers-title" title={t('console.numbers.title')}>
      <QueryState query={numbers}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('console.numbers.none')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" aria-labelledby="numbers-title" m={0} p={0} style={{ listStyle: 'none' }}>
              {list.map((n) => (
                <Paper key={n.id} withBorder p="xs" component="li" data-testid="tenant-number">
                  <Group gap="xs" wrap="wrap" align="center">
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {n.name}
                    </Text>
                    <StateBadge connection={n} />
                  </Group>
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {t(`numbers.type.${n.type}`, { defaultValue: n.type })}
                    {n.phoneNumber && (
                      <>
                        {' · '}
                        <span style={{ whiteSpace: 'nowrap' }}>{n.phoneNumber}</span>
                      </>
                    )}
                  </Text>
                  {n.state !== 'OPEN' && n.stateReason && (
                    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {stateReason(n.stateReason, t)}
                    </Text>
                  )}
                  <Text size="sm" c={n.disconnectionsLast7Days > 0 ? 'var(--mantine-color-orange-light-color)' : 'dimmed'} data-testid="number-disconnections">
                    {t('console.numbers.disconnections', {
                      count: n.disconnectionsLast7Days,
                      formatted: figures.count(n.disconnectionsLast7Days),
                    })}
                  </Text>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Panel>
  );
}
