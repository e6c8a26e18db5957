import { Anchor, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../api/types';
import { MEDIA_TYPES, type MessageContent } from '../model/content';
import { MediaView } from './MediaView';

/** The readable part of a message of any type. */
export function MessageBody({ message, content }: { message: Message; content: MessageContent }) {
  const { t } = useTranslation();
  const text = message.text ? (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {message.text}
    </Text>
  ) : null;

  if (MEDIA_TYPES.has(message.type)) {
    return (
      <Stack gap={4}>
        <MediaView message={message} content={content} />
        {content.caption && content.caption !== message.text && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {content.caption}
          </Text>
        )}
        {text}
      </Stack>
    );
  }
  if (content.location) {
    const { latitude, longitude, name, address } = content.location;
    return (
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          📍 {name ?? t('messageType.location')}
        </Text>
        {address && <Text size="xs">{address}</Text>}
        <Anchor
          size="xs"
          href={`https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('message.openMap', { latitude: latitude.toFixed(5), longitude: longitude.toFixed(5) })}
        </Anchor>
      </Stack>
    );
  }
  if (content.contacts) {
    return (
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {t('messageType.contacts')}
        </Text>
        <List size="sm">
          {content.contacts.map((c, i) => (
            <List.Item key={i}>
              {c.name} {c.phones.length > 0 && `(${c.phones.join(', ')})`}
            </List.Item>
          ))}
        </List>
      </Stack>
    );
  }
  if (content.interactive) {
    const { body, options, reply } = content.interactive;
    return (
      <Stack gap={2}>
        {text}
        {body && <Text size="sm">{body}</Text>}
        {options.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('message.options', { options: options.join(' · ') })}
          </Text>
        )}
        {reply && <Text size="sm">{t('message.chose', { option: reply })}</Text>}
      </Stack>
    );
  }
  if (content.template) {
    return (
      <Stack gap={2}>
        <Text size="sm" fs="italic">
          {t('message.template', { name: content.template.name, language: content.template.language ?? '' })}
        </Text>
        {text}
      </Stack>
    );
  }
  if (text) return text;
  return (
    <Text size="sm" c="dimmed" fs="italic">
      {t('message.unsupported', { type: message.type })}
    </Text>
  );
}
