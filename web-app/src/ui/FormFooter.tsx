import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadableProblem } from '../api/problem';

interface Props {
  /** What went wrong with the last save; shown here only when no field carries it. */
  problem: ReadableProblem | null;
  saving: boolean;
  onCancel?: () => void;
  /** Shown above the buttons (e.g. "Saved."). */
  status?: ReactNode;
}

/** The end of a form: what went wrong (when it is no field's), then Cancel and Save. */
export function FormFooter({ problem, saving, onCancel, status }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {problem && Object.keys(problem.fieldErrors).length === 0 && (
        <Alert color="red" role="alert" title={problem.message}>
          {problem.detail}
        </Alert>
      )}
      {status}
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Group>
    </>
  );
}
