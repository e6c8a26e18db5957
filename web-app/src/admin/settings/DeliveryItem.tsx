import { Anchor, Badge, Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import type { Delivery } from './api';

const COLORS: Record<string, string> = { DEAD: 'red', PENDING: 'yellow', DELIVERED: 'green' };

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** message-service says only "unreachable", "timed out" or "answered HTTP nnn: <start of the answer>". */
export function deliveryError(error: string, t: Translate): string {
  if (/^unreachable$/i.test(error)) return t('settings.deliveries.error.unreachable');
  if (/^timed out$/i.test(error)) return t('settings.deliveries.error.timedOut');
  const answered = /^answered HTTP (\d{3}):?\s*([\s\S]*)$/.exec(error);
  if (answered) return t('settings.deliveries.error.answered', { status: answered[1], body: answered[2] || '—' });
  return error;
}

/** One message forwarded to the automation: when, how it went, and a retry for a dead letter. */
export function DeliveryItem({ delivery, retrying, onRetry }: { delivery: Delivery; retrying: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = delivery.status ?? '';
  const when = delivery.createdAt ? format.dateTime(delivery.createdAt) : '';
  return (
    <Paper withBorder p="sm" component="li" data-testid="delivery">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <Badge color={COLORS[status] ?? 'gray'} variant="light">
              {t(`settings.deliveries.status.${status}`, { defaultValue: status })}
            </Badge>
            <Text size="sm">{when}</Text>
          </Group>
          {status === 'DEAD' && (
            <Button size="compact-sm" variant="light" loading={retrying} onClick={onRetry}
              aria-label={t('settings.deliveries.retryNamed', { date: when })}>
              {t('settings.deliveries.retry')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('settings.deliveries.attempts', { count: delivery.attempts ?? 0 })}
          {delivery.nextAttemptAt && ` · ${t('settings.deliveries.next', { date: format.dateTime(delivery.nextAttemptAt) })}`}
        </Text>
        {delivery.lastError && status !== 'DELIVERED' && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('settings.deliveries.lastError')} <Code>{deliveryError(delivery.lastError, t)}</Code>
          </Text>
        )}
        {delivery.conversationId && (
          <Anchor component={Link} to={`/inbox/${delivery.conversationId}`} size="sm">
            {t('settings.deliveries.open')}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
