import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface ScrollTableProps {
  minWidth: number;
  /** Its name: words, or the id of the heading that names it. */
  label?: string;
  labelledBy?: string;
  mt?: string;
  children: ReactNode;
}

/**
 * A table wider than a phone, scrolled sideways in its own region: focusable, so that a keyboard can scroll it
 * too, and named after the table.
 */
export function ScrollTable({ minWidth, label, labelledBy, mt, children }: ScrollTableProps) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      mt={mt}
      tabIndex={0}
      role="group"
      {...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label })}
    >
      {children}
    </Table.ScrollContainer>
  );
}
