import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { findProjectRoot } from '../src/files/project-root';
import { RUN_SOURCES } from './helpers/source-process';

const root = findProjectRoot();
const src = join(root, 'src');

/**
 * Layers, lowest first. A module may import its own layer or a lower one, never a higher one:
 * shells → presentation → engine → catalog types.
 */
const LAYERS: Record<string, number> = {
  catalog: 0,
  engine: 1,
  watch: 1, // the sentinel's pure decisions: conditions, alert states, digests
  presentation: 2,
  files: 3,
  config: 3,
  store: 3,
  graph: 3,
  logging: 3,
  bot: 4,
  cli: 4,
  preview: 4,
  server: 4,
  sentinel: 4,
  '.': 5, // app.ts (the composition root) and index.ts
};
/**
 * The only packages the pure engine may use: no filesystem, ajv, botbuilder or restify. Each is a
 * pure function of its input: `entities` decodes character references; `saxes` tokenizes Event
 * Viewer XML (it and its one dependency, xmlchars, load no Node built-in); `csv-parse` (its sync
 * API, no dependencies, no Node built-in) reads Event Viewer's CSV exports.
 */
const ENGINE_PACKAGES = new Set(['entities', 'saxes', 'csv-parse/sync']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : []
  );
}

const FOLDERS = new Set(
  readdirSync(src, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
);

/** The top folder under src/ of a file or an import target (`../engine` is the engine folder). */
function folderOf(path: string): string {
  const first = relative(src, path).split('/')[0];
  return FOLDERS.has(first) ? first : '.';
}

const imports = sourceFiles(src).map((file) => {
  const specifiers = ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((f) => f.fileName);
  return {
    file: relative(root, file),
    folder: folderOf(file),
    local: specifiers
      .filter((s) => s.startsWith('.'))
      .map((s) => folderOf(resolve(dirname(file), s))),
    packages: specifiers.filter((s) => !s.startsWith('.')),
  };
});

describe('architecture', () => {
  it('puts every source folder in a layer', () => {
    for (const { folder } of imports) expect(Object.keys(LAYERS)).toContain(folder);
  });

  it('imports only the same or a lower layer', () => {
    const upward = imports.flatMap(({ file, folder, local }) =>
      local.filter((to) => LAYERS[to] > LAYERS[folder]).map((to) => `${file} → ${to}/`)
    );
    expect(upward).toEqual([]);
  });

  it('has no folder that imports a folder that imports it back', () => {
    const edges = new Set(
      imports.flatMap(({ folder, local }) =>
        local.filter((to) => to !== folder).map((to) => `${folder}>${to}`)
      )
    );
    const cycles = [...edges].filter((edge) => edges.has(edge.split('>').reverse().join('>')));
    expect(cycles).toEqual([]);
  });

  it('has no cycle between folders at any depth (engine/logs and engine/logs/readers too)', () => {
    // Every directory is a node; a cycle of any length among them is reported once per edge in it.
    const graph = new Map<string, Set<string>>();
    for (const file of sourceFiles(src)) {
      const from = relative(src, dirname(file)) || '.';
      const specifiers = ts
        .preProcessFile(readFileSync(file, 'utf8'), true, true)
        .importedFiles.map((f) => f.fileName)
        .filter((s) => s.startsWith('.'));
      for (const s of specifiers) {
        const target = resolve(dirname(file), s);
        // `../engine` is the folder's index.ts: the folder itself.
        const dir = existsSync(join(target, 'index.ts')) ? target : dirname(target);
        const to = relative(src, dir) || '.';
        if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
      }
    }
    const reaches = (start: string, goal: string): boolean => {
      const seen = new Set<string>();
      const stack = [start];
      while (stack.length) {
        const at = stack.pop() as string;
        if (at === goal) return true;
        if (seen.has(at)) continue;
        seen.add(at);
        stack.push(...(graph.get(at) ?? []));
      }
      return false;
    };
    const inCycles = [...graph].flatMap(([from, tos]) =>
      [...tos].filter((to) => reaches(to, from)).map((to) => `${from} → ${to}`)
    );
    expect(inCycles).toEqual([]);
  });

  it("keeps the engine, the catalog types and the sentinel's decisions pure: no Node built-ins, no framework packages", () => {
    const impure = imports
      .filter(({ folder }) => folder === 'engine' || folder === 'catalog' || folder === 'watch')
      .flatMap(({ file, packages }) =>
        packages.filter((p) => !ENGINE_PACKAGES.has(p)).map((p) => `${file} imports ${p}`)
      );
    expect(impure).toEqual([]);
  });

  it('loads no filesystem, ajv, botbuilder or restify module when the engine is imported (its sources)', () => {
    // The sources' loader is registered before the probe starts watching: only the engine's loads count.
    const probe = `
      const Module = require('node:module');
      const seen = [];
      const load = Module._load;
      Module._load = function (request, ...rest) { seen.push(request); return load.call(this, request, ...rest); };
      require(${JSON.stringify(join(root, 'src', 'engine', 'index.ts'))});
      process.stdout.write(JSON.stringify(seen));
    `;
    const run = spawnSync(process.execPath, [...RUN_SOURCES, '-e', probe], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const loaded: string[] = JSON.parse(run.stdout);
    expect(loaded.length).toBeGreaterThan(3);
    const forbidden = loaded.filter((m) =>
      /^(node:)?(fs|fs\/promises|child_process|net|http)$|ajv|botbuilder|restify|pino/.test(m)
    );
    expect(forbidden).toEqual([]);
  });

  it('keeps source files short: one concept per file', () => {
    const long = sourceFiles(src)
      .filter((f) => !f.endsWith('catalog-file.ts'))
      .map((f) => ({ file: relative(root, f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 260);
    expect(long).toEqual([]);
  });
});
