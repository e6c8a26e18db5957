import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { ACTIVE: 'green', SUSPENDED: 'orange', DELETED: 'red', PURGED: 'gray' };

/** A company's status in words and colour (the colour never says it alone). */
export function StatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation();
  const value = status ?? 'ACTIVE';
  return (
    <Badge color={COLORS[value] ?? 'gray'} variant="light" data-testid="tenant-status">
      {t(`console.status.${value}`, { defaultValue: value })}
    </Badge>
  );
}
