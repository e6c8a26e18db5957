import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppStatus } from '../api/appStatus';
import { signInAgain } from '../api/auth';

/** What stands between the person and their work: suspension, an ended session, no network, no live updates. */
export function Banners() {
  const { t } = useTranslation();
  const status = useAppStatus();
  const items = [];
  if (status.suspended) {
    items.push(
      <Alert key="suspended" color="red" role="alert" title={t('banner.suspendedTitle')} py={6}>
        {t('banner.suspendedBody')}
        {status.suspendedReason && (
          <Text size="sm" mt={4} data-testid="suspended-reason">
            {t('banner.suspendedReason', { reason: status.suspendedReason })}
          </Text>
        )}
      </Alert>,
    );
  }
  if (status.sessionExpired) {
    items.push(
      <Alert key="session" color="orange" role="alert" py={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t('banner.sessionExpired')}</Text>
          <Button size="xs" onClick={() => void signInAgain()}>
            {t('auth.signInAgain')}
          </Button>
        </Group>
      </Alert>,
    );
  }
  if (!status.online) {
    items.push(
      <Alert key="offline" color="gray" role="status" py={6}>
        {t('banner.offline')}
      </Alert>,
    );
  } else if (status.live === 'reconnecting' && !status.suspended) {
    items.push(
      <Alert key="live" color="yellow" role="status" py={6}>
        {status.liveClosedReason ? t('banner.liveRefused', { reason: status.liveClosedReason }) : t('banner.reconnecting')}
      </Alert>,
    );
  }
  return items.length > 0 ? <Stack gap={0}>{items}</Stack> : null;
}
