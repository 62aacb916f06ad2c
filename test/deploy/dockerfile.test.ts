import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDockerfile, parseDockerfile } from '../../scripts/check-dockerfile';
import { findProjectRoot } from '../../src/files/project-root';

const root = findProjectRoot();
const DOCKERFILE = readFileSync(join(root, 'Dockerfile'), 'utf8');
const DOCKERIGNORE = readFileSync(join(root, '.dockerignore'), 'utf8');
const inRepo = (path: string) => existsSync(join(root, path));

/** The Dockerfile with one line replaced (the line must be there, or the test would prove nothing). */
function changed(from: RegExp, to: string): string {
  expect(DOCKERFILE).toMatch(from);
  return DOCKERFILE.replace(from, to);
}

describe('the Dockerfile', () => {
  it('passes every rule', () => {
    expect(checkDockerfile(DOCKERFILE, DOCKERIGNORE, inRepo)).toEqual([]);
  });

  it('copies into the image every folder the server reads at run time', () => {
    // What src/ reads beside package.json (join(root, 'catalog'), …), found in the sources themselves.
    const read = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, name.name);
        if (name.isDirectory()) walk(path);
        else if (name.name.endsWith('.ts'))
          for (const m of readFileSync(path, 'utf8').matchAll(
            /join\((?:root|findProjectRoot\(\)), '([^']+)'/g
          ))
            read.add(m[1]);
      }
    };
    walk(join(root, 'src'));
    // scripts/ is read only when the server runs from its TypeScript sources; .env is optional.
    for (const notInImage of ['scripts', '.env']) read.delete(notInImage);
    expect(read.size).toBeGreaterThanOrEqual(4);
    const runtime = DOCKERFILE.slice(DOCKERFILE.lastIndexOf('\nFROM '));
    for (const folder of [...read, 'dist'])
      expect(runtime).toMatch(new RegExp(`^COPY .*\\b${folder}\\b`, 'm'));
  });

  it('installs, with npm ci --omit=dev, every package the server loads', () => {
    // The image has no dev dependencies: a package src/ loads at run time must be a dependency.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const loaded = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts'))
          for (const m of readFileSync(path, 'utf8').matchAll(
            /^import (?!type )[^;]*?from '([^'.][^']*)'|require(?:\.resolve)?\('([^'.][^']*)'\)/gm
          )) {
            const name = (m[1] ?? m[2]).match(/^(@[^/]+\/[^/]+|[^/]+)/)![1];
            if (!name.startsWith('node:')) loaded.add(name);
          }
      }
    };
    walk(join(root, 'src'));
    expect(loaded).toContain('botbuilder');
    expect([...loaded].filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });

  it('starts the server with the command npm start runs', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const cmd = parseDockerfile(DOCKERFILE)
      .filter((i) => i.keyword === 'CMD')
      .at(-1);
    expect(JSON.parse(cmd!.args).join(' ')).toBe(pkg.scripts.start);
  });
});

describe('the Dockerfile check', () => {
  it.each([
    [
      'a single stage',
      () =>
        DOCKERFILE.split('\nFROM ${NODE_IMAGE} AS runtime')[0].replace(
          /FROM \$\{NODE_IMAGE\} AS deps[\s\S]*/,
          ''
        ),
      'multi-stage',
    ],
    [
      'dev dependencies at run time',
      () => changed(/npm ci --omit=dev --ignore-scripts/, 'npm ci --ignore-scripts'),
      'node_modules must come from',
    ],
    ['root', () => changed(/^USER node$/m, 'USER root'), 'runs as root'],
    ['no user', () => changed(/^USER node$/m, ''), 'non-root user'],
    ['no health check', () => changed(/^HEALTHCHECK[^\n]*\\\n[^\n]*\n/m, ''), 'HEALTHCHECK'],
    [
      'a shell at PID 1',
      () => changed(/^CMD \[.*\]$/m, 'CMD node dist/src/index.js'),
      'shell form',
    ],
    ['npm at PID 1', () => changed(/^CMD \[.*\]$/m, 'CMD ["npm", "start"]'), 'PID 1 is "npm"'],
    [
      'a baked secret',
      () => changed(/HOST=0\.0\.0\.0/, 'HOST=0.0.0.0 MicrosoftAppPassword=hunter2'),
      'secret',
    ],
    ['.env copied', () => changed(/^COPY bin \.\/bin$/m, 'COPY .env ./'), '.env'],
    [
      'an untagged base',
      () => changed(/^ARG NODE_IMAGE=\S+$/m, 'ARG NODE_IMAGE=node'),
      'fixed tag',
    ],
    [
      'a latest base',
      () => changed(/^ARG NODE_IMAGE=\S+$/m, 'ARG NODE_IMAGE=node:latest'),
      'fixed tag',
    ],
  ])('refuses %s', (_what, make, says) => {
    const problems = checkDockerfile(make(), DOCKERIGNORE, inRepo);
    expect(problems.join('\n')).toContain(says);
  });

  it('refuses a RUN after USER, and a COPY of something not in the build context', () => {
    const late = changed(/^EXPOSE 3978$/m, 'RUN touch /tmp/x\nEXPOSE 3978');
    expect(checkDockerfile(late, DOCKERIGNORE, inRepo).join('\n')).toContain('RUN after USER');
    const ignored = changed(/^COPY bin \.\/bin$/m, 'COPY test ./test');
    expect(checkDockerfile(ignored, DOCKERIGNORE, inRepo).join('\n')).toContain('COPY test');
    const missing = changed(/^COPY bin \.\/bin$/m, 'COPY nowhere ./nowhere');
    expect(checkDockerfile(missing, DOCKERIGNORE, inRepo).join('\n')).toContain('COPY nowhere');
  });

  it.each(['.env', 'test', 'node_modules'])('refuses a .dockerignore that lets %s in', (path) => {
    const lines = DOCKERIGNORE.split('\n');
    const kept = lines.filter((l) => l.replace(/^\*\*\//, '') !== path);
    expect(kept.length).toBeLessThan(lines.length);
    expect(checkDockerfile(DOCKERFILE, kept.join('\n'), inRepo).join('\n')).toContain(
      `keep ${path}`
    );
  });

  it('reads continuation lines and comments as Docker does', () => {
    const parsed = parseDockerfile('# c\nFROM a:1 AS x\nRUN one \\\n  # inner\n  two\nUSER u\n');
    expect(parsed).toEqual([
      { line: 2, keyword: 'FROM', args: 'a:1 AS x' },
      { line: 3, keyword: 'RUN', args: 'one two' },
      { line: 6, keyword: 'USER', args: 'u' },
    ]);
  });
});
