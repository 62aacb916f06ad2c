import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLocalMode, loadConfig } from '../../src/config/load-config';
import { findProjectRoot } from '../../src/files/project-root';
import {
  callsIn,
  isExpression,
  parseExpression,
  printExpression,
  resolve,
  type ArmNode,
} from '../helpers/arm-expression';
import {
  containerSettings,
  DEFAULTS,
  ENVIRONMENT,
  IDENTITY,
  STORAGE,
  stageWorld,
  template,
  type Resource,
} from '../helpers/template-world';

const root = findProjectRoot();
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const bicep = read('infra/main.bicep');
const resources = template.resources as Resource[];

/** Every expression in a value with the JSON path where it sits. */
function expressionsIn(value: unknown, path = ''): { path: string; tree: ArmNode }[] {
  const out: { path: string; tree: ArmNode }[] = [];
  const visit = (v: unknown, p: string) => {
    if (typeof v === 'string' && isExpression(v)) out.push({ path: p, tree: parseExpression(v) });
    else if (Array.isArray(v)) v.forEach((item, i) => visit(item, `${p}[${i}]`));
    else if (v && typeof v === 'object')
      for (const [k, item] of Object.entries(v)) {
        visit(k, `${p}.{key}`);
        visit(item, `${p}.${k}`);
      }
  };
  visit(value, path);
  return out;
}

const body = { resources: template.resources, outputs: template.outputs };
const everyExpression = [
  ...expressionsIn(body),
  ...expressionsIn(template.variables, 'variables'),
  ...expressionsIn(template.parameters, 'parameters'),
];
const calls = (name: string, within = everyExpression) =>
  within.flatMap((e) => callsIn(e.tree)).filter((c) => c.name.toLowerCase() === name);
const firstArg = (c: { args: ArmNode[] }) =>
  c.args[0].kind === 'string' ? c.args[0].value : printExpression(c.args[0]);

/** The resource a resourceId()/extensionResourceId() call names, by type and name expression. */
function targetOf(call: Extract<ArmNode, { kind: 'call' }>): Resource | undefined {
  const [type, name] =
    call.name.toLowerCase() === 'extensionresourceid'
      ? [call.args[1], call.args[2]]
      : [call.args[0], call.args[1]];
  if (type.kind !== 'string' || call.args.length > (call.name === 'resourceId' ? 2 : 3))
    return undefined;
  return resources.find(
    (r) =>
      r.type === type.value &&
      isExpression(r.name) &&
      printExpression(parseExpression(r.name)) === printExpression(name)
  );
}
const idOf = (r: Resource) => `${r.type} ${r.name}`;

