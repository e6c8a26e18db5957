import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../api/types';
import { nameOf, type TeamRole } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';
import type { TeamActions } from './useTeamActions';

/** What went well, said under the person (team.done.*). */
export type Done = 'role' | 'enabled' | 'disabled' | 'reset' | 'invitation' | 'password';
type Dialog = 'role' | 'disable' | 'password' | null;

/**
 * The menu of what an admin can do to someone: change their role, disable or enable them (never themselves), send
 * them a link to choose a password (the invitation again, for someone invited) or set a temporary one. Changes
 * that sign the person out are confirmed first.
 */
export function PersonActions({
  person,
  self,
  actions,
  onStart,
  onDone,
}: {
  person: Agent;
  self: boolean;
  actions: TeamActions;
  onStart: () => void;
  onDone: (what: Done) => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const name = nameOf(person);
  const disabled = person.enabled === false;
  const otherRole: TeamRole = person.role === 'tenant-admin' ? 'agent' : 'tenant-admin';
  const busy = actions.update.isPending || actions.sendReset.isPending;
  const open = (which: Dialog) => {
    onStart();
    setDialog(which);
  };
  const close = () => setDialog(null);
  const change = (changes: { role?: TeamRole; enabled?: boolean }, what: Done) => {
    onStart();
    actions.update.mutate(changes, {
      onSuccess: () => onDone(what),
      onSettled: close,
    });
  };
  const sendLink = () => {
    onStart();
    actions.sendReset.mutate(undefined, { onSuccess: () => onDone(person.mustChangePassword ? 'invitation' : 'reset') });
  };

  return (
    <>
      {/* Mantine's initial-focus placeholder (role=presentation, focusable) is an item axe refuses in a menu */}
      <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button variant="default" size="xs" loading={busy} aria-label={t('team.actions.menu', { name })} style={{ flex: 'none' }}>
            {t('team.actions.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {!self && !disabled && (
            <Menu.Item onClick={() => open('role')}>{t(`team.actions.makeRole.${otherRole}`)}</Menu.Item>
          )}
          {!self && disabled && (
            <Menu.Item onClick={() => change({ enabled: true }, 'enabled')}>{t('team.actions.enable')}</Menu.Item>
          )}
          {!disabled && person.email && (
            <Menu.Item onClick={sendLink}>
              {t(person.mustChangePassword ? 'team.actions.resendInvitation' : 'team.actions.sendReset')}
            </Menu.Item>
          )}
          {!disabled && <Menu.Item onClick={() => open('password')}>{t('team.actions.setPassword')}</Menu.Item>}
          {!self && !disabled && (
            <Menu.Item c="red.9" onClick={() => open('disable')}>
              {t('team.actions.disable')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={dialog === 'role'}
        title={t(`team.confirm.role.${otherRole}`, { name })}
        body={t('team.confirm.roleBody', { name })}
        confirm={t(`team.actions.makeRole.${otherRole}`)}
        loading={actions.update.isPending}
        onConfirm={() => change({ role: otherRole }, 'role')}
        onClose={close}
      />
      <ConfirmDialog
        opened={dialog === 'disable'}
        title={t('team.confirm.disable', { name })}
        body={t('team.confirm.disableBody', { name })}
        confirm={t('team.actions.disable')}
        color="red"
        loading={actions.update.isPending}
        onConfirm={() => change({ enabled: false }, 'disabled')}
        onClose={close}
      />
      <TemporaryPasswordDialog
        opened={dialog === 'password'}
        name={name}
        actions={actions}
        onClose={close}
        onDone={() => onDone('password')}
      />
    </>
  );
}
