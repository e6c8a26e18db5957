import { Badge, Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { ApiKey } from './api';

/** One API key: its name, the start of the key (to recognise it), who created it and when, and whether it works. */
export function ApiKeyItem({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revoked = Boolean(apiKey.revokedAt);
  const name = apiKey.name ?? '';
  return (
    <Paper withBorder p="sm" component="li" data-testid="api-key">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} c={revoked ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            <Badge variant="light" color={revoked ? 'gray' : 'green'} data-testid="api-key-state">
              {t(revoked ? 'settings.apiKeys.revoked' : 'settings.apiKeys.active')}
            </Badge>
          </Group>
          <Code style={{ alignSelf: 'flex-start' }}>{`wak_${apiKey.prefix ?? ''}_…`}</Code>
          <Text size="xs" c="dimmed">
            {t('settings.apiKeys.createdBy', {
              name: apiKey.createdBy ?? '—',
              date: apiKey.createdAt ? format.dateTime(apiKey.createdAt) : '—',
            })}
            {apiKey.revokedAt && ` · ${t('settings.apiKeys.revokedAt', { date: format.dateTime(apiKey.revokedAt) })}`}
          </Text>
        </Stack>
        {!revoked && (
          <Button size="compact-sm" variant="light" color="red" onClick={onRevoke} style={{ flex: 'none' }}
            aria-label={t('settings.apiKeys.revokeNamed', { name })}>
            {t('settings.apiKeys.revoke')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
