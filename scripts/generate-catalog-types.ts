import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { findProjectRoot } from '../src/files/project-root';

/** Where the generated types live, relative to the project root. */
const CATALOG_FILE_TYPES = join('src', 'catalog', 'catalog-file.ts');

/**
 * The TypeScript types of a catalog file, generated from catalog/catalog.schema.json so the two
 * cannot drift. `npm run generate` rewrites the file; a test fails when it is out of date.
 */
async function generateCatalogTypes(root = findProjectRoot()): Promise<string> {
  const schema = JSON.parse(
    readFileSync(join(root, 'catalog', 'catalog.schema.json'), 'utf8')
  ) as JSONSchema;
  return compile(schema, 'CatalogFile', {
    bannerComment:
      '/* Generated from catalog/catalog.schema.json by scripts/generate-catalog-types.ts (npm run generate). Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    // Unformatted on purpose: the result is the same in every runner (prettier loads as ESM, which jest cannot).
    format: false,
  });
}

/**
 * `npm run generate` writes the file; `--check [file]` only says whether it (or the given file) is
 * up to date with the schema, and exits 1 if not.
 */
if (require.main === module) {
  const at = process.argv.indexOf('--check');
  const given = at >= 0 ? process.argv[at + 1] : undefined;
  const path =
    given && !given.startsWith('-') ? given : join(findProjectRoot(), CATALOG_FILE_TYPES);
  void generateCatalogTypes().then((text) => {
    if (at < 0) {
      writeFileSync(path, text);
      process.stdout.write(`wrote ${CATALOG_FILE_TYPES}\n`);
    } else if (readFileSync(path, 'utf8') !== text) {
      process.stderr.write(
        `${CATALOG_FILE_TYPES} is out of date with catalog/catalog.schema.json: run npm run generate\n`
      );
      process.exitCode = 1;
    }
  });
}
