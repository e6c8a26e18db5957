import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../ui/CopyField';
import type { ApiKey } from './api';

/**
 * The key just created, the only time anyone sees it: copy it now. A click beside the dialog does not close it;
 * once closed, the key is gone from the page.
 */
export function NewKeyDialog({ created, onClose }: { created: ApiKey | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title={t('settings.apiKeys.created.title', { name: created?.name ?? '' })}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Alert color="orange" title={t('settings.apiKeys.created.warningTitle')}>
          {t('settings.apiKeys.created.warning')}
        </Alert>
        {created?.key && <CopyField label={t('settings.apiKeys.created.key')} value={created.key} testId="new-api-key" />}
        <Text size="sm">{t('settings.apiKeys.created.usage')}</Text>
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('settings.apiKeys.created.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
