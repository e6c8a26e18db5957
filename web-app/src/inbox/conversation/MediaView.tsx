import { Anchor, Button, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/types';
import { describeProblem } from '../../api/problem';
import type { MessageContent } from '../model/content';
import { useMediaUrl } from './useMediaUrl';

/** Image, video, audio, sticker or document of a message, with its PENDING / FAILED / EXPIRED states. */
export function MediaView({ message, content }: { message: Message; content: MessageContent }) {
  const { t } = useTranslation();
  const isDocument = message.type === 'document';
  const [wanted, setWanted] = useState(!isDocument);
  const stored = message.mediaStatus === 'STORED' || (message.direction === 'OUTBOUND' && !message.mediaStatus);
  const media = useMediaUrl(message.conversationId, message.id, stored && wanted);
  const label = content.filename ?? content.caption ?? t(`messageType.${message.type}`, { defaultValue: message.type });

  if (content.link && !message.mediaStatus) {
    return (
      <Anchor href={content.link} target="_blank" rel="noopener noreferrer" size="sm">
        {label}
      </Anchor>
    );
  }
  if (message.mediaStatus === 'PENDING') {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('media.pending', { type: t(`messageType.${message.type}`, { defaultValue: message.type }) })}
      </Text>
    );
  }
  if (message.mediaStatus === 'FAILED' || message.mediaStatus === 'EXPIRED') {
    return (
      <Text size="sm" c="red.8">
        {message.mediaStatus === 'EXPIRED' ? t('media.expired') : t('media.failed')}
        {message.mediaError ? ` (${message.mediaError})` : ''}
      </Text>
    );
  }
  if (!wanted) {
    return (
      <Button size="compact-xs" variant="light" onClick={() => setWanted(true)}>
        {t('media.open', { name: label })}
      </Button>
    );
  }
  if (media.state === 'loading' || media.state === 'idle') return <Loader size="xs" role="status" aria-label={t('media.loading')} />;
  if (media.state === 'error') {
    return (
      <Text size="sm" c="red.8">
        {t('media.loadFailed')} {describeProblem(media.error, t).message}
      </Text>
    );
  }
  switch (message.type) {
    case 'image':
    case 'sticker':
      return (
        <img
          src={media.url}
          alt={content.caption ?? t(`messageType.${message.type}`)}
          style={{ maxWidth: message.type === 'sticker' ? 128 : '100%', maxHeight: 320, borderRadius: 6, display: 'block' }}
        />
      );
    case 'video':
      return <video src={media.url} controls style={{ maxWidth: '100%', maxHeight: 320 }} aria-label={label} />;
    case 'audio':
      return <audio src={media.url} controls aria-label={label} />;
    default:
      return (
        <Anchor href={media.url} download={content.filename ?? 'file'} size="sm">
          {t('media.download', { name: label })}
        </Anchor>
      );
  }
}
