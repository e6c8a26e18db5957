import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DailyBars } from '../../ui/DailyBars';
import { daysBetween } from '../dates';
import type { MessagesDaily } from '../messages/api';

type Day = MessagesDaily['days'][number];
const SERIES = ['received', 'sent', 'failed'] as const;
const COLORS = { received: 'var(--mantine-color-blue-6)', sent: 'var(--mantine-color-teal-6)', failed: 'var(--mantine-color-red-7)' };

/** Every day of the period, a day without an answer counted as nothing. */
export function fillDays(daily: Pick<MessagesDaily, 'days'>, from: string, to: string): Day[] {
  const known = new Map(daily.days.map((d) => [d.day.slice(0, 10), d]));
  return daysBetween(from, to).map((day) => known.get(day) ?? { day, received: 0, sent: 0, failed: 0 });
}

/** The platform's messages per day: received, sent and failed, as bars and as a table. */
export function DailyChart({ daily, from, to, titleId }: { daily: MessagesDaily; from: string; to: string; titleId: string }) {
  const { t } = useTranslation();
  const days = useMemo(() => fillDays(daily, from, to), [daily, from, to]);
  const byDay = useMemo(() => new Map(days.map((d) => [d.day, d])), [days]);
  const series = SERIES.map((key) => ({ key, label: t(`console.messages.${key}`), color: COLORS[key] }));
  return (
    <DailyBars
      days={days.map((d) => d.day)}
      series={series}
      value={(day, key) => byDay.get(day)?.[key] ?? 0}
      titleId={titleId}
      dayHeader={t('console.dashboard.day')}
      tableToggle={t('console.dashboard.perDay')}
      totalLabel={t('console.dashboard.total')}
    />
  );
}
