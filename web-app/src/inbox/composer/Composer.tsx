import { ActionIcon, Alert, Button, CloseButton, FileButton, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { type Ref, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendActivity } from '../../api/live';
import type { QuickReply } from '../../api/quickReplies';
import type { Conversation, Message } from '../../api/types';
import { describeProblem } from '../../api/problem';
import { windowState } from '../model/window';
import { clearDraft, readDraft, saveDraft, type DraftMode } from './drafts';
import { isSendKey } from './sendKeys';
import { QuickReplyCombobox } from './QuickReplyCombobox';
import { TemplateForm } from './TemplateForm';
import { UploadStatus } from './UploadStatus';
import { useAddNote, useSendMessage } from './useSend';
import { useUpload } from './useUpload';

const MAX_CAPTION = 1024;

export interface ComposerHandle {
  focus: (mode?: DraftMode) => void;
  attach: (file: File) => void;
}

export interface ComposerProps {
  conversation: Conversation;
  replyTo: Message | null;
  onCancelReply: () => void;
  ref?: Ref<ComposerHandle>;
}

/** Reply to the customer or write an internal note; files; a template when the 24-hour window is closed. */
export function Composer({ conversation, replyTo, onCancelReply, ref }: ComposerProps) {
  const { t } = useTranslation();
  const id = conversation.id;
  const [mode, setMode] = useState<DraftMode>('reply');
  const [text, setText] = useState(() => readDraft(id, 'reply'));
  const field = useRef<HTMLTextAreaElement>(null);
  /** The file of the quick reply picked, sent with the text as its caption (until removed). */
  const [quickMedia, setQuickMedia] = useState<Pick<QuickReply, 'mediaUrl' | 'mediaType'> | null>(null);
  const typingSaid = useRef(0);
  const send = useSendMessage(id);
  const note = useAddNote(id);
  const { upload, start, cancel, dismiss } = useUpload(id);
  const win = windowState(conversation.channel, conversation.windowExpiresAt);
  const blocked = mode === 'reply' && win.applies && !win.open;

  useEffect(() => {
    setText(readDraft(id, mode));
    setQuickMedia(null);
  }, [id, mode]);

  useImperativeHandle(ref, () => ({
    focus: (next) => {
      if (next) setMode(next);
      setTimeout(() => field.current?.focus(), 0);
    },
    attach: (file) => void start(file, text),
  }));

  const mutation = mode === 'note' ? note : send;
  const problem = mutation.error ? describeProblem(mutation.error, t) : null;

  function change(value: string) {
    setText(value);
    saveDraft(id, mode, value);
    // colleagues see someone is answering (a note is not an answer); at most every 3 s
    if (mode === 'reply' && value.trim() && Date.now() - typingSaid.current > 3_000) {
      typingSaid.current = Date.now();
      sendActivity('typing', id);
    }
  }

  function pick(reply: QuickReply) {
    change(reply.text);
    setQuickMedia(reply.mediaUrl && reply.mediaType ? reply : null);
    field.current?.focus();
  }

  function submit() {
    const value = text.trim();
    if (!value || mutation.isPending || blocked) return;
    const done = () => {
      setText('');
      setQuickMedia(null);
      clearDraft(id, mode);
      onCancelReply();
    };
    if (mode === 'note') note.mutate(value, { onSuccess: done });
    else {
      const quote = replyTo ? { replyToMessageId: replyTo.id } : {};
      const media = quickMedia?.mediaUrl && quickMedia.mediaType ? quickMedia : null;
      if (!media) {
        send.mutate({ type: 'text', text: value, ...quote }, { onSuccess: done });
        return;
      }
      // WhatsApp captions take 1,024 characters and audio none: then the file goes first and the text after it
      const captioned = media.mediaType !== 'audio' && value.length <= MAX_CAPTION;
      const file = { type: media.mediaType!, media: { link: media.mediaUrl!, ...(captioned ? { caption: value } : {}) }, ...quote };
      send.mutate(file, {
        onSuccess: () => (captioned ? done() : send.mutate({ type: 'text', text: value }, { onSuccess: done })),
      });
    }
  }

  return (
    <Stack
      gap={6}
      p="xs"
      style={{
        borderTop: '1px solid var(--mantine-color-gray-3)',
        background: mode === 'note' ? 'var(--mantine-color-yellow-0)' : undefined,
      }}
    >
      <Group justify="space-between" gap="xs">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(m) => setMode(m as DraftMode)}
          data={[
            { value: 'reply', label: t('composer.reply') },
            { value: 'note', label: t('composer.note') },
          ]}
          aria-label={t('composer.mode')}
        />
        {mode === 'reply' && !blocked && (
          <FileButton onChange={(file) => file && void start(file, text)}>
            {(props) => (
              <Button {...props} size="compact-xs" variant="light" disabled={upload.state === 'uploading'}>
                {t('composer.attach')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {blocked && <TemplateForm conversationId={id} connectionId={conversation.connectionId} />}
      <UploadStatus upload={upload} onCancel={cancel} onDismiss={dismiss} />
      {quickMedia?.mediaType && mode === 'reply' && (
        <Group gap="xs" wrap="nowrap" px={6} data-testid="quick-reply-media">
          <Text size="xs" style={{ flex: 1 }} lineClamp={1}>
            {t('quickReplies.picker.media', { kind: t(`messageType.${quickMedia.mediaType}`) })} · {quickMedia.mediaUrl}
          </Text>
          <CloseButton size="sm" aria-label={t('quickReplies.picker.remove')} onClick={() => setQuickMedia(null)} />
        </Group>
      )}
      {replyTo && mode === 'reply' && (
        <Group gap="xs" wrap="nowrap" px={6} style={{ borderLeft: '3px solid var(--mantine-color-teal-6)' }}>
          <Text size="xs" style={{ flex: 1 }} lineClamp={1}>
            {t('composer.replyingTo', { text: replyTo.text ?? t(`messageType.${replyTo.type}`, { defaultValue: replyTo.type }) })}
          </Text>
          <CloseButton size="sm" aria-label={t('composer.cancelReply')} onClick={onCancelReply} />
        </Group>
      )}
      {problem && (
        <Alert color="red" p="xs" role="alert" title={problem.message}>
          {problem.detail}
        </Alert>
      )}
      {!blocked && (
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <QuickReplyCombobox draft={text} enabled={mode === 'reply'} onPick={pick}>
            {(picking) => (
              <Textarea
                ref={field}
                style={{ flex: 1 }}
                autosize
                minRows={1}
                maxRows={8}
                maxLength={mode === 'note' ? 4000 : 4096}
                value={text}
                onChange={(e) => change(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (isSendKey(e) && !picking) {
                    e.preventDefault();
                    submit();
                  }
                }}
                label={mode === 'note' ? t('composer.noteLabel') : t('composer.replyLabel')}
                labelProps={{ className: 'visually-hidden' }}
                placeholder={mode === 'note' ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
                error={problem?.fieldErrors['text']}
                data-testid="composer-input"
              />
            )}
          </QuickReplyCombobox>
          <ActionIcon
            size="lg"
            variant="filled"
            color={mode === 'note' ? 'yellow.8' : 'teal'}
            aria-label={mode === 'note' ? t('composer.addNote') : t('composer.send')}
            onClick={submit}
            loading={mutation.isPending}
            disabled={!text.trim()}
          >
            ➤
          </ActionIcon>
        </Group>
      )}
      {!blocked && (
        <Text size="xs" c="dimmed" visibleFrom="sm">
          {t('composer.hint')}
        </Text>
      )}
    </Stack>
  );
}
