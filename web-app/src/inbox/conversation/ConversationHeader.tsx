import { ActionIcon, Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../api/types';
import { describeProblem } from '../../api/problem';
import { useIdentity } from '../../app/IdentityContext';
import { contactTitle } from '../list/ConversationCard';
import { AssignMenu } from './AssignMenu';
import { Colleagues } from './Colleagues';
import { listConnections } from '../api';
import { keys } from '../model/keys';
import { useTenant, botAnswers } from '../useTenant';
import { useConversationActions } from './useConversationActions';
import { WindowBadge } from './WindowBadge';

export interface ConversationHeaderProps {
  conversation: Conversation;
  onBack: (() => void) | null;
  onToggleContact: () => void;
  contactOpen: boolean;
}

/** Who the customer is, the conversation's state and what can be done with it. */
export function ConversationHeader({ conversation, onBack, onToggleContact, contactOpen }: ConversationHeaderProps) {
  const { t } = useTranslation();
  const identity = useIdentity();
  const actions = useConversationActions(conversation.id);
  const numbers = useQuery({ queryKey: keys.connections(), queryFn: listConnections, staleTime: 5 * 60_000 });
  const number = numbers.data?.find((n) => n.id === conversation.connectionId);
  const bot = botAnswers(useTenant().data, number?.bot);
  const title = contactTitle(conversation, t('contact.unknown'));
  const assignee =
    conversation.assigneeId === null
      ? t('conversation.unassigned')
      : conversation.assigneeId === identity.userId
        ? t('conversation.assignedToMe')
        : t('conversation.assignedToOther');
  const problem = actions.error ? describeProblem(actions.error, t) : null;
  return (
    <Stack gap={4} p="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          {onBack && (
            <ActionIcon variant="subtle" onClick={onBack} aria-label={t('conversation.back')}>
              ←
            </ActionIcon>
          )}
          <div style={{ minWidth: 0 }}>
            <Title order={2} size="h5" lineClamp={1}>
              {title}
            </Title>
            {conversation.contact?.waId && (
              <Text size="xs" c="dimmed">
                +{conversation.contact.waId}
              </Text>
            )}
          </div>
        </Group>
        <Button size="compact-sm" variant={contactOpen ? 'filled' : 'subtle'} onClick={onToggleContact} aria-pressed={contactOpen}>
          {t('contact.panel')}
        </Button>
      </Group>
      <Group gap={6} wrap="wrap">
        <Badge size="sm" variant="light" color={conversation.status === 'RESOLVED' ? 'gray' : 'teal'}>
          {t(`status.${conversation.status}`)}
        </Badge>
        {conversation.owner === 'BOT' && (
          <Badge size="sm" variant="light" color="violet">
            {t('conversation.botOwns')}
          </Badge>
        )}
        <Badge size="sm" variant="outline" color="gray">
          {assignee}
        </Badge>
        <WindowBadge conversation={conversation} />
      </Group>
      <Colleagues conversationId={conversation.id} />
      {conversation.handoffReason && conversation.owner === 'HUMAN' && (
        <Text size="xs" c="dimmed">
          {t('conversation.handoffReason', { reason: conversation.handoffReason })}
        </Text>
      )}
      <Group gap={6} wrap="wrap" role="toolbar" aria-label={t('actions.label')}>
        <AssignMenu conversation={conversation} run={(r) => actions.mutate(r)} busy={actions.isPending} />
        {conversation.status === 'RESOLVED' ? (
          <Button size="compact-sm" variant="light" onClick={() => actions.mutate({ action: 'reopen' })}>
            {t('actions.reopen')}
          </Button>
        ) : (
          <Button size="compact-sm" variant="light" onClick={() => actions.mutate({ action: 'resolve' })}>
            {t('actions.resolve')}
          </Button>
        )}
        {conversation.owner === 'BOT' ? (
          <Button size="compact-sm" variant="light" color="violet" onClick={() => actions.mutate({ action: 'takeover' })}>
            {t('actions.takeOver')}
          </Button>
        ) : (
          bot && (
            <Button size="compact-sm" variant="subtle" color="violet" onClick={() => actions.mutate({ action: 'handback' })}>
              {t('actions.handBack')}
            </Button>
          )
        )}
      </Group>
      {problem && (
        <Alert color="red" p="xs" role="alert" title={problem.message} withCloseButton closeButtonLabel={t('common.close')} onClose={() => actions.reset()}>
          {problem.detail}
        </Alert>
      )}
    </Stack>
  );
}
