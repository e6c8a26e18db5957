import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lastDays } from '../dates';
import { useFigures } from '../figures';
import { consoleKeys } from '../keys';
import { getMessagesDaily, getMessagesSummary } from '../messages/api';
import { Backlogs, FailuresByCode, Figures, MessageCounts } from '../messages/MessageFigures';
import { Panel, QueryState } from '../Panel';
import { TENANT_STATUSES } from '../tenants/api';
import { type ConnectionType, getConnectionsSummary, getTenantsSummary } from './api';
import { DailyChart } from './DailyChart';

const DAYS = 30;
const TYPES: ConnectionType[] = ['EVOLUTION', 'CLOUD_API'];
/** The states in the order a person reads them: working first, then waiting, then broken. */
const STATES = ['OPEN', 'CONNECTING', 'QR_PENDING', 'CREATED', 'CLOSED', 'FAILED', 'DISABLED'];

/** The platform at a glance: companies, numbers, messages of the last 30 days, failures and backlogs. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const figures = useFigures();
  const period = useMemo(() => lastDays(DAYS), []);
  const tenants = useQuery({ queryKey: consoleKeys.tenantsSummary(), queryFn: getTenantsSummary, staleTime: 0 });
  const numbers = useQuery({ queryKey: consoleKeys.connectionsSummary(), queryFn: getConnectionsSummary, staleTime: 0 });
  const daily = useQuery({ queryKey: consoleKeys.messagesDaily(period), queryFn: () => getMessagesDaily(period), staleTime: 0 });
  const summary = useQuery({ queryKey: consoleKeys.messagesSummary(period), queryFn: () => getMessagesSummary(period), staleTime: 0 });
  return (
    <Stack p="md" gap="md" maw={1100} component="section" aria-labelledby="dashboard-title">
      <div>
        <Title id="dashboard-title" order={1} size="h3">
          {t('console.dashboard.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('console.dashboard.intro', { days: DAYS })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Panel id="companies-title" title={t('console.dashboard.companies')}>
          <QueryState query={tenants}>
            {(data) => (
              <>
                <Figures
                  items={TENANT_STATUSES.map((s) => ({ key: s, label: t(`console.status.${s}`), value: figures.count(data[s] ?? 0) }))}
                />
                <Anchor component={Link} to="/console/tenants" size="sm">
                  {t('console.dashboard.allCompanies')}
                </Anchor>
              </>
            )}
          </QueryState>
        </Panel>
        <Panel id="numbers-summary-title" title={t('console.dashboard.numbers')}>
          <QueryState query={numbers}>
            {(data) => (
              <>
                <Text size="sm" data-testid="numbers-total">
                  {t('console.dashboard.numbersTotal', { count: data.total, formatted: figures.count(data.total) })}
                </Text>
                <Title order={3} size="h6">
                  {t('console.dashboard.byType')}
                </Title>
                <Figures
                  items={TYPES.map((type) => ({
                    key: type,
                    label: t(`numbers.type.${type}`),
                    value: figures.count(data.byType?.[type] ?? 0),
                  }))}
                />
                <Title order={3} size="h6">
                  {t('console.dashboard.byState')}
                </Title>
                <Figures
                  items={orderedStates(data.byState ?? {}).map(([state, count]) => ({
                    key: state,
                    label: t(`numbers.state.${state}`, { defaultValue: state }),
                    value: figures.count(count),
                    alert: state === 'FAILED' && count > 0,
                  }))}
                />
              </>
            )}
          </QueryState>
        </Panel>
      </SimpleGrid>
      <Panel id="daily-title" title={t('console.dashboard.daily', { days: DAYS })}>
        <QueryState query={daily}>{(data) => <DailyChart daily={data} from={period.from} to={period.to} titleId="daily-title" />}</QueryState>
      </Panel>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Panel id="failures-title" title={t('console.dashboard.failures', { days: DAYS })}>
          <QueryState query={summary}>
            {(data) => (
              <>
                <MessageCounts summary={data} />
                <FailuresByCode summary={data} captionId="failures-title" />
              </>
            )}
          </QueryState>
        </Panel>
        <Panel id="backlogs-title" title={t('console.dashboard.backlogs')}>
          <QueryState query={summary}>
            {(data) => (
              <>
                <Backlogs summary={data} />
                <Text size="sm" c="dimmed">
                  {t('console.dashboard.backlogsHelp')}
                </Text>
              </>
            )}
          </QueryState>
        </Panel>
      </SimpleGrid>
    </Stack>
  );
}

/** Known states in reading order, then any other the platform reports. */
function orderedStates(byState: Record<string, number>): [string, number][] {
  const known = STATES.filter((s) => s in byState).map((s): [string, number] => [s, byState[s] ?? 0]);
  const others = Object.entries(byState).filter(([s]) => !STATES.includes(s));
  return [...known, ...others];
}
