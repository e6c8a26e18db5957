import { Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFigures, type Figures } from '../figures';
import { consoleKeys } from '../keys';
import { Panel, QueryState } from '../Panel';
import { getOverview, type Overview } from './api';

interface Meter {
  key: string;
  label: string;
  used: number | null | undefined;
  limit: number | null | undefined;
  show: (n: number | null | undefined) => string;
}

/** What the company uses beside what its plan allows: numbers, people, messages this month, media kept. */
export function UsagePanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const overview = useQuery({ queryKey: consoleKeys.overview(tenantId), queryFn: () => getOverview(tenantId), staleTime: 0 });
  return (
    <Panel id="usage-title" title={t('console.usage.title')}>
      <QueryState query={overview}>
        {(data) => (
          <>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {meters(data, figures, t).map((meter) => (
                <UsageMeter key={meter.key} meter={meter} />
              ))}
            </SimpleGrid>
            {(data.mediaRetentionDays ?? 0) > 0 ? (
              <Text size="sm" c="dimmed">
                {t('console.usage.retention', { count: data.mediaRetentionDays })}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('console.usage.keptForGood')}
              </Text>
            )}
          </>
        )}
      </QueryState>
    </Panel>
  );
}

function meters(data: Overview, figures: Figures, t: (key: string) => string): Meter[] {
  return [
    { key: 'numbers', label: t('console.usage.numbers'), used: data.connections, limit: data.maxConnections, show: figures.count },
    { key: 'people', label: t('console.usage.people'), used: data.agents, limit: data.maxAgents, show: figures.count },
    { key: 'messages', label: t('console.usage.messages'), used: data.messagesThisMonth, limit: data.messagesPerMonth, show: figures.count },
    { key: 'media', label: t('console.usage.media'), used: data.mediaBytes, limit: data.mediaQuotaBytes, show: figures.bytes },
  ];
}

function UsageMeter({ meter }: { meter: Meter }) {
  const { t } = useTranslation();
  const known = meter.used !== null && meter.used !== undefined;
  const limit = meter.limit ?? 0;
  const share = known && limit > 0 ? Math.min(100, (meter.used! / limit) * 100) : known && meter.used! > 0 ? 100 : 0;
  const text = known
    ? t('console.usage.of', { used: meter.show(meter.used), limit: meter.show(meter.limit) })
    : t('console.usage.unknown', { limit: meter.show(meter.limit) });
  const color = share >= 100 ? 'red' : share >= 80 ? 'orange' : 'teal';
  return (
    <Stack gap={4} component="li" data-testid={`usage-${meter.key}`}>
      <Text size="sm" fw={600}>
        {meter.label}
      </Text>
      <Text size="sm" data-testid={`usage-${meter.key}-text`}>
        {text}
      </Text>
      {known && (
        // the text above says it; the bar shows it at a glance
        <Progress value={share} color={color} size="sm" aria-hidden />
      )}
    </Stack>
  );
}
