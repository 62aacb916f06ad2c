/** What `npm run deploy` was asked to do, read from its command line. */
export interface DeployOptions {
  /** Empty when not given: reported with the missing prerequisites, so one run names them all. */
  resourceGroup: string;
  /** Region for a new resource group and for the resources; absent: the group's own region. */
  location?: string;
  /** Start of every resource name (the template's namePrefix). */
  namePrefix: string;
  /** Image tag: a new one on every run, so every run makes a new Container Apps revision. */
  tag: string;
  /** Subscription to use instead of the Azure CLI's current one. */
  subscription?: string;
  /** Where the Teams app zip is written. */
  appPackage: string;
  /** The sentinel's Graph checks on (the template's graphChecks): the identity then needs Graph permissions. */
  graphChecks: boolean;
}

export type ParsedArgs =
  | { kind: 'options'; options: DeployOptions }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export const USAGE = [
  'Usage: npm run deploy -- --resource-group <name> [--location <region>] [--name <prefix>]',
  '                         [--tag <image tag>] [--subscription <id or name>] [--app-package <zip>]',
  '                         [--graph-checks]',
  '  --resource-group, -g  resource group to deploy into; created when missing (then --location is needed)',
  '  --location, -l        Azure region, such as westeurope (default: the resource group’s region)',
  '  --name, -n            start of every resource name, 3–20 lowercase letters, digits or hyphens',
  '                        (default connector-decoder)',
  '  --tag                 image tag (default: the UTC time of the run, so each run is a new revision)',
  '  --subscription        subscription id or name (default: the Azure CLI’s current one)',
  '  --app-package         where to write the Teams app zip (default appPackage/connector-decoder.zip)',
  '  --graph-checks        turn on the sentinel’s Microsoft Graph checks of this tenant (give it on',
  '                        every run; the identity needs Graph permissions, printed at the end)',
  'See docs/deploy.md.',
].join('\n');

interface Flag {
  key: Exclude<keyof DeployOptions, 'graphChecks'>;
  check: RegExp;
  rule: string;
}

const FLAGS: Record<string, Flag> = {
  '--resource-group': {
    key: 'resourceGroup',
    check: /^[-\w.()]{0,89}[-\w()]$/,
    rule: 'up to 90 letters, digits, hyphens, underscores, periods or parentheses, not ending in a period',
  },
  '--location': {
    key: 'location',
    check: /^[a-z][a-z0-9]{1,39}$/i,
    rule: 'a region name such as westeurope (az account list-locations -o table lists them)',
  },
  '--name': {
    key: 'namePrefix',
    check: /^[a-z][a-z0-9-]{1,18}[a-z0-9]$/,
    rule: '3–20 lowercase letters, digits or hyphens, starting with a letter and not ending in a hyphen',
  },
  '--tag': {
    key: 'tag',
    check: /^\w[\w.-]{0,127}$/,
    rule: 'up to 128 letters, digits, underscores, periods or hyphens, not starting with a period or hyphen',
  },
  '--subscription': {
    key: 'subscription',
    check: /^[^\s-][^\n]{0,99}$/,
    rule: 'a subscription id or name (az account list -o table lists them)',
  },
  '--app-package': {
    key: 'appPackage',
    check: /^[^\0\n]{1,1000}\.zip$/,
    rule: 'a path ending in .zip',
  },
};
const ALIASES: Record<string, string> = {
  '-g': '--resource-group',
  '-l': '--location',
  '-n': '--name',
};

/** The default image tag: the run's UTC time, such as 20261207-235901. */
export function tagFor(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-');
}

/** Shown quoted and bounded: a bad value is echoed, never trusted. */
function quoted(text: string): string {
  const safe = text.replace(/[^\x20-\x7e]/g, '?');
  return `"${safe.length > 60 ? `${safe.slice(0, 60)}…` : safe}"`;
}

/** The line for a run without --resource-group. */
export const MISSING_GROUP =
  'Missing --resource-group: name the resource group to deploy into, such as npm run deploy -- --resource-group rg-connector-decoder --location westeurope.';

/**
 * Reads `--flag value` and `--flag=value` (and az's short -g, -l, -n). Every mistake, an unknown
 * flag included, is one line that says what was expected; nothing is guessed. A missing
 * --resource-group is not an error here: the deployment reports it beside the prerequisites.
 */
export function parseDeployArgs(argv: readonly string[], now: Date): ParsedArgs {
  const values: Partial<Record<Flag['key'], string>> = {};
  let graphChecks = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--graph-checks') {
      graphChecks = true;
      continue;
    }
    const [rawName, inline] = arg.startsWith('--') && arg.includes('=') ? split(arg) : [arg];
    const name = ALIASES[rawName] ?? rawName;
    const flag = FLAGS[name];
    if (!flag) {
      return {
        kind: 'error',
        message: arg.startsWith('-')
          ? `unknown option ${quoted(rawName)}; run npm run deploy -- --help for the options.`
          : `unexpected argument ${quoted(arg)}: every value follows its option, such as --resource-group ${quoted(arg).slice(1, -1)}.`,
      };
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('-'))) {
      return { kind: 'error', message: `${name} needs a value: ${flag.rule}.` };
    }
    if (!flag.check.test(value)) {
      return { kind: 'error', message: `${name} ${quoted(value)} is not valid: ${flag.rule}.` };
    }
    if (values[flag.key] !== undefined) {
      return { kind: 'error', message: `${name} is given twice; give it once.` };
    }
    values[flag.key] = value;
  }
  return {
    kind: 'options',
    options: {
      resourceGroup: values.resourceGroup ?? '',
      location: values.location?.toLowerCase(),
      namePrefix: values.namePrefix ?? 'connector-decoder',
      tag: values.tag ?? tagFor(now),
      subscription: values.subscription,
      appPackage: values.appPackage ?? 'appPackage/connector-decoder.zip',
      graphChecks,
    },
  };
}

function split(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}
