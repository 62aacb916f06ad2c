import type { DeployOptions } from './deploy-options';

/**
 * The Azure CLI calls `npm run deploy` makes, as argument lists (run from the project root).
 * docs/deploy.md shows the same calls for doing it by hand; test/deploy/deploy.test.ts pins them.
 */

/** The repository of the bot's image in the registry the template creates. */
export const IMAGE_REPOSITORY = 'connector-decoder';
export const TEMPLATE_FILE = 'infra/main.json';
export const PARAMETERS_FILE = 'infra/main.parameters.json';

function subscription(options: DeployOptions): string[] {
  return options.subscription ? ['--subscription', options.subscription] : [];
}

export function accountShow(options: DeployOptions): string[] {
  return ['account', 'show', ...subscription(options), '--output', 'json'];
}

export function groupShow(options: DeployOptions): string[] {
  return [
    'group',
    'show',
    '--name',
    options.resourceGroup,
    ...subscription(options),
    '--output',
    'json',
  ];
}

export function groupCreate(options: DeployOptions, location: string): string[] {
  return [
    'group',
    'create',
    '--name',
    options.resourceGroup,
    '--location',
    location,
    ...subscription(options),
    '--output',
    'json',
  ];
}

/**
 * One pass of the template. Without an image (the first pass) it creates everything but the
 * container app, so the image can be built into the new registry; with one it adds the app.
 */
export function deploymentCreate(options: DeployOptions, image?: string): string[] {
  const parameters = [`namePrefix=${options.namePrefix}`];
  if (options.location) parameters.push(`location=${options.location}`);
  if (options.graphChecks) parameters.push('graphChecks=true');
  if (image) parameters.push(`containerImage=${image}`);
  return [
    'deployment',
    'group',
    'create',
    '--resource-group',
    options.resourceGroup,
    '--name',
    `${options.namePrefix}-${image ? 'app' : 'base'}-${options.tag}`.slice(0, 64),
    '--template-file',
    TEMPLATE_FILE,
    '--parameters',
    `@${PARAMETERS_FILE}`,
    '--parameters',
    ...parameters,
    ...subscription(options),
    '--output',
    'json',
  ];
}

/** Builds the Dockerfile in the registry itself (ACR Tasks): no Docker needed on this machine. */
export function acrBuild(options: DeployOptions, registryName: string): string[] {
  return [
    'acr',
    'build',
    '--registry',
    registryName,
    '--image',
    `${IMAGE_REPOSITORY}:${options.tag}`,
    '--file',
    'Dockerfile',
    ...subscription(options),
    '.',
  ];
}

/** The image the second pass runs: <login server>/connector-decoder:<tag>. */
export function imageName(loginServer: string, tag: string): string {
  return `${loginServer}/${IMAGE_REPOSITORY}:${tag}`;
}
