import axe from 'axe-core';

/**
 * Accessibility violations of what is rendered (axe-core in jsdom: structure, names, roles, landmarks;
 * colour contrast needs a real browser and is left to the browser tests).
 */
export async function axeViolations(root: Element = document.body): Promise<string[]> {
  const results = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map(
    (v) => `${v.impact ?? ''} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
