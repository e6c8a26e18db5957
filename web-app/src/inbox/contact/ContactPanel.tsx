import { Anchor, Code, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Conversation } from '../../api/types';
import { describeProblem } from '../../api/problem';
import { useFormat } from '../../i18n/format';
import { useConversationActions } from '../conversation/useConversationActions';
import { Link } from 'react-router';

interface ContactDetails {
  id: string;
  waId: string;
  name: string | null;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  conversations: { id: string; connectionId: string; status: string; owner: string; lastMessageAt: string | null }[];
}

/** The customer: number, first and last seen, other conversations; the conversation's labels and attributes. */
export function ContactPanel({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const contactId = conversation.contact?.id;
  const details = useQuery({
    queryKey: ['contact', contactId],
    enabled: Boolean(contactId),
    queryFn: async () =>
      (await unwrap(api().GET('/api/contacts/{id}', { params: { path: { id: contactId! } } }))) as unknown as ContactDetails,
  });
  const actions = useConversationActions(conversation.id);
  const labelsProblem = actions.error ? describeProblem(actions.error, t) : null;
  const attributes = conversation.attributes && Object.keys(conversation.attributes).length > 0 ? conversation.attributes : null;
  return (
    <Stack gap="sm" p="sm" component="section" aria-labelledby="contact-panel-title" style={{ overflowY: 'auto', height: '100%' }}>
      <Title id="contact-panel-title" order={2} size="h5">
        {t('contact.title')}
      </Title>
      <Text size="sm" fw={600}>
        {conversation.contact?.name ?? t('contact.unknown')}
      </Text>
      {conversation.contact?.waId && <Text size="sm">+{conversation.contact.waId}</Text>}
      {details.data?.firstSeenAt && (
        <Text size="xs" c="dimmed">
          {t('contact.firstSeen', { date: format.dateTime(details.data.firstSeenAt) })}
        </Text>
      )}
      <TagsInput
        size="xs"
        label={t('labels.title')}
        description={t('labels.help')}
        value={conversation.labels}
        maxTags={20}
        onChange={(labels) => actions.mutate({ action: 'labels', labels })}
        error={labelsProblem ? (labelsProblem.fieldErrors['labels'] ?? labelsProblem.message) : undefined}
      />
      {attributes && (
        <div>
          <Text size="xs" fw={600}>
            {t('contact.attributes')}
          </Text>
          <Code block>{JSON.stringify(attributes, null, 2)}</Code>
        </div>
      )}
      {details.data && details.data.conversations.length > 1 && (
        <div>
          <Text size="xs" fw={600}>
            {t('contact.otherConversations')}
          </Text>
          <Stack gap={2}>
            {details.data.conversations
              .filter((c) => c.id !== conversation.id)
              .map((c) => (
                <Anchor key={c.id} component={Link} to={`/inbox/${c.id}`} size="xs">
                  {t(`status.${c.status}`, { defaultValue: c.status })}
                  {c.lastMessageAt ? ` · ${format.dateTime(c.lastMessageAt)}` : ''}
                </Anchor>
              ))}
          </Stack>
        </div>
      )}
    </Stack>
  );
}
