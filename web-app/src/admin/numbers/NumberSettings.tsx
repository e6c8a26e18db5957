import { Alert, Button, Group, NumberInput, Paper, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import type { Connection } from '../../api/types';
import type { NumberActions } from './useNumberActions';

/** Name, send rate and whether the number is in use. */
export function NumberSettings({ connection, actions }: { connection: Connection; actions: NumberActions }) {
  const { t } = useTranslation();
  const [name, setName] = useState(connection.name ?? '');
  const [rate, setRate] = useState<number | string>(connection.sendRatePerSecond ?? '');
  const { update } = actions;
  const problem = update.isError ? describeProblem(update.error, t) : null;
  const save = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ name: name.trim(), ...(typeof rate === 'number' ? { sendRatePerSecond: rate } : {}) });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="number-settings-title">
      <Stack gap="sm">
        <Title id="number-settings-title" order={2} size="h4">
          {t('numbers.settings.title')}
        </Title>
        <Switch
          checked={connection.enabled !== false}
          onChange={(e) => update.mutate({ enabled: e.currentTarget.checked })}
          label={t('numbers.settings.enabled')}
          description={t('numbers.settings.enabledHelp')}
          disabled={update.isPending}
        />
        <form onSubmit={save} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('numbers.form.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={problem?.fieldErrors['name']}
              maxLength={100}
              required
            />
            <NumberInput
              label={t('numbers.settings.rate')}
              description={t('numbers.settings.rateHelp')}
              value={rate}
              onChange={setRate}
              min={1}
              max={1000}
              allowDecimal={false}
              placeholder={t('numbers.rateDefault')}
              error={problem?.fieldErrors['sendRatePerSecond']}
            />
            {problem && Object.keys(problem.fieldErrors).length === 0 && (
              <Alert color="red" role="alert" title={problem.message}>
                {problem.detail}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
