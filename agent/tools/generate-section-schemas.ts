// `npm run generate:section-schemas`: writes agent/src/core/generated/section-json-schemas.ts.
import { writeFileSync } from 'node:fs';
import { GENERATED_PATH, sectionJsonSchemasSource } from './section-json-schemas.ts';

writeFileSync(GENERATED_PATH, await sectionJsonSchemasSource());
process.stdout.write(`wrote ${GENERATED_PATH}\n`);
