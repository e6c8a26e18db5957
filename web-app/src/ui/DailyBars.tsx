import { Box, Group, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './DailyBars.module.css';

export interface Series<K extends string> {
  key: K;
  label: string;
  color: string;
}

export interface DailyBarsProps<K extends string> {
  /** Every day shown (YYYY-MM-DD), in order. */
  days: readonly string[];
  series: readonly Series<K>[];
  value: (day: string, key: K) => number;
  /** The table's name for screen readers: the id of the section's title. */
  titleId: string;
  dayHeader: string;
  tableToggle: string;
  /** When given, the table ends with each series' total under this heading. */
  totalLabel?: string;
}

/**
 * Figures per day: stacked bars to see the trend at a glance (hidden from screen readers) and the same figures in
 * a table, folded under the bars.
 */
export function DailyBars<K extends string>({ days, series, value, titleId, dayHeader, tableToggle, totalLabel }: DailyBarsProps<K>) {
  const { i18n } = useTranslation();
  const count = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const label = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { timeZone: 'UTC', day: '2-digit', month: '2-digit' }),
    [i18n.language],
  );
  const dayLabel = (day: string) => label.format(new Date(`${day}T00:00:00Z`));
  const highest = Math.max(1, ...days.map((d) => series.reduce((sum, s) => sum + value(d, s.key), 0)));
  if (days.length === 0) return null;
  return (
    <div>
      <Group gap="md" wrap="wrap" mb={6} aria-hidden>
        {series.map((s) => (
          <Group key={s.key} gap={4} wrap="nowrap">
            <span className={classes.swatch} style={{ background: s.color }} />
            <Text size="xs">{s.label}</Text>
          </Group>
        ))}
      </Group>
      <div className={classes.chart} aria-hidden data-testid="daily-bars">
        {days.map((d) => (
          <div
            key={d}
            className={classes.day}
            title={`${dayLabel(d)}: ${series.map((s) => `${s.label} ${count.format(value(d, s.key))}`).join(', ')}`}
          >
            {series.map((s) =>
              value(d, s.key) > 0 ? (
                <div key={s.key} style={{ height: `${(value(d, s.key) / highest) * 100}%`, background: s.color }} />
              ) : null,
            )}
          </div>
        ))}
      </div>
      <Group justify="space-between" aria-hidden mt={2}>
        <Text size="xs" c="dimmed">
          {dayLabel(days[0]!)}
        </Text>
        <Text size="xs" c="dimmed">
          {dayLabel(days[days.length - 1]!)}
        </Text>
      </Group>
      <details className={classes.details}>
        <summary>
          <Text component="span" size="sm">
            {tableToggle}
          </Text>
        </summary>
        <Box mt="xs">
          <Table aria-labelledby={titleId} striped data-testid="daily-table" layout="fixed" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{dayHeader}</Table.Th>
                {series.map((s) => (
                  <Table.Th key={s.key} ta="right">
                    {s.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.map((d) => (
                <Table.Tr key={d}>
                  <Table.Th scope="row" fw={400}>
                    <time dateTime={d}>{dayLabel(d)}</time>
                  </Table.Th>
                  {series.map((s) => (
                    <Table.Td key={s.key} ta="right">
                      {count.format(value(d, s.key))}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
            {totalLabel !== undefined && (
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{totalLabel}</Table.Th>
                  {series.map((s) => (
                    <Table.Td key={s.key} ta="right" fw={700}>
                      {count.format(days.reduce((sum, d) => sum + value(d, s.key), 0))}
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
        </Box>
      </details>
    </div>
  );
}
