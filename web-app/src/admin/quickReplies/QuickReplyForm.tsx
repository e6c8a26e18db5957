import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import { describeProblem } from '../../api/problem';
import {
  createQuickReply, quickReplyKeys, replaceQuickReply, type QuickReply, type QuickReplyContent, type QuickReplyMediaType,
} from '../../api/quickReplies';

const MEDIA_TYPES: QuickReplyMediaType[] = ['image', 'video', 'audio', 'document'];

/** Creates a quick reply, or changes one (`editing`); closes through `onDone` once saved. */
export function QuickReplyForm({ editing, onDone }: { editing: QuickReply | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [shortcut, setShortcut] = useState(editing?.shortcut ?? '');
  const [text, setText] = useState(editing?.text ?? '');
  const [mediaUrl, setMediaUrl] = useState(editing?.mediaUrl ?? '');
  const [mediaType, setMediaType] = useState<QuickReplyMediaType>(editing?.mediaType ?? 'image');
  const save = useMutation({
    mutationFn: (content: QuickReplyContent) =>
      editing ? replaceQuickReply(editing.id, content) : createQuickReply(content),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: quickReplyKeys.all() });
      onDone();
    },
  });
  const problem = save.isError ? describeProblem(save.error, t) : null;
  const errors = problem?.fieldErrors ?? {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const link = mediaUrl.trim();
    save.mutate({
      shortcut: shortcut.trim().replace(/^\//, '').toLowerCase(),
      text,
      ...(link ? { mediaUrl: link, mediaType } : {}),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('quickReplies.form.shortcut')}
          description={t('quickReplies.form.shortcutHelp')}
          leftSection="/"
          value={shortcut}
          onChange={(e) => setShortcut(e.currentTarget.value)}
          error={errors['shortcut']}
          maxLength={33}
          required
          data-autofocus
        />
        <Textarea
          label={t('quickReplies.form.text')}
          description={t('quickReplies.form.textHelp')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors['text']}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={4096}
          required
        />
        <TextInput
          label={t('quickReplies.form.mediaUrl')}
          description={t('quickReplies.form.mediaUrlHelp')}
          value={mediaUrl}
          onChange={(e) => setMediaUrl(e.currentTarget.value)}
          error={errors['mediaUrl']}
          type="url"
          placeholder={t('quickReplies.form.mediaUrlPlaceholder')}
        />
        {mediaUrl.trim() && (
          <NativeSelect
            label={t('quickReplies.form.mediaType')}
            value={mediaType}
            onChange={(e) => setMediaType(e.currentTarget.value as QuickReplyMediaType)}
            error={errors['mediaType']}
            data={MEDIA_TYPES.map((m) => ({ value: m, label: t(`messageType.${m}`) }))}
          />
        )}
        <FormFooter problem={problem} saving={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
