import type { TFunction } from 'i18next';
import { Grid, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat, TimeZoneContext, validTimeZone } from '../../i18n/format';
import { listConnections } from '../../inbox/api';
import { keys } from '../../inbox/model/keys';
import { useTenant } from '../../inbox/useTenant';
import { listTeam, nameOf } from '../team/api';
import { dayAfter, startOfDay } from '../audit/period';
import {
  conversationsReport,
  messagesReport,
  numbersHealth,
  reportKeys,
  statusesReport,
  type ConversationsReport,
  type MessagesReport,
  type ReportQuery,
} from './api';
import { formatDuration } from './duration';
import { MessagesPerDay } from './MessagesPerDay';
import { NumbersHealth } from './NumbersHealth';
import { ReportSection } from './ReportSection';
import { conversationsCsv, healthCsv, messagesCsv, statusesCsv, type CsvNames } from './reportCsv';
import { ResponseTimes } from './ResponseTimes';
import { Statuses } from './Statuses';
import { useReportFilters, type ReportFilters } from './useReportFilters';

const MAX_DAYS = 366;

/** The company's figures over a period: messages, conversations and response times, statuses, numbers' health. */
export default function ReportsPage() {
  const tenant = useTenant();
  const timeZone = validTimeZone(tenant.data?.settings?.timezone) ?? 'UTC';
  return (
    <TimeZoneContext.Provider value={timeZone}>
      {tenant.isPending ? null : <Reports timeZone={timeZone} />}
    </TimeZoneContext.Provider>
  );
}

