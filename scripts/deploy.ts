import { mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { findProjectRoot } from '../src/files/project-root';
import { azRunner } from './deploy/az-runner';
import { parseDeployArgs, USAGE } from './deploy/deploy-options';
import { deploy } from './deploy/run-deploy';
import { packageApp } from './package-app';

/**
 * `npm run deploy -- --resource-group <rg> [--location <region>] …`: the bot on Azure Container
 * Apps in one command, with the Azure CLI alone (see docs/deploy.md). Exit code 0 deployed,
 * 1 a prerequisite or a step failed (said in a few lines, never a stack), 2 a usage error.
 */
async function main(argv: string[]): Promise<number> {
  const parsed = parseDeployArgs(argv, new Date());
  if (parsed.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`npm run deploy: ${parsed.message}\n`);
    return 2;
  }
  const root = findProjectRoot();
  return deploy(parsed.options, azRunner(root), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    packageApp: async (appId, file) => {
      const target = resolve(root, file);
      mkdirSync(dirname(target), { recursive: true });
      await packageApp(appId, target, root);
      return relative(root, target).startsWith('..') ? target : relative(root, target);
    },
  });
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`npm run deploy: unexpected error: ${error.message}\n`);
    process.exitCode = 1;
  }
);
