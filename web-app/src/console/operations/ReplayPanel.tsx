import { Alert, Badge, Button, Grid, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddressParams } from '../../app/useAddressParams';
import { describeProblem, type ReadableProblem } from '../../api/problem';
import { useFormat } from '../../i18n/format';
import { useFigures } from '../figures';
import { consoleKeys } from '../keys';
import { notOffered, Panel } from '../Panel';
import { countReplay, getReplay, REPLAY_MAX_MS, startReplay, type ReplayJob, type ReplayRequest } from './api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = ['from', 'to', 'connectionId'];
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A `datetime-local` value (the person's own time) for an instant. */
export function localInput(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The request for the form's values, or what is wrong with them, field by field. */
export function replayRequest(
  values: { from: string; to: string; connectionId: string },
  t: Translate,
): { request: ReplayRequest } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const from = Date.parse(values.from);
  const to = Date.parse(values.to);
  if (!values.from || Number.isNaN(from)) errors['from'] = t('validation.required');
  if (!values.to || Number.isNaN(to)) errors['to'] = t('validation.required');
  if (!errors['from'] && !errors['to']) {
    if (to <= from) errors['to'] = t('console.replay.toBeforeFrom');
    else if (to - from > REPLAY_MAX_MS) errors['to'] = t('console.replay.tooLong');
  }
  const connectionId = values.connectionId.trim();
  if (connectionId && !UUID.test(connectionId)) errors['connectionId'] = t('console.replay.badConnection');
  if (Object.keys(errors).length > 0) return { errors };
  return {
    request: {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      ...(connectionId ? { connectionId: connectionId.toLowerCase() } : {}),
    },
  };
}

/** The gateway's refusals, on the fields they concern. */
function replayProblem(error: unknown, t: Translate): ReadableProblem {
  const readable = describeProblem(error, t, FIELDS);
  const detail = error instanceof Error ? error.message : '';
  if (/at most 7 days apart/i.test(detail)) return { ...readable, fieldErrors: { to: t('console.replay.tooLong') } };
  return readable;
}

/**
 * Replaying the raw webhooks of a period (at most 7 days, one number or all): first how many there are, then,
 * once the person confirms, the replay and its progress.
 */
export function ReplayPanel() {
  const { t } = useTranslation();
  const figures = useFigures();
  const [params, changeAddress] = useAddressParams();
  const [values, setValues] = useState(() => {
    const now = Date.now();
    return { from: localInput(now - 3600_000), to: localInput(now), connectionId: '' };
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [asked, setAsked] = useState<ReplayRequest | null>(null);
  const count = useMutation({
    mutationFn: countReplay,
    // a range the gateway refuses is said on its field; a platform that cannot count yet still replays
    onError: (error) => {
      if (!notOffered(error)) setAsked(null);
    },
  });
  const start = useMutation({
    mutationFn: startReplay,
    onSuccess: (job) => {
      setAsked(null);
      count.reset();
      changeAddress((next) => next.set('replay', job.id));
    },
  });
  const jobId = params.get('replay');
  const confirming = asked !== null && (count.isSuccess || (count.isError && notOffered(count.error)));
  const problem = count.isError && !notOffered(count.error) ? replayProblem(count.error, t) : start.isError ? replayProblem(start.error, t) : null;
  const fieldErrors = { ...problem?.fieldErrors, ...errors };

  const change = (field: keyof typeof values, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setAsked(null);
    count.reset();
    start.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.reset();
    const checked = replayRequest(values, t);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setAsked(checked.request);
    count.mutate(checked.request);
  };
  const cancel = () => {
    setAsked(null);
    count.reset();
  };
  return (
    <Panel id="replay-title" title={t('console.replay.title')}>
      <Text size="sm" c="dimmed">
        {t('console.replay.intro')}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="replay-title">
        <Stack gap="sm">
          <Grid gap="xs" align="flex-start">
            <Grid.Col span={{ base: 12, xs: 6 }}>
              <TextInput
                type="datetime-local"
                label={t('console.replay.from')}
                value={values.from}
                onChange={(e) => change('from', e.currentTarget.value)}
                error={fieldErrors['from']}
                required
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, xs: 6 }}>
              <TextInput
                type="datetime-local"
                label={t('console.replay.to')}
                value={values.to}
                onChange={(e) => change('to', e.currentTarget.value)}
                error={fieldErrors['to']}
                required
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput
                label={t('console.replay.connection')}
                description={t('console.replay.connectionHelp')}
                value={values.connectionId}
                onChange={(e) => change('connectionId', e.currentTarget.value)}
                error={fieldErrors['connectionId']}
                autoComplete="off"
                spellCheck={false}
                maxLength={36}
              />
            </Grid.Col>
          </Grid>
          <Text size="xs" c="dimmed">
            {t('console.replay.timeZone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone.replaceAll('_', ' ') })}
          </Text>
          {problem && Object.keys(problem.fieldErrors).length === 0 && (
            <Alert color="red" role="alert" title={problem.message}>
              {problem.detail}
            </Alert>
          )}
          {!confirming && (
            <Group justify="flex-end">
              <Button type="submit" loading={count.isPending} variant="light">
                {t('console.replay.count')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
      {confirming && (
        <Paper withBorder p="sm" role="group" aria-labelledby="replay-confirm" data-testid="replay-confirm">
          <Stack gap="sm">
            <Text id="replay-confirm" fw={600} role="status">
              {count.isSuccess
                ? t('console.replay.willReplay', { count: count.data.count, formatted: figures.count(count.data.count) })
                : t('console.replay.cannotCount')}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={cancel}>
                {t('common.cancel')}
              </Button>
              <Button
                disabled={count.isSuccess && count.data.count === 0}
                loading={start.isPending}
                onClick={() => start.mutate(asked!)}
              >
                {t('console.replay.start')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {jobId && <ReplayProgress id={jobId} />}
    </Panel>
  );
}

const STATE_COLORS: Record<string, string> = { RUNNING: 'blue', DONE: 'green', FAILED: 'red' };

/** A replay's progress, asked again every second while it runs. */
function ReplayProgress({ id }: { id: string }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const format = useFormat();
  const job = useQuery({
    queryKey: consoleKeys.replay(id),
    queryFn: () => getReplay(id),
    staleTime: 0,
    refetchInterval: (query) => ((query.state.data as ReplayJob | undefined)?.state === 'RUNNING' ? 1000 : false),
  });
  return (
    <Paper withBorder p="sm" data-testid="replay-job">
      <Stack gap={4}>
        <Text fw={600}>{t('console.replay.job')}</Text>
        {job.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
        {job.isError && (
          <Text size="sm" c="red.9">
            {notOffered(job.error) ? t('console.replay.gone') : describeProblem(job.error, t).message}
          </Text>
        )}
        {job.data && (
          <>
            <Group gap="xs">
              <Badge color={STATE_COLORS[job.data.state] ?? 'gray'} variant="light" data-testid="replay-state">
                {t(`console.replay.state.${job.data.state}`, { defaultValue: job.data.state })}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('console.replay.range', { from: format.dateTime(job.data.from), to: format.dateTime(job.data.to) })}
              </Text>
            </Group>
            <Text size="sm" role="status" data-testid="replay-progress">
              {t('console.replay.progress', {
                scanned: figures.count(job.data.scanned),
                replayed: figures.count(job.data.replayedWebhooks),
                events: figures.count(job.data.publishedEvents),
              })}
            </Text>
            {job.data.failure && (
              <Text size="sm" c="red.9" style={{ overflowWrap: 'anywhere' }}>
                {job.data.failure}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
