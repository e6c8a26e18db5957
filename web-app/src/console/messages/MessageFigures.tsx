import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFigures } from '../figures';
import type { MessagesSummary } from './api';
import { ScrollTable } from '../../ui/ScrollTable';

/** Figures side by side (two a row on a phone): a number and what it counts. */
export function Figures({ items }: { items: { key: string; label: string; value: string; alert?: boolean }[] }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: Math.min(items.length, 4) }} spacing="xs" component="dl" m={0}>
      {items.map((item) => (
        <Paper key={item.key} withBorder p="xs" data-testid={`figure-${item.key}`}>
          <Text component="dt" size="xs" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" m={0} fw={700} size="lg" c={item.alert ? 'red.9' : undefined}>
            {item.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** Received, sent and failed messages of the period. */
export function MessageCounts({ summary }: { summary: MessagesSummary }) {
  const { t } = useTranslation();
  const figures = useFigures();
  return (
    <Figures
      items={[
        { key: 'received', label: t('console.messages.received'), value: figures.count(summary.received) },
        { key: 'sent', label: t('console.messages.sent'), value: figures.count(summary.sent) },
        { key: 'failed', label: t('console.messages.failed'), value: figures.count(summary.failed), alert: summary.failed > 0 },
      ]}
    />
  );
}

/** The platform's queues now: automation dead letters, the outbox and the send queue. */
export function Backlogs({ summary }: { summary: MessagesSummary }) {
  const { t } = useTranslation();
  const figures = useFigures();
  return (
    <Figures
      items={[
        {
          key: 'deadLetters',
          label: t('console.messages.deadLetters'),
          value: figures.count(summary.automationDeadLetters),
          alert: summary.automationDeadLetters > 0,
        },
        { key: 'outbox', label: t('console.messages.outbox'), value: figures.count(summary.outboxBacklog) },
        { key: 'sendQueue', label: t('console.messages.sendQueue'), value: figures.count(summary.sendQueueBacklog) },
      ]}
    />
  );
}

/** Failures by the provider's error code, most first. */
export function FailuresByCode({ summary, captionId }: { summary: MessagesSummary; captionId: string }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const rows = [...summary.failedByErrorCode].sort((a, b) => b.count - a.count);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="no-failures">
        {t('console.messages.noFailures')}
      </Text>
    );
  }
  return (
    <ScrollTable minWidth={0} labelledBy={captionId}>
      <Table aria-labelledby={captionId} data-testid="failures-by-code" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="25%">{t('console.messages.code')}</Table.Th>
            <Table.Th>{t('console.messages.error')}</Table.Th>
            <Table.Th w="20%" ta="right">
              {t('console.messages.count')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.code}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.code}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.title}</Table.Td>
              <Table.Td ta="right">{figures.count(row.count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
