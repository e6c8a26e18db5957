import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { fillParameters, templateSend, useTemplates, type MessageTemplate } from '../../api/templates';
import { useSendMessage } from './useSend';

const keyOf = (t: MessageTemplate) => `${t.name}|${t.language}`;

/** Outside the Cloud API's 24-hour window only an approved template may be sent: pick one, fill its parameters. */
export function TemplateForm({ conversationId, connectionId }: { conversationId: string; connectionId: string }) {
  const { t } = useTranslation();
  const templates = useTemplates(connectionId);
  const approved = (templates.data ?? []).filter((x) => x.status === 'APPROVED');
  const [chosen, setChosen] = useState<string | null>(null);
  const [values, setValues] = useState<string[]>([]);
  const template = approved.find((x) => keyOf(x) === chosen) ?? null;
  const count = template?.bodyParameters ?? 0;
  const send = useSendMessage(conversationId);
  const problem = send.error ? describeProblem(send.error, t) : null;
  const loadProblem = templates.isError ? describeProblem(templates.error, t) : null;
  const complete = template !== null && values.slice(0, count).filter((v) => v.trim()).length === count;
  return (
    <Alert color="orange" title={t('window.closedTitle')} p="sm">
      {t('window.closedHelp')}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!template || !complete) return;
          send.mutate(templateSend(template, values), { onSuccess: () => setValues([]) });
        }}
      >
        <Stack gap="xs" mt="xs">
          <Select
            size="xs"
            label={t('template.pick')}
            placeholder={templates.isPending ? t('common.loading') : t('template.pickPlaceholder')}
            data={approved.map((x) => ({ value: keyOf(x), label: `${x.name} (${x.language})` }))}
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              setValues([]);
            }}
            nothingFoundMessage={t('template.none')}
            searchable
            required
            error={problem?.fieldErrors['template']}
          />
          {loadProblem && (
            <Text size="xs" c="red" role="alert">
              {loadProblem.message} {loadProblem.detail}
            </Text>
          )}
          {templates.isSuccess && approved.length === 0 && <Text size="xs">{t('template.none')}</Text>}
          {template && (
            <>
              {Array.from({ length: count }, (_, i) => (
                <TextInput
                  key={i}
                  size="xs"
                  label={t('template.parameter', { n: i + 1 })}
                  value={values[i] ?? ''}
                  onChange={(e) => {
                    const next = [...values];
                    next[i] = e.currentTarget.value;
                    setValues(next);
                  }}
                  required
                />
              ))}
              <Paper withBorder p="xs" aria-label={t('template.preview')} role="region">
                {template.header && <Text size="sm" fw={600}>{template.header}</Text>}
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="template-preview">
                  {fillParameters(template.body ?? '', values)}
                </Text>
                {template.footer && <Text size="xs" c="dimmed">{template.footer}</Text>}
              </Paper>
            </>
          )}
          <Group>
            <Button size="xs" type="submit" loading={send.isPending} disabled={!complete}>
              {t('template.send')}
            </Button>
          </Group>
        </Stack>
        {problem && (
          <Alert color="red" mt="xs" p="xs" role="alert" title={problem.message}>
            {problem.detail}
          </Alert>
        )}
      </form>
    </Alert>
  );
}
