import { Alert, Button, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import type { UploadState } from './useUpload';

export function UploadStatus({ upload, onCancel, onDismiss }: { upload: UploadState; onCancel: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  switch (upload.state) {
    case 'uploading':
      return (
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" truncate maw={200}>
            {t('upload.sending', { name: upload.name })}
          </Text>
          <Progress
            value={Math.round(upload.progress * 100)}
            style={{ flex: 1 }}
            aria-label={t('upload.progress', { name: upload.name })}
          />
          <Button size="compact-xs" variant="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      );
    case 'tooLarge':
      return (
        <Alert color="orange" p="xs" withCloseButton onClose={onDismiss} closeButtonLabel={t('common.close')} role="alert">
          {t('upload.tooLarge', { name: upload.name, size: (upload.size / 1024 / 1024).toFixed(1) })}
        </Alert>
      );
    case 'failed': {
      const problem = describeProblem(upload.error, t);
      return (
        <Alert color="red" p="xs" withCloseButton onClose={onDismiss} closeButtonLabel={t('common.close')} role="alert" title={problem.message}>
          {problem.detail}
        </Alert>
      );
    }
    default:
      return null;
  }
}
