import { ActionIcon, Button, Group, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { useAssignedNotification } from '../useAssignedNotification';
import { OnlineNow } from './OnlineNow';

export function ListHeader({
  notification,
  onHelp,
}: {
  notification: ReturnType<typeof useAssignedNotification>;
  onHelp: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" px="xs" pt="xs" gap="xs">
      <Title order={1} size="h4">
        {t('nav.inbox')}
      </Title>
      <Group gap={4}>
        <OnlineNow />
        {notification.supported && notification.permission === 'default' && (
          <Button size="compact-xs" variant="subtle" onClick={() => void notification.enable()}>
            {t('notification.enable')}
          </Button>
        )}
        <Tooltip label={t('shortcuts.title')}>
          <ActionIcon variant="subtle" aria-label={t('shortcuts.title')} onClick={onHelp}>
            ?
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
