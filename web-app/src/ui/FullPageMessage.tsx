import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';

export interface FullPageMessageProps {
  title: string;
  body?: string;
  detail?: string;
  loading?: boolean;
  action?: { label: string; onClick: () => void };
  /** The page's main landmark (false when shown inside the signed-in layout, which has one). */
  asMain?: boolean;
}

/** A page with one message (signing in, not found, no organization…), centred, readable on a phone. */
export function FullPageMessage({ title, body, detail, loading, action, asMain = true }: FullPageMessageProps) {
  return (
    <Center mih={asMain ? '100vh' : 240} p="md" component={asMain ? 'main' : 'div'}>
      <Stack align="center" maw={520} gap="sm" ta="center">
        {loading && <Loader aria-hidden size="md" />}
        <Title order={1} size="h3">
          {title}
        </Title>
        {body && <Text>{body}</Text>}
        {detail && (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        )}
        {action && <Button onClick={action.onClick}>{action.label}</Button>}
      </Stack>
    </Center>
  );
}
