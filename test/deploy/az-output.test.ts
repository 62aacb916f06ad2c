import {
  accountProblems,
  readDeploymentOutputs,
  readJson,
  signInProblem,
  summarizeAzError,
} from '../../scripts/deploy/read-az-output';
import { template } from '../helpers/template-world';

/** An `az deployment group create` answer carrying every output infra/main.json declares. */
function answerWithTemplateOutputs(drop?: string): unknown {
  const outputs = Object.fromEntries(
    Object.keys(template.outputs)
      .filter((name) => name !== drop)
      .map((name) => [name, { type: 'String', value: `https://${name}.example/` }])
  );
  return { properties: { provisioningState: 'Succeeded', outputs } };
}

describe('readDeploymentOutputs', () => {
  it('reads every output the template declares', () => {
    const outputs = readDeploymentOutputs(answerWithTemplateOutputs());
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(template.outputs).sort());
  });

  it.each(Object.keys(template.outputs))('refuses an answer without %s', (name) => {
    expect(() => readDeploymentOutputs(answerWithTemplateOutputs(name))).toThrow(
      `the deployment's outputs lack ${name}`
    );
  });

  it('refuses a deployment that did not succeed', () => {
    expect(() =>
      readDeploymentOutputs({ properties: { provisioningState: 'Failed', outputs: {} } })
    ).toThrow('the deployment ended Failed, not Succeeded.');
  });
});

describe('readJson', () => {
  it('reads the JSON after a warning line and refuses text that is not JSON', () => {
    expect(readJson('WARNING: something\n{"a": 1}\n', 'az x')).toEqual({ a: 1 });
    expect(() => readJson('Usage: az ...', 'az x')).toThrow('az x did not print JSON');
  });
});

describe('the prerequisites read from az account show', () => {
  const account = {
    id: 'a1b2c3d4-0000-4000-8000-00000000c0de',
    name: 'Contoso',
    state: 'Enabled',
    tenantId: '72f988bf-0000-4000-8000-000000000001',
  };

  it('has nothing missing for an enabled subscription', () => {
    expect(accountProblems(account)).toEqual([]);
  });

  it('finds a tenant-level sign-in and a disabled subscription', () => {
    expect(
      accountProblems({ ...account, id: account.tenantId, name: 'N/A(tenant level account)' })[0]
    ).toMatch(/^No subscription chosen/);
    expect(accountProblems({ ...account, state: 'Disabled' })).toEqual([
      'Subscription "Contoso" is Disabled: choose an enabled one with az account set --subscription <id or name>.',
    ]);
  });

  it.each([
    ["Please run 'az login' to setup account.", /^Not signed in to Azure: run az login/],
    [
      'ERROR: AADSTS700082: The refresh token has expired due to inactivity.',
      /^Not signed in to Azure/,
    ],
    [
      "ERROR: Subscription 'nope' not found. Check the spelling and casing and try again.",
      /^That subscription is not one this sign-in can use/,
    ],
    ['ERROR: something else', /^az account show failed: something else$/],
  ])('reads a failed sign-in check: %s', (stderr, line) => {
    expect(signInProblem(stderr)).toMatch(line);
  });
});

describe('summarizeAzError', () => {
  it('gives the innermost ARM errors of a JSON error, a hint, and no JSON', () => {
    const stderr =
      'WARNING: a warning\nERROR: {"status":"Failed","error":{"code":"DeploymentFailed","message":"At least one resource deployment operation failed.","details":[{"code":"Conflict","message":"The registry name is taken."},{"code":"AuthorizationFailed","message":"The client does not have authorization to perform action Microsoft.Authorization/roleAssignments/write."}]}}';
    const lines = summarizeAzError(stderr);
    expect(lines[0]).toBe('Conflict: The registry name is taken.');
    expect(lines[1]).toMatch(/^AuthorizationFailed: The client does not have authorization/);
    expect(lines[2]).toMatch(/needs Owner, or Contributor with User Access Administrator/);
    expect(lines.join('\n')).not.toMatch(/WARNING|DeploymentFailed|\{/);
  });

  it('reads the (Code) message form of newer az versions', () => {
    const stderr = [
      'ERROR: (InvalidTemplateDeployment) The template deployment failed.',
      'Code: InvalidTemplateDeployment',
      'Message: The template deployment failed.',
      'Exception Details:\t(PreflightValidationCheckFailed) Preflight validation failed.',
    ].join('\n');
    expect(summarizeAzError(stderr)).toEqual([
      'InvalidTemplateDeployment: The template deployment failed.',
      'PreflightValidationCheckFailed: Preflight validation failed.',
      'Azure rejected the template before creating anything; the lines above say why.',
    ]);
  });

  it('keeps az ERROR lines, or else the end of the output, cut to a few short lines', () => {
    expect(summarizeAzError('Queued a build\nWaiting for an agent...\nERROR: Run failed')).toEqual([
      'Run failed',
    ]);
    const long = Array.from({ length: 20 }, (_, i) => `line ${i} ${'x'.repeat(400)}`).join('\n');
    const lines = summarizeAzError(long);
    expect(lines).toHaveLength(4);
    expect(lines[3].startsWith('line 19')).toBe(true);
    expect(lines.every((l) => l.length <= 301)).toBe(true);
  });
});
