import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { findProjectRoot } from '../../src/files/project-root';

// `npm run deploy` end to end: the real script, started by tsx as package.json starts it, with a
// stand-in `az` (test/helpers/fake-az.js) alone on PATH, so no real Azure CLI is ever called. The
// stand-in records every call and answers with Microsoft's documented shapes; the values asserted
// below are the ones it answers with.
const root = findProjectRoot();
const TSX = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const CLIENT_ID = '6f0d1c2b-3a49-4e5f-8a7b-9c0d1e2f3a4b';
const PRINCIPAL_ID = '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f';
const ENDPOINT =
  'https://connector-decoder-app.happy-river-1234.westeurope.azurecontainerapps.io/api/messages';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-test-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'az'),
    `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'test', 'helpers', 'fake-az.js')}" "$@"\n`
  );
  chmodSync(join(bin, 'az'), 0o755);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  calls: string[][];
}

function runDeploy(args: string[], state = '', path = join(dir, 'bin')): Promise<Run> {
  const log = join(dir, 'az-calls.jsonl');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, 'scripts/deploy.ts', ...args], {
      cwd: root,
      env: { PATH: path, HOME: dir, FAKE_AZ_LOG: log, FAKE_AZ_STATE: state },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        calls: existsSync(log)
          ? readFileSync(log, 'utf8')
              .trim()
              .split('\n')
              .map((l) => JSON.parse(l))
          : [],
      })
    );
  });
}

const deployment = (name: string, ...parameters: string[]) => [
  'deployment',
  'group',
  'create',
  '--resource-group',
  'rg-test',
  '--name',
  name,
  '--template-file',
  'infra/main.json',
  '--parameters',
  '@infra/main.parameters.json',
  '--parameters',
  ...parameters,
  '--output',
  'json',
];

describe('npm run deploy with the Azure CLI signed in', () => {
  it('deploys in two passes around a registry build, writes the app zip and prints what is left', async () => {
    const zip = join(dir, 'app.zip');
    const run = await runDeploy([
      '--resource-group',
      'rg-test',
      '--tag',
      't1',
      '--app-package',
      zip,
    ]);
    expect(run.stderr).not.toMatch(/npm run deploy:/);
    expect(run.code).toBe(0);
    expect(run.calls).toEqual([
      ['account', 'show', '--output', 'json'],
      ['group', 'show', '--name', 'rg-test', '--output', 'json'],
      deployment('connector-decoder-base-t1', 'namePrefix=connector-decoder'),
      [
        'acr',
        'build',
        '--registry',
        'cdacrq3x7v2',
        '--image',
        'connector-decoder:t1',
        '--file',
        'Dockerfile',
        '.',
      ],
      deployment(
        'connector-decoder-app-t1',
        'namePrefix=connector-decoder',
        'containerImage=cdacrq3x7v2.azurecr.io/connector-decoder:t1'
      ),
    ]);
    // The build's own log is shown as it comes.
    expect(run.stdout).toContain('Run ID: ca1 was successful');
    const checklist = run.stdout.slice(run.stdout.indexOf('Connector Decoder is deployed'));
    expect(checklist).toContain(`Messaging endpoint   ${ENDPOINT}`);
    expect(checklist).toContain(`App id               ${CLIENT_ID}`);
    expect(checklist).toContain('image cdacrq3x7v2.azurecr.io/connector-decoder:t1');
    expect(checklist).toMatch(/Teams apps >\s+Manage apps > Upload new app/);
    expect(checklist).toContain(
      "Only for the sentinel's Graph checks (run again with --graph-checks"
    );
    expect(checklist).toContain('DeviceManagementConfiguration.Read.All');
    expect(checklist).toContain('DeviceManagementCloudCA.Read.All');
    expect(checklist).toContain(
      `https://graph.microsoft.com/v1.0/servicePrincipals/${PRINCIPAL_ID}/appRoleAssignments`
    );
    expect(checklist).toContain(
      'curl https://connector-decoder-app.happy-river-1234.westeurope.azurecontainerapps.io/healthz'
    );
    const upload = checklist.indexOf('Upload the Teams app');
    const consent = checklist.indexOf('DeviceManagementConfiguration.Read.All');
    const test = checklist.indexOf('Test:');
    expect(upload).toBeGreaterThan(0);
    expect(consent).toBeGreaterThan(upload);
    expect(test).toBeGreaterThan(consent);

    const manifest = JSON.parse(
      await (await JSZip.loadAsync(readFileSync(zip))).file('manifest.json')!.async('string')
    );
    expect(manifest.bots[0].botId).toBe(CLIENT_ID);
  }, 90000);

  it('creates a missing resource group where --location says, and deploys there', async () => {
    const run = await runDeploy(
      [
        '-g',
        'rg-test',
        '--graph-checks',
        '--location',
        'swedencentral',
        '--name',
        'cd-prod',
        '--tag',
        't2',
        '--app-package',
        join(dir, 'a.zip'),
      ],
      'no-group'
    );
    expect(run.code).toBe(0);
    expect(run.calls.slice(0, 3)).toEqual([
      ['account', 'show', '--output', 'json'],
      ['group', 'show', '--name', 'rg-test', '--output', 'json'],
      ['group', 'create', '--name', 'rg-test', '--location', 'swedencentral', '--output', 'json'],
    ]);
    expect(run.calls[3]).toEqual(
      deployment(
        'cd-prod-base-t2',
        'namePrefix=cd-prod',
        'location=swedencentral',
        'graphChecks=true'
      )
    );
    expect(run.calls[5]).toEqual(
      deployment(
        'cd-prod-app-t2',
        'namePrefix=cd-prod',
        'location=swedencentral',
        'graphChecks=true',
        'containerImage=cdacrq3x7v2.azurecr.io/connector-decoder:t2'
      )
    );
    expect(run.stdout).toContain("The sentinel's Graph checks are on and get 403 until");
    expect(run.stdout).toContain('cd-prod-id > Permissions');
  }, 90000);

  it('stops with one line when a missing resource group has no --location (exit 2)', async () => {
    const run = await runDeploy(['--resource-group', 'rg-test'], 'no-group');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'npm run deploy: Resource group rg-test does not exist: add --location <region> (such as westeurope) to create it there.',
    ]);
    expect(run.calls.map((c) => c.slice(0, 2).join(' '))).toEqual(['account show', 'group show']);
  }, 60000);
});

