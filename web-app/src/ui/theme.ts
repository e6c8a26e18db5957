import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Colours chosen for WCAG AA contrast (4.5:1 for text on white): the primary teal at shade 9 (links, tabs), text on
// filled badges and buttons picked by the background's lightness, light ones on the lightest teal, and "dimmed" text
// one shade darker than Mantine's.
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // light buttons and badges of the primary colour: teal 9 text on the lightest teal
    '--mantine-color-teal-light': 'var(--mantine-color-teal-0)',
    '--mantine-color-teal-light-hover': '#dafbf1', // between teal 0 and 1: teal 9 text keeps 4.5:1
    // warnings (closed window, upload problems): Mantine's orange 9 is too light on its own light shades
    '--mantine-color-orange-light-color': '#a13a05',
    // field errors and the light badges of states (numbers: connected, waiting, failed…) darker than Mantine's
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-red-light-color': '#a51d1d',
    '--mantine-color-yellow-light-color': '#7a4a00',
    '--mantine-color-green-light-color': '#1f6e31',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
  },
  dark: {},
});
