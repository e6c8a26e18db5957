// Prints the gzipped size of the JavaScript a first visit loads (the entry chunk and what index.html
// preloads) and fails the build above the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = Number(process.env.INITIAL_JS_BUDGET_KB ?? 250);
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]),
);
if (initial.size === 0) {
  console.error('bundle-size: no script found in dist/index.html');
  process.exit(1);
}
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
let total = 0;
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`  initial  ${(size / 1024).toFixed(1).padStart(7)} KB gz  ${file}`);
}
const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.has(`assets/${f}`));
const lazyTotal = lazy.reduce((sum, f) => sum + gz(join('assets', f)), 0);
console.log(`Initial JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB); ` +
  `loaded later: ${(lazyTotal / 1024).toFixed(1)} KB gzipped in ${lazy.length} chunks`);
if (total > BUDGET_KB * 1024) {
  console.error(`Initial JavaScript is over the budget of ${BUDGET_KB} KB gzipped.`);
  process.exit(1);
}
