import { Alert, Badge, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../api/problem';
import { useTemplates } from '../../api/templates';
import type { Connection } from '../../api/types';
import { listConnections } from '../../inbox/api';
import { keys } from '../../inbox/model/keys';
import { ScrollTable } from '../../ui/ScrollTable';

const STATUS_COLOR: Record<string, string> = { APPROVED: 'green', PENDING: 'yellow', REJECTED: 'red' };

const label = (n: Connection): string => {
  const name = n.name ?? n.id;
  return n.displayPhoneNumber ? `${name} (${n.displayPhoneNumber})` : name;
};

/**
 * Read-only: one Cloud API number's message templates at a time (a company may have many numbers, and each is a
 * call to Meta), with Meta's status, category and language. The first connected number is shown first.
 */
export default function TemplatesPage() {
  const { t } = useTranslation();
  const numbers = useQuery({ queryKey: keys.connections(), queryFn: listConnections });
  const cloudApi = (numbers.data ?? []).filter((n) => n.type === 'CLOUD_API');
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = cloudApi.find((n) => n.id === chosen) ?? cloudApi.find((n) => n.state === 'OPEN') ?? cloudApi[0];
  return (
    <Stack p="md" gap="md" maw={960} component="section" aria-labelledby="templates-title">
      <div>
        <Title id="templates-title" order={1} size="h3">
          {t('templates.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('templates.help')}
        </Text>
      </div>
      {numbers.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {numbers.isError && <Alert color="red" title={describeProblem(numbers.error, t).message} />}
      {numbers.isSuccess && cloudApi.length === 0 && <Text>{t('templates.noCloudApi')}</Text>}
      {cloudApi.length > 1 && (
        <Select
          label={t('templates.number')}
          data={cloudApi.map((n) => ({ value: n.id, label: label(n) }))}
          value={shown?.id ?? null}
          onChange={setChosen}
          allowDeselect={false}
          searchable
          maw={420}
        />
      )}
      {shown && <NumberTemplates key={shown.id} number={shown} />}
    </Stack>
  );
}

function NumberTemplates({ number }: { number: Connection }) {
  const { t } = useTranslation();
  const templates = useTemplates(number.id);
  const name = label(number);
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('templates.forNumber', { name })}>
      <Title order={2} size="h5" mb="xs">
        {name}
      </Title>
      {templates.isPending && <Loader size="xs" role="status" aria-label={t('common.loading')} />}
      {templates.isError && (
        <Alert color="red" p="xs" title={t('templates.loadFailed', { name })}>
          {describeProblem(templates.error, t).detail}
        </Alert>
      )}
      {templates.isSuccess && templates.data.length === 0 && <Text size="sm">{t('templates.none')}</Text>}
      {templates.isSuccess && templates.data.length > 0 && (
        <ScrollTable minWidth={600} label={t('templates.title')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('templates.name')}</Table.Th>
                <Table.Th>{t('templates.language')}</Table.Th>
                <Table.Th>{t('templates.status')}</Table.Th>
                <Table.Th>{t('templates.category')}</Table.Th>
                <Table.Th>{t('templates.body')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {templates.data.map((x) => (
                <Table.Tr key={`${x.name}|${x.language}`}>
                  <Table.Td>{x.name}</Table.Td>
                  <Table.Td>{x.language}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOR[x.status ?? ''] ?? 'gray'}>
                      {x.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{x.category}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{x.body}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}
