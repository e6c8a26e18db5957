import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DailyBars } from '../../ui/DailyBars';
import type { MessagesReport } from './api';
import { daysBetween } from './useReportFilters';
import { ScrollTable } from '../../ui/ScrollTable';

const COLORS = { received: 'var(--mantine-color-blue-6)', sent: 'var(--mantine-color-teal-6)' };

/** Sums of one day (all numbers, or the one chosen). */
export function byDay(report: MessagesReport): Map<string, { received: number; sent: number }> {
  const days = new Map<string, { received: number; sent: number }>();
  for (const row of report.days) {
    const day = days.get(row.day) ?? { received: 0, sent: 0 };
    day.received += row.received;
    day.sent += row.sent;
    days.set(row.day, day);
  }
  return days;
}

/** Sums of each number over the period, busiest first. */
export function byNumber(report: MessagesReport): { connectionId: string; received: number; sent: number }[] {
  const numbers = new Map<string, { connectionId: string; received: number; sent: number }>();
  for (const row of report.days) {
    const number = numbers.get(row.connectionId) ?? { connectionId: row.connectionId, received: 0, sent: 0 };
    number.received += row.received;
    number.sent += row.sent;
    numbers.set(row.connectionId, number);
  }
  return [...numbers.values()].sort((a, b) => b.received + b.sent - (a.received + a.sent));
}

export interface MessagesPerDayProps {
  report: MessagesReport;
  from: string;
  to: string;
  numberName: (id: string) => string;
  titleId: string;
}

/** Messages received and sent each day of the period, then each number's totals. */
export function MessagesPerDay({ report, from, to, numberName, titleId }: MessagesPerDayProps) {
  const { t, i18n } = useTranslation();
  const count = new Intl.NumberFormat(i18n.language);
  const days = byDay(report);
  const numbers = byNumber(report);
  return (
    <>
      <DailyBars
        days={daysBetween(from, to)}
        series={(['received', 'sent'] as const).map((key) => ({ key, label: t(`reports.messages.${key}`), color: COLORS[key] }))}
        value={(day, key) => days.get(day)?.[key] ?? 0}
        titleId={titleId}
        dayHeader={t('reports.day')}
        tableToggle={t('reports.perDay')}
      />
      {numbers.length > 0 && (
        <ScrollTable minWidth={320} mt="sm" label={t('reports.messages.byNumber')}>
          <Table striped fz="sm" data-testid="messages-by-number" aria-label={t('reports.messages.byNumber')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.number')}</Table.Th>
                <Table.Th ta="right">{t('reports.messages.received')}</Table.Th>
                <Table.Th ta="right">{t('reports.messages.sent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {numbers.map((n) => (
                <Table.Tr key={n.connectionId}>
                  <Table.Td>{numberName(n.connectionId)}</Table.Td>
                  <Table.Td ta="right">{count.format(n.received)}</Table.Td>
                  <Table.Td ta="right">{count.format(n.sent)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </>
  );
}
