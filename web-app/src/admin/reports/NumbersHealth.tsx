import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NumberHealth } from './api';
import { formatDuration } from './duration';
import { ScrollTable } from '../../ui/ScrollTable';

/** The states a number spends time in, in the order people think of them. */
export const HEALTH_STATES = ['OPEN', 'CONNECTING', 'QR_PENDING', 'CLOSED', 'FAILED', 'DISABLED'] as const;

/** Share of the period each number was connected, its disconnections and how long it spent in each other state. */
export function NumbersHealth({ numbers }: { numbers: NumberHealth[] }) {
  const { t, i18n } = useTranslation();
  const count = new Intl.NumberFormat(i18n.language);
  const share = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  if (numbers.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.health.none')}
      </Text>
    );
  }
  return (
    <ScrollTable minWidth={640} label={t('reports.health.title')}>
      <Table striped fz="sm" data-testid="numbers-health" aria-label={t('reports.health.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.number')}</Table.Th>
            <Table.Th ta="right">{t('reports.health.connected')}</Table.Th>
            <Table.Th ta="right">{t('reports.health.disconnections')}</Table.Th>
            {HEALTH_STATES.filter((s) => s !== 'OPEN').map((s) => (
              <Table.Th key={s} ta="right">
                {t(`numbers.state.${s}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {numbers.map((n) => {
            const total = Object.values(n.secondsByState).reduce((sum, s) => sum + s, 0);
            return (
              <Table.Tr key={n.connectionId}>
                <Table.Td>{n.name}</Table.Td>
                <Table.Td ta="right">{total > 0 ? share.format((n.secondsByState.OPEN ?? 0) / total) : '—'}</Table.Td>
                <Table.Td ta="right">{count.format(n.disconnections)}</Table.Td>
                {HEALTH_STATES.filter((s) => s !== 'OPEN').map((s) => (
                  <Table.Td key={s} ta="right">
                    {n.secondsByState[s] ? formatDuration(n.secondsByState[s], i18n.language) : '—'}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
