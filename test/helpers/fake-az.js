#!/usr/bin/env node
// A stand-in for the Azure CLI on PATH, for test/deploy/deploy.test.ts. It appends its arguments
// to $FAKE_AZ_LOG (one JSON array a line) and answers with the shapes Microsoft documents for each
// command: `az account show` (a subscription), `az group show/create` (a resource group),
// `az deployment group create` (a DeploymentExtended: properties.outputs of {type, value}) and
// `az acr build` (its streamed log). $FAKE_AZ_STATE (comma-separated) picks failures:
// signed-out, tenant-level, no-group, deployment-fails, build-fails.
const { appendFileSync, existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const args = process.argv.slice(2);
if (process.env.FAKE_AZ_LOG) appendFileSync(process.env.FAKE_AZ_LOG, `${JSON.stringify(args)}\n`);
const state = new Set((process.env.FAKE_AZ_STATE || '').split(',').filter(Boolean));

const SUBSCRIPTION = 'a1b2c3d4-0000-4000-8000-00000000c0de';
const TENANT = '72f988bf-0000-4000-8000-000000000001';
const CLIENT_ID = '6f0d1c2b-3a49-4e5f-8a7b-9c0d1e2f3a4b';
const PRINCIPAL_ID = '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f';

function option(name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
function print(value) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  process.exit(0);
}
function fail(text, code = 1) {
  process.stderr.write(`${text}\n`);
  process.exit(code);
}
const command = args
  .filter((a) => !a.startsWith('-'))
  .slice(0, 3)
  .join(' ');

if (command.startsWith('account show')) {
  if (state.has('signed-out')) fail("Please run 'az login' to setup account.");
  const tenantLevel = state.has('tenant-level');
  print({
    environmentName: 'AzureCloud',
    homeTenantId: TENANT,
    id: tenantLevel ? TENANT : SUBSCRIPTION,
    isDefault: true,
    managedByTenants: [],
    name: tenantLevel ? 'N/A(tenant level account)' : 'Contoso Production',
    state: 'Enabled',
    tenantId: TENANT,
    user: { name: 'admin@contoso.example', type: 'user' },
  });
}

function group(name, location) {
  return {
    id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/${name}`,
    location,
    managedBy: null,
    name,
    properties: { provisioningState: 'Succeeded' },
    tags: null,
    type: 'Microsoft.Resources/resourceGroups',
  };
}
if (command.startsWith('group show')) {
  const name = option('--name');
  if (state.has('no-group')) {
    fail(
      `ERROR: (ResourceGroupNotFound) Resource group '${name}' could not be found.\nCode: ResourceGroupNotFound\nMessage: Resource group '${name}' could not be found.`,
      3
    );
  }
  print(group(name, 'westeurope'));
}
if (command.startsWith('group create')) print(group(option('--name'), option('--location')));

if (command.startsWith('deployment group create')) {
  const file = option('--template-file');
  if (!file || !existsSync(file)) fail(`ERROR: unrecognized template file '${file}'`, 2);
  const declared = Object.keys(JSON.parse(readFileSync(file, 'utf8')).parameters);
  const values = {};
  // `--parameters` takes one or more values, az style: an @file or name=value pairs.
  let inParameters = false;
  for (const a of args) {
    if (a.startsWith('--')) {
      inParameters = a === '--parameters';
    } else if (inParameters && a.startsWith('@')) {
      if (!existsSync(a.slice(1))) fail(`ERROR: unrecognized parameters file '${a.slice(1)}'`, 2);
      for (const [k, v] of Object.entries(JSON.parse(readFileSync(a.slice(1), 'utf8')).parameters))
        values[k] = v.value;
    } else if (inParameters && a.includes('=')) {
      values[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
    }
  }
  const unknown = Object.keys(values).filter((k) => !declared.includes(k));
  if (unknown.length) {
    fail(
      `ERROR: {"code": "InvalidTemplate", "message": "Deployment template validation failed: 'The template parameters '${unknown.join(', ')}' in the parameters file are not valid; they are not present in the original template and can therefore not be provided at deployment time.'."}`
    );
  }
  if (state.has('deployment-fails') && values.containerImage === undefined) {
    fail(
      'ERROR: {"status":"Failed","error":{"code":"DeploymentFailed","target":"/subscriptions/' +
        SUBSCRIPTION +
        '/resourceGroups/rg/providers/Microsoft.Resources/deployments/x","message":"At least one resource deployment operation failed. Please list deployment operations for details. Please see https://aka.ms/arm-deployment-operations for usage details.","details":[{"code":"MissingSubscriptionRegistration","message":"The subscription is not registered to use namespace \'Microsoft.App\'. See https://aka.ms/rps-not-found for how to register subscriptions.","details":[{"code":"MissingSubscriptionRegistration","target":"Microsoft.App","message":"The subscription is not registered to use namespace \'Microsoft.App\'. See https://aka.ms/rps-not-found for how to register subscriptions."}]}]}}'
    );
  }
  const prefix = values.namePrefix || 'connector-decoder';
  const rg = option('--resource-group');
  const output = (value) => ({ type: 'String', value });
  print({
    id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/${rg}/providers/Microsoft.Resources/deployments/${option('--name')}`,
    location: null,
    name: option('--name'),
    properties: {
      correlationId: '5a3c1f7e-2b4d-4e6f-8a9b-0c1d2e3f4a5b',
      debugSetting: null,
      dependencies: [],
      duration: 'PT2M41.5S',
      error: null,
      mode: 'Incremental',
      onErrorDeployment: null,
      outputResources: [],
      outputs: {
        messagingEndpoint: output(
          `https://${prefix}-app.happy-river-1234.westeurope.azurecontainerapps.io/api/messages`
        ),
        appId: output(CLIENT_ID),
        tenantId: output(TENANT),
        principalId: output(PRINCIPAL_ID),
        registryName: output('cdacrq3x7v2'),
        registryLoginServer: output('cdacrq3x7v2.azurecr.io'),
        containerAppName: output(`${prefix}-app`),
        storageTableUrl: output('https://cdstoreq3x7v2.table.core.windows.net/'),
      },
      parameters: Object.fromEntries(
        Object.entries(values).map(([k, v]) => [k, { type: 'String', value: v }])
      ),
      parametersLink: null,
      providers: [],
      provisioningState: 'Succeeded',
      templateHash: '1234567890123456789',
      templateLink: null,
      timestamp: '2026-12-07T23:59:00.000000+00:00',
      validatedResources: null,
    },
    resourceGroup: rg,
    tags: null,
    type: 'Microsoft.Resources/deployments',
  });
}

if (command.startsWith('acr build')) {
  if (!existsSync(join(process.cwd(), option('--file') || 'Dockerfile'))) {
    fail(`ERROR: Unable to find '${option('--file')}'.`);
  }
  process.stderr.write(
    "Packing source code into tar to upload...\nUploading archived source code from '/tmp/build_archive_0.tar.gz'...\n" +
      `Sending context (412.0 KiB) to registry: ${option('--registry')}...\nQueued a build with ID: ca1\nWaiting for an agent...\n`
  );
  process.stdout.write(
    `2026/12/07 23:59:01 Downloading source code...\n2026/12/07 23:59:30 Successfully pushed image: ${option('--registry')}.azurecr.io/${option('--image')}\n`
  );
  if (state.has('build-fails')) fail('ERROR: Run failed');
  process.stdout.write('Run ID: ca1 was successful after 1m2s\n');
  process.exit(0);
}

fail(`ERROR: 'fake az' does not know '${args.join(' ')}'`, 2);
