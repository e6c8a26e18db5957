// Generates the API payload types from the services' OpenAPI documents (written by their Quarkus build),
// so that a change of the API that the app does not follow fails the type check.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const services = {
  tenant: 'tenant-service', session: 'session-service', message: 'message-service', gateway: 'webhook-gateway',
};
const outDir = resolve(root, 'src/api/generated');
const sourceDir = process.env.OPENAPI_DIR; // optional: a folder holding <service>.json instead of ../<service>/target

mkdirSync(outDir, { recursive: true });
const missing = [];
for (const [name, module] of Object.entries(services)) {
  const file = sourceDir
    ? resolve(sourceDir, `${module}.json`)
    : resolve(root, '..', module, 'target', 'openapi', 'openapi.json');
  if (!existsSync(file)) {
    missing.push(file);
    continue;
  }
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const ast = await openapiTS(doc, { alphabetize: true });
  const header = `// Generated from ${module}'s OpenAPI document by scripts/generate-api.mjs. Do not edit.\n`;
  writeFileSync(resolve(outDir, `${name}.ts`), header + astToString(ast));
  console.log(`API types: ${module} -> src/api/generated/${name}.ts`);
}
if (missing.length > 0) {
  console.error(
    'The services\' OpenAPI documents are missing:\n  ' + missing.join('\n  ') +
      '\nBuild the services first (from the repository root: ./mvnw -q package -DskipTests -pl ' +
      'tenant-service,session-service,message-service,webhook-gateway -am), or point OPENAPI_DIR at a folder with ' +
      '<service>.json files.',
  );
  process.exit(1);
}
