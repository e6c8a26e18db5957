import { Alert, Button, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../admin/team/ConfirmDialog';
import { describeProblem } from '../../api/problem';
import { useFigures } from '../figures';
import { consoleKeys } from '../keys';
import { Panel, QueryState } from '../Panel';
import { getCredentialStatus, rotateCredentials, underOlderKeys, type CredentialStatus } from './api';

/**
 * The key that seals the numbers' secrets: which version is current, how many numbers each version seals, and the
 * rotation of those under an older one (asked first: it touches every such number).
 */
export function CredentialsPanel() {
  const { t } = useTranslation();
  const figures = useFigures();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: consoleKeys.credentials(), queryFn: getCredentialStatus, staleTime: 0 });
  const [asking, setAsking] = useState(false);
  const [rotated, setRotated] = useState<number | null>(null);
  const rotate = useMutation({
    mutationFn: rotateCredentials,
    onSuccess: (answer) => {
      const { rotated: count, ...after } = answer;
      queryClient.setQueryData<CredentialStatus>(consoleKeys.credentials(), after);
      setRotated(count);
      setAsking(false);
    },
    // what went wrong is said beside the button
    onError: () => setAsking(false),
  });
  return (
    <Panel id="credentials-title" title={t('console.credentials.title')}>
      <Text size="sm" c="dimmed">
        {t('console.credentials.intro')}
      </Text>
      <QueryState query={status}>
        {(data) => {
          const older = underOlderKeys(data);
          const versions = Object.entries(data.connectionsByKeyVersion ?? {}).sort(([a], [b]) => Number(b) - Number(a));
          return (
            <>
              <Text size="sm" data-testid="credentials-current">
                {t('console.credentials.current', { version: data.currentKeyVersion })}
              </Text>
              {versions.length > 0 ? (
                <Table aria-labelledby="credentials-title" layout="fixed" data-testid="credentials-versions" fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('console.credentials.version')}</Table.Th>
                      <Table.Th ta="right">{t('console.credentials.numbers')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {versions.map(([version, count]) => (
                      <Table.Tr key={version}>
                        <Table.Th scope="row" fw={400}>
                          {Number(version) === data.currentKeyVersion
                            ? t('console.credentials.currentVersion', { version })
                            : t('console.credentials.olderVersion', { version })}
                        </Table.Th>
                        <Table.Td ta="right">{figures.count(count)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('console.credentials.noNumbers')}
                </Text>
              )}
              <Text size="sm" fw={older > 0 ? 600 : undefined} data-testid="credentials-older">
                {older > 0
                  ? t('console.credentials.older', { count: older, formatted: figures.count(older) })
                  : t('console.credentials.allCurrent')}
              </Text>
              {rotated !== null && (
                <Alert color="teal" role="status" p="xs" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setRotated(null)}>
                  {t('console.credentials.rotated', { count: rotated, formatted: figures.count(rotated) })}
                </Alert>
              )}
              {rotate.isError && (
                <Alert color="red" role="alert" title={describeProblem(rotate.error, t).message}>
                  {describeProblem(rotate.error, t).detail}
                </Alert>
              )}
              <div>
                <Button
                  variant="light"
                  disabled={older === 0}
                  onClick={() => {
                    rotate.reset();
                    setRotated(null);
                    setAsking(true);
                  }}
                >
                  {t('console.credentials.rotate')}
                </Button>
              </div>
              <ConfirmDialog
                opened={asking}
                title={t('console.credentials.confirmTitle')}
                body={t('console.credentials.confirmBody', { count: older, formatted: figures.count(older), version: data.currentKeyVersion })}
                confirm={t('console.credentials.rotate')}
                loading={rotate.isPending}
                onConfirm={() => rotate.mutate()}
                onClose={() => setAsking(false)}
              />
            </>
          );
        }}
      </QueryState>
    </Panel>
  );
}
