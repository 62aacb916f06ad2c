import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/files/project-root';
import { resolve, type ArmWorld } from './arm-expression';

/** infra/main.json as JSON; resources typed loosely, as templates are. */
export const template = JSON.parse(
  readFileSync(join(findProjectRoot(), 'infra', 'main.json'), 'utf8')
);
export type Resource = Record<string, any> & { type: string; name: string; apiVersion: string };
const resources = template.resources as Resource[];

// A stand-in deployment: what Azure would return for the resources the template reads.
export const IDENTITY = {
  clientId: '6f0d1c2b-3a49-4e5f-8a7b-9c0d1e2f3a4b',
  principalId: '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f',
  tenantId: '72f988bf-0000-4000-8000-000000000001',
};
export const STORAGE = { primaryEndpoints: { table: 'https://cdstoreu.table.core.windows.net/' } };
export const ENVIRONMENT = { defaultDomain: 'happy-river-1234.westeurope.azurecontainerapps.io' };
export const DEFAULTS = Object.fromEntries(
  Object.entries<{ defaultValue?: unknown }>(template.parameters).map(([n, p]) => [
    n,
    p.defaultValue,
  ])
);

export function stageWorld(parameters: Record<string, unknown> = {}): ArmWorld {
  return {
    parameters: {
      ...DEFAULTS,
      containerImage: 'cdacru.azurecr.io/connector-decoder:test',
      ...parameters,
    },
    variables: template.variables,
    tenantId: IDENTITY.tenantId,
    resourceGroupId: '/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/rg',
    reference: (type) => {
      const byType: Record<string, Record<string, unknown>> = {
        'Microsoft.ManagedIdentity/userAssignedIdentities': IDENTITY,
        'Microsoft.Storage/storageAccounts': STORAGE,
        'Microsoft.App/managedEnvironments': ENVIRONMENT,
        'Microsoft.ContainerRegistry/registries': { loginServer: 'cdacru.azurecr.io' },
      };
      if (!byType[type]) throw new Error(`no stand-in for reference() to ${type}`);
      return byType[type];
    },
  };
}

/** The container app's environment as the deployment would set it, with these parameters. */
export function containerSettings(parameters: Record<string, unknown> = {}): {
  env: Record<string, string>;
  names: string[];
  app: Resource;
} {
  const app = resolve(
    resources.find((r) => r.type === 'Microsoft.App/containerApps'),
    stageWorld(parameters)
  ) as Resource;
  const list = app.properties.template.containers[0].env as { name: string; value: string }[];
  return {
    env: Object.fromEntries(list.map((e) => [e.name, e.value])),
    names: list.map((e) => e.name),
    app,
  };
}