describe('npm run deploy before anything is deployed', () => {
  it('says in one line that az is not signed in, and calls nothing else (exit 1)', async () => {
    const run = await runDeploy(['--resource-group', 'rg-test'], 'signed-out');
    expect(run.code).toBe(1);
    const missing = run.stderr.split('\n').filter((l) => l.includes('✗'));
    expect(missing).toEqual([
      '  ✗ Not signed in to Azure: run az login (az login --tenant <tenant id> for a particular tenant).',
    ]);
    expect(run.calls).toEqual([['account', 'show', '--output', 'json']]);
    expect(run.stdout).toBe('');
  }, 60000);

  it('says that no subscription is chosen when the sign-in is tenant-level only', async () => {
    const run = await runDeploy(['--resource-group', 'rg-test'], 'tenant-level');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('✗ No subscription chosen: run az account set --subscription');
    expect(run.calls).toHaveLength(1);
  }, 60000);

  it('says that az is not on PATH, and that Bicep is not needed', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const run = await runDeploy(['--resource-group', 'rg-test'], '', empty);
    expect(run.code).toBe(1);
    const missing = run.stderr.split('\n').filter((l) => l.includes('✗'));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(
      /✗ Azure CLI \(az\) not found on PATH: install it .*Bicep is not needed/
    );
  }, 60000);

  it('names a missing --resource-group with the missing prerequisites, in one run', async () => {
    const signedIn = await runDeploy([]);
    expect(signedIn.code).toBe(2);
    expect(signedIn.stderr.split('\n').filter((l) => l.includes('✗'))).toEqual([
      '  ✗ Missing --resource-group: name the resource group to deploy into, such as npm run deploy -- --resource-group rg-connector-decoder --location westeurope.',
    ]);
    expect(signedIn.calls).toEqual([['account', 'show', '--output', 'json']]);

    const signedOut = await runDeploy([], 'signed-out');
    expect(signedOut.code).toBe(1);
    expect(signedOut.stderr.split('\n').filter((l) => l.includes('✗'))).toEqual([
      expect.stringMatching(/✗ Not signed in to Azure/),
      expect.stringMatching(/✗ Missing --resource-group/),
    ]);
  }, 60000);

  it.each([
    [['--resource-grop', 'rg-test'], 'unknown option "--resource-grop"'],
    [['--resource-group'], '--resource-group needs a value'],
    [['--resource-group', 'rg-test', '--name', 'Bad_Name'], '--name "Bad_Name" is not valid'],
  ])(
    'refuses %j in one line with exit 2 and calls no az',
    async (args, message) => {
      const run = await runDeploy(args);
      expect(run.code).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`npm run deploy: ${message}`);
      expect(run.calls).toEqual([]);
    },
    60000
  );
});

describe('npm run deploy when Azure refuses', () => {
  it('summarizes a failed deployment in a few lines, without a stack, and stops (exit 1)', async () => {
    const zip = join(dir, 'app.zip');
    const run = await runDeploy(
      ['--resource-group', 'rg-test', '--tag', 't3', '--app-package', zip],
      'deployment-fails'
    );
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      'npm run deploy: The first deployment (no app yet) failed (az exit code 1):'
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}MissingSubscriptionRegistration: The subscription is not registered to use namespace 'Microsoft.App'/
      )
    );
    expect(run.stderr).toContain('az provider register --namespace');
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain('"details"');
    expect(run.calls.map((c) => c[0])).toEqual(['account', 'group', 'deployment']);
    expect(existsSync(zip)).toBe(false);
  }, 60000);

  it('stops after a failed image build, before the app is deployed', async () => {
    const run = await runDeploy(['--resource-group', 'rg-test', '--tag', 't4'], 'build-fails');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'npm run deploy: Building the image in cdacrq3x7v2 failed (az exit code 1):'
    );
    expect(run.stderr).toContain('  Run failed');
    expect(run.calls.map((c) => c.slice(0, 2).join(' '))).toEqual([
      'account show',
      'group show',
      'deployment group',
      'acr build',
    ]);
  }, 60000);
});
