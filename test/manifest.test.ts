import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { COMMANDS } from '../src/bot/commands';
import { readSentinelCommand } from '../src/sentinel/sentinel-commands';
import { findProjectRoot } from '../src/files/project-root';
import { buildManifest, packageApp } from '../scripts/package-app';
import { ask } from './helpers/answers';
import { validateManifest } from './helpers/validate-manifest';

const root = findProjectRoot();
const BOT_ID = '12345678-90ab-4cde-8f01-23456789abcd';

function pngSize(png: Buffer): { width: number; height: number; colorType: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colorType: png[25] };
}

describe('Teams app manifest', () => {
  const committed = JSON.parse(readFileSync(join(root, 'manifest', 'manifest.json'), 'utf8'));

  it('validates against the official Teams schema (bundled, offline)', async () => {
    const errors = validateManifest(buildManifest(BOT_ID));
    expect(errors).toEqual([]);
  });

  it('the validator does catch a wrong scope', async () => {
    const bad = buildManifest(BOT_ID);
    bad.bots[0].scopes = ['personal', 'groupchat'];
    expect(validateManifest(bad).length).toBeGreaterThan(0);
  });

  it('declares a search message extension on the same bot', () => {
    const manifest = buildManifest(BOT_ID);
    expect(manifest.composeExtensions[0]).toMatchObject({
      botId: BOT_ID,
      commands: [{ id: 'searchCatalog', type: 'query', parameters: [{ name: 'query' }] }],
    });
  });

  it('declares file support, so Teams lets a user send the bot a file in a 1:1 chat', () => {
    expect(committed.bots[0].supportsFiles).toBe(true);
  });

  it('declares the bot in personal, team and groupChat', () => {
    expect(committed.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
  });

  it('lists the same commands as src/bot/commands.ts, and each one gets an answer', () => {
    expect(committed.bots[0].commandLists[0].commands).toEqual(COMMANDS);
    // watch / health / unwatch are the sentinel's; every other command is a question explain() answers.
    const sentinel = COMMANDS.filter(({ title }) => readSentinelCommand(title));
    expect(sentinel.map((c) => c.title)).toEqual(['watch', 'health', 'unwatch']);
    for (const { title } of COMMANDS.filter((c) => !sentinel.includes(c)))
      expect(['help', 'lookup']).toContain(ask(title).kind);
  });

  it('has a 192×192 colour icon and a 32×32 transparent outline icon', () => {
    expect(pngSize(readFileSync(join(root, 'manifest', 'color.png')))).toMatchObject({
      width: 192,
      height: 192,
    });
    const outline = pngSize(readFileSync(join(root, 'manifest', 'outline.png')));
    expect(outline).toEqual({ width: 32, height: 32, colorType: 6 });
  });

  it('packages a zip with the bot id from the environment that passes the schema', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cd-pkg-')), 'app.zip');
    await packageApp(BOT_ID, out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(validateManifest(manifest)).toEqual([]);
  });

  it('refuses to package without a bot id, saying how to fix it', () => {
    expect(() => buildManifest('')).toThrow(
      /MicrosoftAppId must be your bot's app registration id.*Set it in \.env/
    );
  });
});
