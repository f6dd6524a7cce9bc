/** `npm run schema`: writes server/schema.graphql, then the client's types generated from it. */
import { writeFileSync } from 'node:fs';
import { printApiSchema, SCHEMA_FILE } from './schemaFile';

printApiSchema().then(
  (sdl) => writeFileSync(SCHEMA_FILE, sdl),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
