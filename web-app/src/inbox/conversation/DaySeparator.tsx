import { Divider } from '@mantine/core';

export function DaySeparator({ label }: { label: string }) {
  return <Divider my="sm" label={label} labelPosition="center" role="separator" aria-label={label} />;
}
