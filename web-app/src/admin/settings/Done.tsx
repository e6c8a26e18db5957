import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Saved" (or another outcome) under a form, said to screen readers too; closes on demand. */
export function Done({ text, onClose }: { text: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" role="status" p="xs" withCloseButton closeButtonLabel={t('common.close')} onClose={onClose}>
      {text}
    </Alert>
  );
}
