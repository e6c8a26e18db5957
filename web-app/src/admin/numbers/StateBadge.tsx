import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Connection } from '../../api/types';

const COLORS: Record<string, string> = {
  CREATED: 'gray',
  OPEN: 'green',
  QR_PENDING: 'yellow',
  CONNECTING: 'blue',
  CLOSED: 'gray',
  FAILED: 'red',
  DISABLED: 'dark',
};

/** A number's state in words and colour (the colour never says it alone). */
export function StateBadge({ connection }: { connection: Pick<Connection, 'state' | 'enabled'> }) {
  const { t } = useTranslation();
  const state = connection.enabled === false ? 'DISABLED' : connection.state;
  return (
    <Badge color={COLORS[state] ?? 'gray'} variant="light" data-testid="number-state">
      {t(`numbers.state.${state}`, { defaultValue: state })}
    </Badge>
  );
}
