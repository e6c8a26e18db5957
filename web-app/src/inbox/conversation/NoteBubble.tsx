import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../api/types';
import { useFormat } from '../../i18n/format';

/** An internal note: only the team sees it, shown apart from the customer's messages. */
export function NoteBubble({ note }: { note: Note }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group justify="center" px="sm" py={3}>
      <Paper
        px="sm"
        py={6}
        maw="min(560px, 90%)"
        w="100%"
        radius="md"
        style={{ background: 'var(--mantine-color-yellow-0)', border: '1px dashed var(--mantine-color-yellow-7)' }}
        role="note"
        aria-label={t('note.label', { author: note.authorName ?? '' })}
      >
        <Text size="xs" fw={600} c="yellow.9">
          {t('note.header', { author: note.authorName ?? t('sender.AGENT') })}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {note.text}
        </Text>
        <Text size="xs" c="dimmed" ta="right">
          <time dateTime={note.createdAt}>{format.time(note.createdAt)}</time>
        </Text>
      </Paper>
    </Group>
  );
}
