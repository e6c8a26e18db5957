import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { consoleKeys } from '../keys';
import { Panel } from '../Panel';
import { deleteTenant, getTenant, purgeTenant, reactivateTenant, suspendTenant, type Tenant } from './api';
import { tenantProblem } from './problems';

type Dialog = 'suspend' | 'reactivate' | 'delete' | 'purge' | null;

/**
 * The company's life: suspended with a reason its people are shown, reactivated, deleted (its data kept for the
 * retention period), then purged at once by typing its slug.
 */
export function Lifecycle({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = tenant.id ?? '';
  const name = tenant.name ?? '';
  const [dialog, setDialog] = useState<Dialog>(null);
  const [done, setDone] = useState<string | null>(null);
  const keep = (updated: Tenant) => {
    queryClient.setQueryData(consoleKeys.tenant(id), updated);
    void queryClient.invalidateQueries({ queryKey: consoleKeys.tenants() });
    void queryClient.invalidateQueries({ queryKey: consoleKeys.tenantAudit(id) });
  };
  const action = useMutation({
    mutationFn: async (what: { kind: Exclude<Dialog, null>; reason?: string; slug?: string }): Promise<Tenant> => {
      switch (what.kind) {
        case 'suspend':
          return suspendTenant(id, what.reason ?? '');
        case 'reactivate':
          return reactivateTenant(id);
        case 'delete':
          await deleteTenant(id);
          return getTenant(id);
        case 'purge':
          return purgeTenant(id, what.slug ?? '');
      }
    },
    onSuccess: (updated, what) => {
      keep(updated);
      setDone(t(`console.lifecycle.done.${what.kind}`, { name }));
      setDialog(null);
    },
  });
  const open = (which: Dialog) => {
    action.reset();
    setDone(null);
    setDialog(which);
  };
  const close = () => {
    action.reset();
    setDialog(null);
  };
  const status = tenant.status ?? 'ACTIVE';
  return (
    <Panel id="lifecycle-title" title={t('console.lifecycle.title')}>
      <Text size="sm" c="dimmed">
        {t(`console.lifecycle.help.${status}`, { defaultValue: '' })}
      </Text>
      {done && (
        <Alert color="teal" role="status" p="xs" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      <Group gap="xs" wrap="wrap">
        {status === 'ACTIVE' && (
          <Button color="orange" variant="light" onClick={() => open('suspend')}>
            {t('console.lifecycle.suspend')}
          </Button>
        )}
        {status === 'SUSPENDED' && <Button onClick={() => open('reactivate')}>{t('console.lifecycle.reactivate')}</Button>}
        {(status === 'ACTIVE' || status === 'SUSPENDED') && (
          <Button color="red" variant="light" onClick={() => open('delete')}>
            {t('console.lifecycle.delete')}
          </Button>
        )}
        {status === 'DELETED' && (
          <Button color="red" onClick={() => open('purge')}>
            {t('console.lifecycle.purge')}
          </Button>
        )}
      </Group>
      <SuspendDialog
        opened={dialog === 'suspend'}
        name={name}
        error={action.isError ? action.error : null}
        loading={action.isPending}
        onClose={close}
        onConfirm={(reason) => action.mutate({ kind: 'suspend', reason })}
      />
      <ConfirmDialog
        opened={dialog === 'reactivate'}
        title={t('console.lifecycle.confirm.reactivate', { name })}
        body={t('console.lifecycle.confirm.reactivateBody', { name })}
        confirm={t('console.lifecycle.reactivate')}
        error={action.isError ? action.error : null}
        loading={action.isPending}
        onClose={close}
        onConfirm={() => action.mutate({ kind: 'reactivate' })}
      />
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t('console.lifecycle.confirm.delete', { name })}
        body={t('console.lifecycle.confirm.deleteBody', { name })}
        confirm={t('console.lifecycle.delete')}
        color="red"
        error={action.isError ? action.error : null}
        loading={action.isPending}
        onClose={close}
        onConfirm={() => action.mutate({ kind: 'delete' })}
      />
      <PurgeDialog
        opened={dialog === 'purge'}
        tenant={tenant}
        error={action.isError ? action.error : null}
        loading={action.isPending}
        onClose={close}
        onConfirm={(slug) => action.mutate({ kind: 'purge', slug })}
      />
    </Panel>
  );
}

function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = describeProblem(error, t);
  return (
    <Alert color="red" role="alert" title={problem.message}>
      {problem.detail}
    </Alert>
  );
}

function ConfirmDialog(props: {
  opened: boolean;
  title: string;
  body: string;
  confirm: string;
  color?: string;
  error: unknown;
  loading: boolean;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md">
        <Text size="sm">{props.body}</Text>
        {props.error !== null && <ProblemAlert error={props.error} />}
        <Buttons onCancel={props.onClose}>
          <Button color={props.color} loading={props.loading} onClick={props.onConfirm} data-autofocus>
            {props.confirm}
          </Button>
        </Buttons>
      </Stack>
    </Modal>
  );
}

function Buttons({ onCancel, children }: { onCancel: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      {children}
    </Group>
  );
}

/** The reason is shown to the company's people: it is asked for, in words they understand. */
function SuspendDialog(props: {
  opened: boolean;
  name: string;
  error: unknown;
  loading: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const problem = props.error !== null ? tenantProblem(props.error, t, ['reason']) : null;
  const close = () => {
    setReason('');
    setMissing(false);
    props.onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim()) props.onConfirm(reason.trim());
  };
  return (
    <Modal opened={props.opened} onClose={close} title={t('console.lifecycle.confirm.suspend', { name: props.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('console.lifecycle.confirm.suspendBody', { name: props.name })}</Text>
          <Textarea
            label={t('console.lifecycle.reason')}
            description={t('console.lifecycle.reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={missing ? t('validation.required') : problem?.fieldErrors['reason']}
            maxLength={500}
            autosize
            minRows={2}
            required
            data-autofocus
          />
          {problem && !problem.fieldErrors['reason'] && <ProblemAlert error={props.error} />}
          <Buttons onCancel={close}>
            <Button type="submit" color="red" loading={props.loading}>
              {t('console.lifecycle.suspend')}
            </Button>
          </Buttons>
        </Stack>
      </form>
    </Modal>
  );
}

/** Purging cannot be undone: the company's slug, typed again, confirms it. */
function PurgeDialog(props: {
  opened: boolean;
  tenant: Tenant;
  error: unknown;
  loading: boolean;
  onClose: () => void;
  onConfirm: (slug: string) => void;
}) {
  const { t } = useTranslation();
  const slug = props.tenant.slug ?? '';
  const [typed, setTyped] = useState('');
  const problem = props.error !== null ? tenantProblem(props.error, t, ['confirmSlug']) : null;
  const close = () => {
    setTyped('');
    props.onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim() === slug) props.onConfirm(typed.trim());
  };
  return (
    <Modal opened={props.opened} onClose={close} title={t('console.lifecycle.confirm.purge', { name: props.tenant.name ?? slug })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('console.lifecycle.confirm.purgeBody')}</Text>
          <TextInput
            label={t('console.lifecycle.confirm.typeSlug', { slug })}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            error={problem?.fieldErrors['confirmSlug']}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            data-autofocus
          />
          {problem && !problem.fieldErrors['confirmSlug'] && <ProblemAlert error={props.error} />}
          <Buttons onCancel={close}>
            <Button type="submit" color="red" disabled={typed.trim() !== slug} loading={props.loading}>
              {t('console.lifecycle.purge')}
            </Button>
          </Buttons>
        </Stack>
      </form>
    </Modal>
  );
}