describe('infra/main.json', () => {
  it('is in ARM expression syntax throughout, with only functions ARM has', () => {
    const known = new Set(
      'parameters variables format take uniquestring resourcegroup tenant if empty not reference listkeys resourceid extensionresourceid subscriptionresourceid guid json string'.split(
        ' '
      )
    );
    const used = new Set(everyExpression.flatMap((e) => callsIn(e.tree)).map((c) => c.name));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((n) => !known.has(n.toLowerCase()))).toEqual([]);
  });

  it('declares every parameter it uses and uses every one it declares', () => {
    const used = new Set(calls('parameters').map(firstArg));
    const declared = Object.keys(template.parameters);
    expect([...used].filter((p) => !declared.includes(p))).toEqual([]);
    expect(declared.filter((p) => !used.has(p))).toEqual([]);
  });

  it('defines every variable it references and references every one it defines', () => {
    const used = new Set(calls('variables').map(firstArg));
    const defined = Object.keys(template.variables);
    expect([...used].filter((v) => !defined.includes(v))).toEqual([]);
    expect(defined.filter((v) => !used.has(v))).toEqual([]);
  });

  it('depends only on resources it declares, and on every resource whose properties it reads', () => {
    for (const resource of resources) {
      const dependsOn = (resource.dependsOn ?? []) as string[];
      const targets = dependsOn.map((d) => {
        const tree = parseExpression(d);
        expect(tree.kind).toBe('call');
        const target = targetOf(tree as Extract<ArmNode, { kind: 'call' }>);
        expect({ dependsOn: d, found: Boolean(target) }).toEqual({ dependsOn: d, found: true });
        return idOf(target!);
      });
      const own = expressionsIn({ ...resource, dependsOn: undefined });
      const readFrom = [...calls('reference', own), ...calls('listkeys', own)].map((c) => {
        const target = targetOf(c.args[0] as Extract<ArmNode, { kind: 'call' }>);
        expect({ reads: printExpression(c), found: Boolean(target) }).toEqual({
          reads: printExpression(c),
          found: true,
        });
        return idOf(target!);
      });
      for (const needed of readFrom)
        expect({
          resource: idOf(resource),
          needs: needed,
          listed: targets.includes(needed),
        }).toEqual({ resource: idOf(resource), needs: needed, listed: true });
    }
  });

  it('names a declared resource in every reference the outputs and scopes make', () => {
    const ids = [...calls('reference', expressionsIn(template.outputs))].map((c) =>
      targetOf(c.args[0] as Extract<ArmNode, { kind: 'call' }>)
    );
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(ids.every(Boolean)).toBe(true);
    for (const assignment of resources.filter((r) => r.scope)) {
      const scope = parseExpression(assignment.scope) as Extract<ArmNode, { kind: 'call' }>;
      const [pattern, name] = scope.args;
      const type = (pattern as { value: string }).value.replace(/\/\{0\}$/, '');
      expect(
        resources.some(
          (r) =>
            r.type === type && printExpression(parseExpression(r.name)) === printExpression(name)
        )
      ).toBe(true);
    }
  });

  it('gives the identity the Storage Table Data Contributor role on the storage account, and keys to no one', () => {
    const storage = resources.find((r) => r.type === 'Microsoft.Storage/storageAccounts')!;
    expect(storage.properties.allowSharedKeyAccess).toBe(false);
    const grant = resources.find(
      (r) =>
        r.type === 'Microsoft.Authorization/roleAssignments' &&
        String(r.scope).startsWith("[format('Microsoft.Storage/storageAccounts/")
    )!;
    const world = stageWorld();
    expect(resolve(grant.properties.roleDefinitionId, world)).toMatch(
      /roleDefinitions\/0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3$/
    );
    expect(resolve(grant.properties.principalId, world)).toBe(IDENTITY.principalId);
    // Only the log workspace's key is read, by the Container Apps environment that ships logs to it.
    expect(calls('listkeys').map((c) => targetOf(c.args[0] as any)?.type)).toEqual([
      'Microsoft.OperationalInsights/workspaces',
    ]);
  });

  it('registers the bot with its managed identity, the Teams channel and the endpoint the app serves', () => {
    const world = stageWorld();
    const bot = resolve(
      resources.find((r) => r.type === 'Microsoft.BotService/botServices'),
      world
    ) as Resource;
    expect(bot.properties).toMatchObject({
      msaAppType: 'UserAssignedMSI',
      msaAppId: IDENTITY.clientId,
      msaAppTenantId: IDENTITY.tenantId,
    });
    expect(bot.properties.msaAppMSIResourceId).toMatch(
      /userAssignedIdentities\/connector-decoder-id$/
    );
    const app = resolve(
      resources.find((r) => r.type === 'Microsoft.App/containerApps'),
      world
    ) as Resource;
    expect(bot.properties.endpoint).toBe(
      `https://${app.name}.${ENVIRONMENT.defaultDomain}/api/messages`
    );
    const teams = resolve(
      resources.find((r) => r.type === 'Microsoft.BotService/botServices/channels'),
      world
    ) as Resource;
    expect(teams.name).toBe(`${bot.name}/MsTeamsChannel`);
    expect(teams.properties).toEqual({
      channelName: 'MsTeamsChannel',
      properties: { isEnabled: true },
    });
    expect(Object.keys(template.outputs)).toEqual(
      expect.arrayContaining(['messagingEndpoint', 'appId'])
    );
  });

  it('sets every setting the bot needs to run authenticated with the identity, and only settings the bot reads', () => {
    const { env, app } = containerSettings();
    const readByLoader = new Set<string>();
    const config = loadConfig(
      new Proxy(env, {
        get(target, key) {
          if (typeof key === 'string') readByLoader.add(key);
          return target[key as string];
        },
      })
    );
    expect(isLocalMode(config)).toBe(false);
    expect(config).toMatchObject({
      appType: 'UserAssignedMsi',
      appId: IDENTITY.clientId,
      tenantId: IDENTITY.tenantId,
      appPassword: '',
      host: '0.0.0.0',
    });
    const ingress = app.properties.configuration.ingress;
    expect(config.port).toBe(ingress.targetPort);
    for (const probe of app.properties.template.containers[0].probes)
      expect(probe.httpGet).toEqual({ path: '/healthz', port: config.port });
    const sources = readdirSync(join(root, 'src'), { recursive: true })
      .filter((f) => String(f).endsWith('.ts'))
      .map((f) => read(join('src', String(f))))
      .join('\n');
    const unread = Object.keys(env).filter(
      (name) => !readByLoader.has(name) && !sources.includes(`'${name}'`)
    );
    // Read by a library, not by our code: @azure/identity picks the user-assigned identity by
    // AZURE_CLIENT_ID.
    expect(unread.filter((n) => n !== 'AZURE_CLIENT_ID')).toEqual([]);
  });

  it('gives the sentinel its table store and public address, and Graph checks only when asked', () => {
    const endpoint = resolve(
      resources.find((r) => r.type === 'Microsoft.BotService/botServices')!.properties.endpoint,
      stageWorld()
    ) as string;
    const off = loadConfig(containerSettings().env).sentinel;
    expect(off.storage).toEqual({
      kind: 'table',
      table: 'sentinel',
      accountUrl: STORAGE.primaryEndpoints.table.replace(/\/$/, ''),
      managedIdentityClientId: IDENTITY.clientId,
    });
    // Webhook addresses on cards start where Teams reaches the bot.
    expect(`${off.publicBaseUrl}/api/messages`).toBe(endpoint);
    expect(off.publicBaseUrl).toBe(`https://connector-decoder-app.${ENVIRONMENT.defaultDomain}`);
    expect(off.graph).toEqual({ enabled: false });

    const on = loadConfig(containerSettings({ graphChecks: true }).env).sentinel;
    expect(on.graph).toEqual({
      enabled: true,
      baseUrl: 'https://graph.microsoft.com',
      auth: {
        kind: 'managedIdentity',
        tenantId: IDENTITY.tenantId,
        clientId: IDENTITY.clientId,
        authorityHost: undefined,
      },
    });
  });

  it('runs an image it is given, or no container app until one is built (the first run)', () => {
    const app = resources.find((r) => r.type === 'Microsoft.App/containerApps')!;
    const world = (image: string) => ({
      ...stageWorld(),
      parameters: { ...DEFAULTS, containerImage: image },
    });
    expect(resolve(app.condition, world(''))).toBe(false);
    expect(resolve(app.condition, world('x.azurecr.io/connector-decoder:1'))).toBe(true);
    expect(resources.filter((r) => r.condition)).toHaveLength(1);
  });
});

