import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversationsReport, Median } from './api';
import { formatDuration } from './duration';
import { ScrollTable } from '../../ui/ScrollTable';

export interface ResponseTimesProps {
  report: ConversationsReport;
  agentName: (id: string) => string;
  numberName: (id: string) => string;
}

interface Row {
  key: string;
  name: string;
  firstResponse: Median;
  resolution: Median;
  resolved: number;
  opened?: number;
}

/** Median first response and resolution times per person and per number (the overall ones are in the overview). */
export function ResponseTimes({ report, agentName, numberName }: ResponseTimesProps) {
  const { t } = useTranslation();
  const agents: Row[] = report.byAgent.map((a) => ({ key: a.agentId, name: agentName(a.agentId), ...a }));
  const numbers: Row[] = report.byNumber.map((n) => ({ key: n.connectionId, name: numberName(n.connectionId), ...n }));
  return (
    <>
      <TimesTable caption={t('reports.times.byAgent')} nameHeader={t('reports.agent')} rows={agents} testId="times-by-agent" />
      <TimesTable caption={t('reports.times.byNumber')} nameHeader={t('reports.number')} rows={numbers} testId="times-by-number" />
    </>
  );
}

function TimesTable({ caption, nameHeader, rows, testId }: { caption: string; nameHeader: string; rows: Row[]; testId: string }) {
  const { t, i18n } = useTranslation();
  const count = new Intl.NumberFormat(i18n.language);
  const median = (m: Median) =>
    m.count > 0 ? `${formatDuration(m.medianSeconds, i18n.language)} (${count.format(m.count)})` : '—';
  return (
    <>
      <Text size="sm" fw={600} mt="sm" mb={4}>
        {caption}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.times.none')}
        </Text>
      ) : (
        <ScrollTable minWidth={480} label={caption}>
          <Table striped fz="sm" data-testid={testId} aria-label={caption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{nameHeader}</Table.Th>
                <Table.Th ta="right">{t('reports.times.firstResponse')}</Table.Th>
                <Table.Th ta="right">{t('reports.times.resolution')}</Table.Th>
                <Table.Th ta="right">{t('reports.conversations.resolved')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td ta="right">{median(r.firstResponse)}</Table.Td>
                  <Table.Td ta="right">{median(r.resolution)}</Table.Td>
                  <Table.Td ta="right">{count.format(r.resolved)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </>
  );
}
