import { Alert, Badge, Button, Code, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { deleteQuickReply, quickReplyKeys, useQuickReplies, type QuickReply } from '../../api/quickReplies';
import { QuickReplyForm } from './QuickReplyForm';

type Editing = { reply: QuickReply | null } | null;

/** The company's quick replies: agents insert them in the composer by typing `/` and the shortcut. */
export default function QuickRepliesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const replies = useQuickReplies();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<QuickReply | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => deleteQuickReply(id),
    onSuccess: () => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: quickReplyKeys.all() });
    },
  });
  return (
    <Stack p="md" gap="md" maw={960} component="section" aria-labelledby="quick-replies-title">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Title id="quick-replies-title" order={1} size="h3">
            {t('quickReplies.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('quickReplies.intro')}
          </Text>
        </div>
        <Button onClick={() => setEditing({ reply: null })}>{t('quickReplies.add')}</Button>
      </Group>
      {replies.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {replies.isError && <Alert color="red" role="alert" title={describeProblem(replies.error, t).message} />}
      {replies.data?.length === 0 && <Text>{t('quickReplies.none')}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {replies.data?.map((reply) => (
          <Paper key={reply.id} withBorder p="sm" component="li" aria-label={`/${reply.shortcut}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Code fw={700}>/{reply.shortcut}</Code>
                  {reply.mediaType && <Badge variant="light">{t(`messageType.${reply.mediaType}`)}</Badge>}
                </Group>
                <Text size="sm" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
                  {reply.text}
                </Text>
              </Stack>
              <Group gap={4} wrap="nowrap">
                <Button size="compact-sm" variant="default" onClick={() => setEditing({ reply })}
                  aria-label={t('quickReplies.editNamed', { shortcut: reply.shortcut })}>
                  {t('quickReplies.edit')}
                </Button>
                <Button size="compact-sm" variant="light" color="red" onClick={() => setDeleting(reply)}
                  aria-label={t('quickReplies.deleteNamed', { shortcut: reply.shortcut })}>
                  {t('quickReplies.delete')}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.reply ? t('quickReplies.editTitle', { shortcut: editing.reply.shortcut }) : t('quickReplies.add')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && <QuickReplyForm editing={editing.reply} onDone={() => setEditing(null)} />}
      </Modal>
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('quickReplies.deleteTitle', { shortcut: deleting?.shortcut ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          {remove.isError && <Alert color="red" role="alert" title={describeProblem(remove.error, t).message} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => deleting && remove.mutate(deleting.id)}>
              {t('quickReplies.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
