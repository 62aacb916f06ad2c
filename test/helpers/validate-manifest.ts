import { readFileSync } from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * Validates a Teams manifest against the official schema that @microsoft/app-manifest bundles
 * for its manifestVersion, offline. (The package's own API loads TypeScript sources that jest
 * cannot require, so the bundled schema file is used directly with the same ajv draft-04.)
 */
export function validateManifest(manifest: Record<string, any>): string[] {
  const path = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`
  );
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
  return validate(manifest)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
