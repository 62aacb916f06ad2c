/**
 * What the Azure CLI's answers mean for the deployment: its JSON read into the few fields we use,
 * and its errors cut down to a few lines a person can act on (never a stack, never pages of JSON).
 */

/** `az account show`: the documented fields this script reads. */
export interface Account {
  id: string;
  name: string;
  state: string;
  tenantId: string;
  user?: { name?: string; type?: string };
}

/** The deployment outputs infra/main.json declares. */
export interface DeploymentOutputs {
  messagingEndpoint: string;
  appId: string;
  tenantId: string;
  principalId: string;
  registryName: string;
  registryLoginServer: string;
  containerAppName: string;
  storageTableUrl: string;
}

const OUTPUT_NAMES: (keyof DeploymentOutputs)[] = [
  'messagingEndpoint',
  'appId',
  'tenantId',
  'principalId',
  'registryName',
  'registryLoginServer',
  'containerAppName',
  'storageTableUrl',
];

export class AzOutputError extends Error {}

/** The JSON az printed; az prints one value, but warnings may come first on stdout in old versions. */
export function readJson(stdout: string, what: string): unknown {
  const start = stdout.search(/^[{[]/m);
  try {
    if (start < 0) throw new Error('no JSON');
    return JSON.parse(stdout.slice(start));
  } catch {
    throw new AzOutputError(
      `${what} did not print JSON; is this the Azure CLI (az version 2.50 or later)?`
    );
  }
}

/** The account az is signed in as, or undefined when its answer lacks the documented fields. */
export function readAccount(json: unknown): Account | undefined {
  const a = json as Partial<Account> | null;
  if (!a || typeof a.id !== 'string' || typeof a.tenantId !== 'string') return undefined;
  return {
    id: a.id,
    name: String(a.name ?? ''),
    state: String(a.state ?? ''),
    tenantId: a.tenantId,
    user: a.user,
  };
}

/**
 * What is missing before anything can be deployed, one line each (empty: ready). A sign-in with
 * `--allow-no-subscriptions` shows the tenant itself as the account; that is no subscription.
 */
export function accountProblems(account: Account): string[] {
  const problems: string[] = [];
  const tenantLevel =
    account.id === account.tenantId || account.name.startsWith('N/A(tenant level');
  if (tenantLevel) {
    problems.push(
      'No subscription chosen: run az account set --subscription <id or name> (az account list -o table lists yours), or pass --subscription.'
    );
  } else if (!['Enabled', 'Warned', 'PastDue'].includes(account.state)) {
    problems.push(
      `Subscription "${account.name}" is ${account.state || 'in an unknown state'}: choose an enabled one with az account set --subscription <id or name>.`
    );
  }
  return problems;
}

/** The prerequisite line for a failed `az account show`. */
export function signInProblem(stderr: string): string {
  if (/not found|doesn't exist|does not exist/i.test(stderr) && /subscription/i.test(stderr)) {
    return 'That subscription is not one this sign-in can use: check --subscription against az account list -o table.';
  }
  if (/az login|expired|AADSTS/i.test(stderr)) {
    return 'Not signed in to Azure: run az login (az login --tenant <tenant id> for a particular tenant).';
  }
  return `az account show failed: ${summarizeAzError(stderr)[0] ?? 'no message'}`;
}

/** A deployment's outputs, from `az deployment group create`'s properties.outputs ({type, value}). */
export function readDeploymentOutputs(json: unknown): DeploymentOutputs {
  const properties = (json as { properties?: Record<string, unknown> } | null)?.properties;
  if (!properties) throw new AzOutputError('the deployment answer has no properties.');
  if (properties.provisioningState !== 'Succeeded') {
    throw new AzOutputError(
      `the deployment ended ${String(properties.provisioningState ?? 'without a state')}, not Succeeded.`
    );
  }
  const outputs = (properties.outputs ?? {}) as Record<string, { value?: unknown }>;
  const read = {} as DeploymentOutputs;
  for (const name of OUTPUT_NAMES) {
    const value = outputs[name]?.value ?? outputs[name.toLowerCase()]?.value;
    if (typeof value !== 'string' || !value) {
      throw new AzOutputError(
        `the deployment's outputs lack ${name}; is infra/main.json the one in this repository?`
      );
    }
    read[name] = value;
  }
  return read;
}

const HINTS: Record<string, string> = {
  MissingSubscriptionRegistration:
    'The subscription does not use that resource provider yet: az provider register --namespace <the namespace named above> --wait, then run again.',
  AuthorizationFailed:
    'Your account may not create resources or role assignments here: deploying needs Owner, or Contributor with User Access Administrator, on the resource group.',
  TasksOperationsNotAllowed:
    'This subscription may not run ACR Tasks (free trial subscriptions cannot): build with docker and push instead, see docs/deploy.md.',
  InvalidTemplateDeployment:
    'Azure rejected the template before creating anything; the lines above say why.',
};

interface ArmError {
  code?: string;
  message?: string;
  details?: ArmError[];
}

function flatten(error: ArmError, into: string[]): void {
  if (error.details?.length) {
    for (const detail of error.details) flatten(detail, into);
    if (into.length) return;
  }
  if (error.code || error.message)
    into.push(`${error.code ?? 'Error'}: ${error.message ?? ''}`.trim());
}

/**
 * az's stderr in at most six short lines: the innermost ARM errors (code: message) and a hint for
 * the causes a first deployment meets. Warnings are dropped; long lines are cut.
 */
export function summarizeAzError(stderr: string): string[] {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^WARNING:/i.test(l));
  const found: string[] = [];
  for (const line of lines) {
    const body = line.replace(/^ERROR:\s*/i, '');
    if (body.startsWith('{')) {
      try {
        const parsed = JSON.parse(body) as { error?: ArmError } & ArmError;
        flatten(parsed.error ?? parsed, found);
        continue;
      } catch {
        // not JSON after all: kept as text below
      }
    }
    const coded = /^(?:Exception Details:\s*)?\(([\w.]+)\)\s*(.*)$/.exec(body);
    if (coded) found.push(`${coded[1]}: ${coded[2]}`);
  }
  // "DeploymentFailed: At least one resource deployment operation failed" says less than its details.
  const specific = found.filter((l) => !l.startsWith('DeploymentFailed:'));
  const errors = lines.filter((l) => /^ERROR:/i.test(l));
  const summary = specific.length
    ? [...new Set(specific)]
    : found.length
      ? found
      : // No ARM error codes: az's ERROR lines, else the end of its output, which says what failed.
        (errors.length ? errors : lines.slice(-4)).map((l) => l.replace(/^ERROR:\s*/i, ''));
  const hints = Object.entries(HINTS)
    .filter(([code]) => summary.some((l) => l.startsWith(`${code}:`) || l.includes(`(${code})`)))
    .map(([, hint]) => hint);
  return [...summary.slice(0, 4), ...hints.slice(0, 2)].map((l) =>
    l.length > 300 ? `${l.slice(0, 300)}…` : l
  );
}
