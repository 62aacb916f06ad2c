import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import JSZip from 'jszip';
import { COMMANDS } from '../src/bot/commands';
import { findProjectRoot } from '../src/files/project-root';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The manifest with this bot's id and the command list from src/bot/commands.ts. */
export function buildManifest(botId: string, root = findProjectRoot()): Record<string, any> {
  if (!GUID.test(botId)) {
    throw new Error(
      `MicrosoftAppId must be your bot's app registration id, a GUID (got "${botId}"). Set it in .env or the environment.`
    );
  }
  const manifest = JSON.parse(readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8'));
  manifest.bots[0].botId = botId;
  manifest.bots[0].commandLists = [{ scopes: manifest.bots[0].scopes, commands: COMMANDS }];
  for (const extension of manifest.composeExtensions ?? []) extension.botId = botId;
  return manifest;
}

/** Writes the ready-to-upload app package: manifest.json and both icons at the zip root. */
export async function packageApp(
  botId: string,
  outFile: string,
  root = findProjectRoot()
): Promise<string> {
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(buildManifest(botId, root), null, 2));
  for (const icon of ['color.png', 'outline.png'])
    zip.file(icon, readFileSync(join(root, 'manifest', icon)));
  writeFileSync(outFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return outFile;
}

if (require.main === module) {
  const root = findProjectRoot();
  loadDotenv({ path: join(root, '.env'), quiet: true });
  const botId = (process.env.MicrosoftAppId ?? '').trim();
  mkdirSync(join(root, 'appPackage'), { recursive: true });
  packageApp(botId, join(root, 'appPackage', 'connector-decoder.zip'), root)
    .then((file) =>
      process.stdout.write(
        `Wrote ${file} for bot ${botId}. Upload it in Teams: Apps > Manage your apps > Upload an app.\n`
      )
    )
    .catch((error: Error) => {
      process.stderr.write(`npm run package: ${error.message}\n`);
      process.exit(1);
    });
}