describe('infra/main.parameters.json', () => {
  it('sets only declared parameters, with allowed values', () => {
    const file = JSON.parse(read('infra/main.parameters.json'));
    for (const [name, { value }] of Object.entries<{ value: unknown }>(file.parameters)) {
      const declared = template.parameters[name];
      expect({ name, declared: Boolean(declared) }).toEqual({ name, declared: true });
      expect(typeof value).toBe(declared.type === 'int' ? 'number' : 'string');
      if (declared.allowedValues) expect(declared.allowedValues).toContain(value);
    }
  });
});

describe('infra/main.bicep and infra/main.json', () => {
  const bicepParams = [...bicep.matchAll(/^param (\w+) (\w+)/gm)].map((m) => `${m[1]}:${m[2]}`);
  const bicepVars = [...bicep.matchAll(/^var (\w+) =/gm)].map((m) => m[1]);
  const bicepResources = [
    ...bicep.matchAll(/^resource \w+ '([^'@]+)@([^']+)' = (if \(.*\) )?\{/gm),
  ].map((m) => `${m[1]}@${m[2]}${m[3] ? ' (conditional)' : ''}`);
  const bicepOutputs = [...bicep.matchAll(/^output (\w+) (\w+)/gm)].map((m) => `${m[1]}:${m[2]}`);

  it('declare the same parameters with the same types and defaults', () => {
    expect(bicepParams.length).toBeGreaterThan(3);
    expect(bicepParams).toEqual(
      Object.entries<{ type: string }>(template.parameters).map(([n, p]) => `${n}:${p.type}`)
    );
    for (const [name, p] of Object.entries<{ defaultValue?: unknown }>(template.parameters)) {
      const line = new RegExp(`^param ${name} \\w+ = (.+)$`, 'm').exec(bicep)?.[1];
      if (typeof p.defaultValue === 'string' && !isExpression(p.defaultValue))
        expect(line).toBe(`'${p.defaultValue}'`);
      else if (typeof p.defaultValue === 'number') expect(line).toBe(String(p.defaultValue));
    }
  });

  it('define the same variables and resources (type, API version, condition)', () => {
    expect(bicepVars).toEqual(Object.keys(template.variables));
    expect(bicepResources.length).toBeGreaterThan(5);
    expect(bicepResources).toEqual(
      resources.map((r) => `${r.type}@${r.apiVersion}${r.condition ? ' (conditional)' : ''}`)
    );
  });

  it('give the same outputs and set the same container settings and roles', () => {
    expect(bicepOutputs).toEqual(
      Object.entries<{ type: string }>(template.outputs).map(([n, o]) => `${n}:${o.type}`)
    );
    const armEnv = containerSettings().names;
    const envBlock = /env: \[([\s\S]*?)\n {10}\]/.exec(bicep)?.[1] ?? '';
    expect([...envBlock.matchAll(/name: '(\w+)'/g)].map((m) => m[1])).toEqual(armEnv);
    const guids = (text: string) =>
      [...text.matchAll(/'([0-9a-f-]{36})'/g)].map((m) => m[1]).sort();
    expect(guids(bicep)).toEqual(guids(JSON.stringify(template.variables).replace(/"/g, "'")));
  });
});