function Reports({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useReportFilters(timeZone);
  const numbers = useQuery({ queryKey: keys.connections(), queryFn: listConnections });
  const team = useQuery({ queryKey: keys.agents(), queryFn: listTeam });
  const problem = periodProblem(filters, t);
  const query: ReportQuery = {
    from: filters.from,
    to: filters.to,
    ...(filters.number ? { connectionId: filters.number } : {}),
  };
  const options = { enabled: !problem, placeholderData: keepPreviousData, staleTime: 60_000 } as const;
  const messages = useQuery({ queryKey: reportKeys.report('messages', query), queryFn: () => messagesReport(query), ...options });
  const conversations = useQuery({
    queryKey: reportKeys.report('conversations', query),
    queryFn: () => conversationsReport(query),
    ...options,
  });
  const statuses = useQuery({ queryKey: reportKeys.report('statuses', query), queryFn: () => statusesReport(query), ...options });
  const period = { from: startOfDay(filters.from, timeZone), to: startOfDay(dayAfter(filters.to), timeZone) };
  const health = useQuery({
    queryKey: reportKeys.report('health', period),
    queryFn: () => numbersHealth(period.from, period.to),
    ...options,
  });

  const numberNames = useMemo(() => new Map((numbers.data ?? []).map((n) => [n.id, n.name ?? n.id])), [numbers.data]);
  const agentNames = useMemo(
    () => new Map((team.data ?? []).filter((p) => p.id).map((p) => [p.id!, nameOf(p)])),
    [team.data],
  );
  const names: CsvNames = {
    t,
    from: filters.from,
    to: filters.to,
    numberName: (id) => numberNames.get(id) ?? t('reports.deletedNumber'),
    agentName: (id) => agentNames.get(id) ?? t('reports.formerMember'),
  };
  const healthShown = (health.data ?? []).filter((h) => !filters.number || h.connectionId === filters.number);

  return (
    <Stack p="md" gap="md" maw={1100} component="section" aria-labelledby="reports-title">
      <div>
        <Title id="reports-title" order={1} size="h3">
          {t('reports.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reports.intro')}
        </Text>
      </div>
      <ReportFilterBar filters={filters} onChange={setFilters} numbers={numbers.data ?? []} timeZone={timeZone} problem={problem} />
      <Overview messages={messages.data} conversations={conversations.data} />
      <ReportSection
        title={t('reports.messages.title')}
        intro={t('reports.messages.intro')}
        result={messages}
        csv={(data) => messagesCsv(data, names)}
      >
        {(data, titleId) => (
          <MessagesPerDay report={data} from={filters.from} to={filters.to} numberName={names.numberName} titleId={titleId} />
        )}
      </ReportSection>
      <ReportSection
        title={t('reports.times.title')}
        intro={t('reports.times.intro')}
        result={conversations}
        csv={(data) => conversationsCsv(data, names)}
      >
        {(data) => <ResponseTimes report={data} agentName={names.agentName} numberName={names.numberName} />}
      </ReportSection>
      <ReportSection
        title={t('reports.statuses.title')}
        intro={t('reports.statuses.intro')}
        result={statuses}
        csv={(data) => statusesCsv(data, names)}
      >
        {(data) => <Statuses report={data} />}
      </ReportSection>
      <ReportSection
        title={t('reports.health.title')}
        intro={t('reports.health.intro')}
        result={health}
        csv={() => healthCsv(healthShown, names)}
      >
        {() => <NumbersHealth numbers={healthShown} />}
      </ReportSection>
      <AsOf at={messages.data?.asOf} />
    </Stack>
  );
}

function periodProblem(filters: ReportFilters, t: TFunction): string | undefined {
  if (filters.to < filters.from) return t('reports.filters.toBeforeFrom');
  const days = (Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000 + 1;
  return days > MAX_DAYS ? t('reports.filters.tooLong', { days: MAX_DAYS }) : undefined;
}

interface FilterBarProps {
  filters: ReportFilters;
  onChange: (patch: Partial<Record<keyof ReportFilters, string | null>>) => void;
  numbers: { id: string; name?: string | null }[];
  timeZone: string;
  problem?: string;
}

function ReportFilterBar({ filters, onChange, numbers, timeZone, problem }: FilterBarProps) {
  const { t } = useTranslation();
  return (
    <div role="search" aria-label={t('reports.filters.label')}>
      <Grid gap="xs" align="flex-start">
        <Grid.Col span={{ base: 6, md: 3 }}>
          <TextInput
            type="date"
            label={t('reports.filters.from')}
            value={filters.from}
            max={filters.to}
            onChange={(e) => onChange({ from: e.currentTarget.value || null })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 3 }}>
          <TextInput
            type="date"
            label={t('reports.filters.to')}
            value={filters.to}
            min={filters.from}
            onChange={(e) => onChange({ to: e.currentTarget.value || null })}
            error={problem}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <NativeSelect
            label={t('reports.filters.number')}
            value={filters.number ?? ''}
            onChange={(e) => onChange({ number: e.currentTarget.value || null })}
            data={[
              { value: '', label: t('reports.filters.allNumbers') },
              ...numbers.map((n) => ({ value: n.id, label: n.name ?? n.id })),
              // an address naming a number that is not (or no longer) one of the company's: said, not hidden
              ...(filters.number && !numbers.some((n) => n.id === filters.number)
                ? [{ value: filters.number, label: t('reports.deletedNumber') }]
                : []),
            ]}
          />
        </Grid.Col>
      </Grid>
      <Text size="xs" c="dimmed" mt={6}>
        {t('reports.filters.timeZone', { zone: timeZone.replaceAll('_', ' ') })}
      </Text>
    </div>
  );
}

function Overview({ messages, conversations }: { messages?: MessagesReport; conversations?: ConversationsReport }) {
  const { t, i18n } = useTranslation();
  const count = (n: number | undefined) => (n === undefined ? '—' : new Intl.NumberFormat(i18n.language).format(n));
  const figures = [
    { key: 'received', label: t('reports.messages.received'), value: count(messages?.totals.received) },
    { key: 'sent', label: t('reports.messages.sent'), value: count(messages?.totals.sent) },
    { key: 'opened', label: t('reports.conversations.opened'), value: count(conversations?.opened) },
    { key: 'resolved', label: t('reports.conversations.resolved'), value: count(conversations?.resolved) },
    {
      key: 'firstResponse',
      label: t('reports.times.medianFirstResponse'),
      value: formatDuration(conversations?.firstResponse.medianSeconds, i18n.language),
    },
    {
      key: 'resolution',
      label: t('reports.times.medianResolution'),
      value: formatDuration(conversations?.resolution.medianSeconds, i18n.language),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs" component="dl" aria-label={t('reports.overview')} m={0}>
      {figures.map((f) => (
        <Paper key={f.key} withBorder p="xs" data-testid={`overview-${f.key}`}>
          <Text component="dt" size="xs" c="dimmed">
            {f.label}
          </Text>
          <Text component="dd" size="lg" fw={600} m={0}>
            {f.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function AsOf({ at }: { at?: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!at) return null;
  return (
    <Text size="xs" c="dimmed">
      {t('reports.asOf', { time: format.dateTime(at) })}
    </Text>
  );
}
