import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeProblem } from '../../api/problem';
import type { Connection } from '../../api/types';
import type { NumberActions } from './useNumberActions';

/** Deleting a number is confirmed by typing its name. */
export function DeleteNumber({ connection, actions }: { connection: Connection; actions: NumberActions }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const { remove } = actions;
  const name = connection.name ?? '';
  return (
    <>
      <Button color="red" variant="light" onClick={dialog.open}>
        {t('numbers.delete.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={dialog.close}
        title={t('numbers.delete.title', { name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('numbers.delete.body')}</Text>
          <TextInput
            label={t('numbers.delete.confirm', { name })}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            data-autofocus
          />
          {remove.isError && <Alert color="red" role="alert" title={describeProblem(remove.error, t).message} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={dialog.close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              disabled={typed.trim() !== name}
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: () => void navigate('/admin/numbers') })}
            >
              {t('numbers.delete.button')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
