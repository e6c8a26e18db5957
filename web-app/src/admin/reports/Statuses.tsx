import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatusesReport } from './api';
import { ScrollTable } from '../../ui/ScrollTable';

const ORDER = ['PENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED'];

/** Sent messages by where they got to, and the failed ones by the provider's error code. */
export function Statuses({ report }: { report: StatusesReport }) {
  const { t, i18n } = useTranslation();
  const count = new Intl.NumberFormat(i18n.language);
  const statuses = [...report.byStatus].sort((a, b) => rank(a.status) - rank(b.status));
  const total = statuses.reduce((sum, s) => sum + s.count, 0);
  const share = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.statuses.none')}
        </Text>
      ) : (
        <ScrollTable minWidth={300} label={t('reports.statuses.byStatus')}>
          <Table striped fz="sm" data-testid="statuses" aria-label={t('reports.statuses.byStatus')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.statuses.status')}</Table.Th>
                <Table.Th ta="right">{t('reports.statuses.count')}</Table.Th>
                <Table.Th ta="right">{t('reports.statuses.share')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statuses.map((s) => (
                <Table.Tr key={s.status}>
                  <Table.Td>{t(`delivery.${s.status}`, { defaultValue: s.status })}</Table.Td>
                  <Table.Td ta="right">{count.format(s.count)}</Table.Td>
                  <Table.Td ta="right">{share.format(s.count / total)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Text size="sm" fw={600} mt="sm" mb={4}>
        {t('reports.statuses.failedByCode')}
      </Text>
      {report.failedByErrorCode.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.statuses.noFailures')}
        </Text>
      ) : (
        <ScrollTable minWidth={300} label={t('reports.statuses.failedByCode')}>
          <Table striped fz="sm" data-testid="failures" aria-label={t('reports.statuses.failedByCode')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.statuses.code')}</Table.Th>
                <Table.Th>{t('reports.statuses.meaning')}</Table.Th>
                <Table.Th ta="right">{t('reports.statuses.count')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.failedByErrorCode.map((f) => (
                <Table.Tr key={f.code}>
                  <Table.Td>{f.code}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{f.title || '—'}</Table.Td>
                  <Table.Td ta="right">{count.format(f.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </>
  );
}

function rank(status: string): number {
  const at = ORDER.indexOf(status);
  return at < 0 ? ORDER.length : at;
}
