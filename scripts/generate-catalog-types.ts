import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { findProjectRoot } from '../src/files/project-root';

/** Where the generated types live, relative to the project root. */
export const CATALOG_FILE_TYPES = join('src', 'catalog', 'catalog-file.ts');

/**
 * The TypeScript types of a catalog file, generated from catalog/catalog.schema.json so the two
 * cannot drift. `npm run generate` rewrites the file; a test fails when it is out of date.
 */
export async function generateCatalogTypes(root = findProjectRoot()): Promise<string> {
  const schema = JSON.parse(readFileSync(join(root, 'catalog', 'catalog.schema.json'), 'utf8')) as JSONSchema;
  return compile(schema, 'CatalogFile', {
    bannerComment:
      '/* Generated from catalog/catalog.schema.json by scripts/generate-catalog-types.ts (npm run generate). Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 100, trailingComma: 'es5' },
  });
}

if (require.main === module) {
  void generateCatalogTypes().then((text) => {
    writeFileSync(join(findProjectRoot(), CATALOG_FILE_TYPES), text);
    process.stdout.write(`wrote ${CATALOG_FILE_TYPES}\n`);
  });
}
