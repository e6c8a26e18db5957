import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/types';

const MARKS: Record<string, string> = { PENDING: '🕓', SENT: '✓', DELIVERED: '✓✓', READ: '✓✓', FAILED: '!' };

/** Delivery of an outbound message: sent, delivered, read (blue), failed (with the reason). */
export function Ticks({ message }: { message: Message }) {
  const { t } = useTranslation();
  const status = message.status ?? 'PENDING';
  const label = t(`delivery.${status}`, { defaultValue: status });
  const reason = status === 'FAILED' ? [message.errorReason, message.errorCode].filter(Boolean).join(' — ') : '';
  const full = reason ? `${label}: ${reason}` : label;
  return (
    <Tooltip label={full} withArrow>
      <Text
        component="span"
        size="xs"
        fw={700}
        c={status === 'READ' ? 'blue.7' : status === 'FAILED' ? 'red.8' : 'dimmed'}
        aria-label={full}
        role="img"
        tabIndex={status === 'FAILED' ? 0 : -1}
      >
        {MARKS[status] ?? '?'}
      </Text>
    </Tooltip>
  );
}
