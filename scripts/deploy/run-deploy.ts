import * as az from './az-commands';
import { checklist } from './checklist';
import { MISSING_GROUP, type DeployOptions } from './deploy-options';
import {
  accountProblems,
  AzOutputError,
  readAccount,
  readDeploymentOutputs,
  readJson,
  signInProblem,
  summarizeAzError,
  type DeploymentOutputs,
} from './read-az-output';

export interface AzResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one az command from the project root. `json`: stdout is captured for parsing; `stream`:
 * the output is shown as it comes (a build's log) and only stderr is kept. 'not-found': no az.
 */
export type AzRunner = (args: string[], mode: 'json' | 'stream') => Promise<AzResult | 'not-found'>;

export interface DeployIo {
  out(text: string): void;
  err(text: string): void;
  /** `npm run package`'s work: writes the Teams app zip for this bot id, returns its path. */
  packageApp(appId: string, file: string): Promise<string>;
}

const NO_AZ =
  'Azure CLI (az) not found on PATH: install it (https://learn.microsoft.com/cli/azure/install-azure-cli) and open a new terminal. Bicep is not needed: infra/main.json is deployed as it is.';

/** Thrown by a step that cannot go on; `lines` say why, `code` is the exit code. */
class StepFailed extends Error {
  constructor(
    readonly lines: string[],
    readonly code = 1
  ) {
    super(lines[0]);
  }
}

async function runJson(run: AzRunner, args: string[], what: string): Promise<unknown> {
  const result = await run(args, 'json');
  if (result === 'not-found') throw new StepFailed([NO_AZ]);
  if (result.code !== 0) failed(what, result);
  try {
    return readJson(result.stdout, what);
  } catch (error) {
    throw new StepFailed([`${what}: ${(error as Error).message}`]);
  }
}

function failed(what: string, result: AzResult): never {
  throw new StepFailed([
    `${what} failed (az exit code ${result.code}):`,
    ...summarizeAzError(result.stderr).map((l) => `  ${l}`),
    'Nothing after this step was run; fix the cause and run the same command again (each step can be repeated).',
  ]);
}

/** The prerequisites, each missing one as one line; empty when deploying can start. */
export async function checkPrerequisites(options: DeployOptions, run: AzRunner): Promise<string[]> {
  const result = await run(az.accountShow(options), 'json');
  if (result === 'not-found') return [NO_AZ];
  if (result.code !== 0) return [signInProblem(result.stderr)];
  let account;
  try {
    account = readAccount(readJson(result.stdout, 'az account show'));
  } catch (error) {
    return [(error as Error).message];
  }
  if (!account)
    return ['az account show did not name a subscription and tenant; run az login again.'];
  return accountProblems(account);
}

/** Makes sure the resource group exists; returns its region. */
async function ensureGroup(options: DeployOptions, run: AzRunner, io: DeployIo): Promise<string> {
  const shown = await run(az.groupShow(options), 'json');
  if (shown === 'not-found') throw new StepFailed([NO_AZ]);
  if (shown.code === 0) {
    const group = readJson(shown.stdout, 'az group show') as { location?: string };
    io.out(
      `Resource group ${options.resourceGroup} exists (${group.location ?? 'region unknown'}).\n`
    );
    return group.location ?? '';
  }
  if (!/ResourceGroupNotFound|could not be found/i.test(shown.stderr)) {
    failed(`Looking up resource group ${options.resourceGroup}`, shown);
  }
  if (!options.location) {
    throw new StepFailed(
      [
        `Resource group ${options.resourceGroup} does not exist: add --location <region> (such as westeurope) to create it there.`,
      ],
      2
    );
  }
  io.out(`Creating resource group ${options.resourceGroup} in ${options.location}…\n`);
  await runJson(
    run,
    az.groupCreate(options, options.location),
    `Creating resource group ${options.resourceGroup}`
  );
  return options.location;
}

async function deployTemplate(
  options: DeployOptions,
  run: AzRunner,
  image: string | undefined,
  what: string
): Promise<DeploymentOutputs> {
  const json = await runJson(run, az.deploymentCreate(options, image), what);
  try {
    return readDeploymentOutputs(json);
  } catch (error) {
    if (error instanceof AzOutputError) throw new StepFailed([`${what}: ${error.message}`]);
    throw error;
  }
}

/**
 * The whole deployment: prerequisites, resource group, the template without the app, the image
 * built in the new registry, the template with the app, the Teams app zip, the checklist.
 * Returns the exit code: 0 deployed, 1 a prerequisite or a step failed, 2 a usage error (a
 * missing --resource-group alone, or a new resource group without --location).
 */
export async function deploy(options: DeployOptions, run: AzRunner, io: DeployIo): Promise<number> {
  try {
    const missing = await checkPrerequisites(options, run);
    const lines = options.resourceGroup ? missing : [...missing, MISSING_GROUP];
    if (lines.length) {
      io.err(`npm run deploy cannot start yet:\n${lines.map((l) => `  ✗ ${l}\n`).join('')}`);
      return missing.length ? 1 : 2;
    }
    await ensureGroup(options, run, io);
    io.out(
      '[1/4] Deploying the identity, bot registration, registry, storage and environment (minutes)…\n'
    );
    const base = await deployTemplate(options, run, undefined, 'The first deployment (no app yet)');
    io.out(`[2/4] Building the image in registry ${base.registryName} (no local Docker needed)…\n`);
    const built = await run(az.acrBuild(options, base.registryName), 'stream');
    if (built === 'not-found') throw new StepFailed([NO_AZ]);
    if (built.code !== 0) failed(`Building the image in ${base.registryName}`, built);
    const image = az.imageName(base.registryLoginServer, options.tag);
    io.out(`[3/4] Deploying the container app with ${image}…\n`);
    const outputs = await deployTemplate(options, run, image, 'The second deployment (the app)');
    io.out('[4/4] Writing the Teams app package…\n');
    let appPackage: string;
    try {
      appPackage = await io.packageApp(outputs.appId, options.appPackage);
    } catch (error) {
      throw new StepFailed([`Writing the Teams app package failed: ${(error as Error).message}`]);
    }
    io.out(checklist(options, outputs, image, appPackage));
    return 0;
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    io.err(`npm run deploy: ${error.lines.join('\n')}\n`);
    return error.code;
  }
}
