import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../src/files/project-root';

/**
 * Our own Dockerfile lint, for the rules issue 25 sets (npm's dockerfilelint has had no release since
 * 2020): multi-stage, runtime dependencies installed with --omit=dev, a non-root user, a HEALTHCHECK on
 * /healthz, PID 1 that receives SIGTERM, no secrets, and a .dockerignore that keeps tests, fixtures
 * and .env out of the build context.
 */

/** One instruction of a Dockerfile, continuation lines joined. */
export interface Instruction {
  line: number;
  keyword: string;
  args: string;
}

interface Stage {
  name: string;
  image: string;
  instructions: Instruction[];
}

/** Instructions in order: comments and blank lines dropped, `\` continuations joined. */
export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending: { line: number; text: string } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (!pending && (trimmed === '' || trimmed.startsWith('#'))) return;
    if (pending && trimmed.startsWith('#')) return;
    const continues = trimmed.endsWith('\\');
    const part = (continues ? trimmed.slice(0, -1) : trimmed).trim();
    pending = pending
      ? { line: pending.line, text: `${pending.text} ${part}` }
      : { line: index + 1, text: part };
    if (continues) return;
    const match = /^(\S+)\s*(.*)$/.exec(pending.text.trim());
    if (match) out.push({ line: pending.line, keyword: match[1].toUpperCase(), args: match[2] });
    pending = undefined;
  });
  return out;
}

/** ARG defaults declared before the first FROM, substituted into FROM lines. */
function globalArgs(instructions: Instruction[]): Map<string, string> {
  const args = new Map<string, string>();
  for (const i of instructions) {
    if (i.keyword === 'FROM') break;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(\S+)/.exec(i.args);
    if (i.keyword === 'ARG' && m) args.set(m[1], m[2]);
  }
  return args;
}

function splitStages(instructions: Instruction[]): Stage[] {
  const args = globalArgs(instructions);
  const stages: Stage[] = [];
  for (const i of instructions) {
    if (i.keyword === 'FROM') {
      const words = i.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const image = words[0].replace(/\$\{(\w+)\}|\$(\w+)/g, (_m, a, b) => args.get(a ?? b) ?? '');
      const as = words.findIndex((w) => w.toUpperCase() === 'AS');
      stages.push({
        name: as > 0 ? words[as + 1] : String(stages.length),
        image,
        instructions: [],
      });
    } else stages.at(-1)?.instructions.push(i);
  }
  return stages;
}

const SECRET_NAME = /(password|secret|token|connection_?string|api_?key|access_?key|credential)/i;

