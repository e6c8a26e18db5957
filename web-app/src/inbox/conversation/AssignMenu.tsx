import { Button, Menu } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Agent, Conversation } from '../../api/types';
import { useIdentity } from '../../app/IdentityContext';
import { keys } from '../model/keys';
import type { ActionRequest } from './useConversationActions';

/** Assign to me, to another person of the team (tenant admins can list them), or unassign. */
export function AssignMenu({ conversation, run, busy }: { conversation: Conversation; run: (r: ActionRequest) => void; busy: boolean }) {
  const { t } = useTranslation();
  const identity = useIdentity();
  const isAdmin = identity.roles.includes('tenant-admin');
  const agents = useQuery({
    queryKey: keys.agents(),
    queryFn: async () => (await unwrap(api().GET('/api/tenant/agents'))) as Agent[],
    enabled: isAdmin,
    staleTime: 5 * 60_000,
  });
  const mine = conversation.assigneeId === identity.userId;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-sm" variant="light" loading={busy}>
          {t('actions.assign')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {!mine && <Menu.Item onClick={() => run({ action: 'assign', assigneeId: identity.userId })}>{t('actions.assignToMe')}</Menu.Item>}
        {isAdmin &&
          (agents.data ?? [])
            .filter((a) => a.enabled !== false && a.id && a.id !== identity.userId && a.id !== conversation.assigneeId)
            .map((a) => (
              <Menu.Item key={a.id} onClick={() => run({ action: 'assign', assigneeId: a.id! })}>
                {t('actions.assignTo', { name: [a.firstName, a.lastName].filter(Boolean).join(' ') || a.username })}
              </Menu.Item>
            ))}
        {conversation.assigneeId && <Menu.Item onClick={() => run({ action: 'unassign' })}>{t('actions.unassign')}</Menu.Item>}
      </Menu.Dropdown>
    </Menu>
  );
}
