import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { useSendMessage } from './useSend';

/** Outside the Cloud API's 24-hour window only an approved template may be sent: name and language. */
export function TemplateForm({ conversationId }: { conversationId: string }) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [language, setLanguage] = useState(i18n.language === 'pt-BR' ? 'pt_BR' : 'en_US');
  const send = useSendMessage(conversationId);
  const problem = send.error ? describeProblem(send.error, t) : null;
  return (
    <Alert color="orange" title={t('window.closedTitle')} p="sm">
      {t('window.closedHelp')}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          send.mutate(
            { type: 'template', template: { name: name.trim(), language: { code: language.trim() } } },
            { onSuccess: () => setName('') },
          );
        }}
      >
        <Group align="flex-end" gap="xs" mt="xs" wrap="wrap">
          <TextInput
            size="xs"
            label={t('template.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={problem?.fieldErrors['template'] ?? problem?.fieldErrors['name']}
          />
          <TextInput
            size="xs"
            w={150}
            label={t('template.language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value)}
            required
          />
          <Button size="xs" type="submit" loading={send.isPending}>
            {t('template.send')}
          </Button>
        </Group>
        {problem && (
          <Alert color="red" mt="xs" p="xs" role="alert" title={problem.message}>
            {problem.detail}
          </Alert>
        )}
      </form>
    </Alert>
  );
}