/** Every rule the Dockerfile breaks, one sentence each with its line; empty when it passes. */
export function checkDockerfile(
  dockerfile: string,
  dockerignore: string,
  exists: (path: string) => boolean = () => true
): string[] {
  const problems: string[] = [];
  const instructions = parseDockerfile(dockerfile);
  const stages = splitStages(instructions);
  if (stages.length < 2)
    problems.push('needs a multi-stage build: a build stage and a runtime stage');
  for (const stage of stages) {
    if (!/:[^/]+$/.test(stage.image) || /:latest$/.test(stage.image))
      problems.push(
        `stage ${stage.name}: base image "${stage.image}" needs a fixed tag, not latest`
      );
  }
  const runtime = stages.at(-1);
  if (!runtime) return [...problems, 'has no FROM'];

  const npmCi = (s: Stage) =>
    s.instructions.filter((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
  const prodOnly = (s: Stage) => {
    const installs = npmCi(s);
    return installs.length > 0 && installs.every((i) => /--omit[= ]dev\b/.test(i.args));
  };
  if (!stages.some((s) => s !== runtime && npmCi(s).length > 0 && !prodOnly(s)))
    problems.push('needs a build stage that installs the dev dependencies (npm ci) to compile');
  for (const i of npmCi(runtime))
    if (!/--omit[= ]dev\b/.test(i.args))
      problems.push(
        `line ${i.line}: the runtime stage installs dev dependencies (use npm ci --omit=dev)`
      );
  const modulesFrom = runtime.instructions.filter(
    (i) => i.keyword === 'COPY' && /node_modules/.test(i.args)
  );
  for (const i of modulesFrom) {
    const from = /--from=(\S+)/.exec(i.args)?.[1];
    const source = stages.find((s) => s.name === from);
    if (!source || !prodOnly(source))
      problems.push(
        `line ${i.line}: node_modules must come from a stage that ran npm ci --omit=dev alone`
      );
  }
  if (modulesFrom.length === 0 && npmCi(runtime).length === 0)
    problems.push(
      'the runtime stage gets no dependencies (npm ci --omit=dev, or copy them from such a stage)'
    );

  const users = runtime.instructions.filter((i) => i.keyword === 'USER');
  const user = users.at(-1);
  if (!user) problems.push('the runtime stage must set USER to a non-root user');
  else if (/^(root|0)(:|$)/.test(user.args.trim()))
    problems.push(`line ${user.line}: USER ${user.args} runs as root`);
  else {
    const lastRun = runtime.instructions.filter((i) => i.keyword === 'RUN').at(-1);
    if (lastRun && lastRun.line > user.line)
      problems.push(
        `line ${lastRun.line}: RUN after USER; set USER last so the image runs unprivileged`
      );
  }

  const health = runtime.instructions.find((i) => i.keyword === 'HEALTHCHECK');
  if (!health || /^NONE\b/i.test(health.args) || !health.args.includes('/healthz'))
    problems.push('the runtime stage needs a HEALTHCHECK that asks /healthz');

  const start = runtime.instructions.filter(
    (i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT'
  );
  const entry = start.filter((i) => i.keyword === 'ENTRYPOINT').at(-1) ?? start.at(-1);
  if (!entry) problems.push('the runtime stage needs a CMD that starts the server');
  else {
    let argv: unknown;
    try {
      argv = JSON.parse(entry.args);
    } catch {
      argv = undefined;
    }
    const first = Array.isArray(argv) ? String(argv[0] ?? '') : '';
    if (!Array.isArray(argv))
      problems.push(
        `line ${entry.line}: ${entry.keyword} in shell form puts a shell at PID 1, which does not pass SIGTERM on; use the exec form ["node", ...]`
      );
    else if (!/(^|\/)(node|tini|dumb-init)$/.test(first))
      problems.push(
        `line ${entry.line}: PID 1 is "${first}"; start node (or an init such as tini) directly so SIGTERM reaches the server`
      );
  }

  for (const i of instructions) {
    if (i.keyword === 'ENV' || i.keyword === 'ARG') {
      for (const m of i.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)(?:=("[^"]*"|\S*))?/g)) {
        if (SECRET_NAME.test(m[1]) || /^MicrosoftAppPassword$/i.test(m[1]))
          problems.push(`line ${i.line}: ${i.keyword} ${m[1]} would bake a secret into the image`);
      }
    }
    if ((i.keyword === 'COPY' || i.keyword === 'ADD') && /(^|\s|\/)\.env(\s|$)/.test(i.args))
      problems.push(`line ${i.line}: copies .env into the image`);
  }

  const ignored = dockerignore
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const excludes = (path: string) => {
    let out = false;
    for (const pattern of ignored) {
      const negate = pattern.startsWith('!');
      const body = (negate ? pattern.slice(1) : pattern).replace(/^\/|\/$/g, '');
      // Docker's patterns: `**/` is any number of folders (none too), `*` anything but a slash.
      const source = body
        .split('**/')
        .map((part) =>
          part
            .split('**')
            .map((p) => p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
            .join('.*')
        )
        .join('(?:.*/)?');
      const re = new RegExp(`^${source}(/.*)?$`);
      if (re.test(path)) out = !negate;
    }
    return out;
  };
  for (const i of runtime.instructions) {
    if (i.keyword !== 'COPY' || /--from=/.test(i.args)) continue;
    const sources = i.args
      .split(/\s+/)
      .filter((w) => !w.startsWith('--'))
      .slice(0, -1);
    for (const source of sources.map((s) => s.replace(/^\.\//, '').replace(/\/$/, '')))
      if (!exists(source) || excludes(source))
        problems.push(`line ${i.line}: COPY ${source}: not in the build context`);
  }
  for (const path of [
    '.env',
    '.env.local',
    'test',
    'test/fixtures/logs/a.log',
    'node_modules',
    '.git',
  ])
    if (!excludes(path)) problems.push(`.dockerignore must keep ${path} out of the build context`);
  return problems;
}

if (require.main === module) {
  const root = findProjectRoot();
  const problems = checkDockerfile(
    readFileSync(join(root, 'Dockerfile'), 'utf8'),
    readFileSync(join(root, '.dockerignore'), 'utf8'),
    (path) => existsSync(join(root, path))
  );
  for (const p of problems) process.stderr.write(`Dockerfile: ${p}\n`);
  process.exit(problems.length ? 1 : 0);
}
