import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { buildCatalog, type CatalogSource } from '../catalog/build-catalog';
import { CatalogError } from '../catalog/catalog-error';
import type { CatalogFile } from '../catalog/catalog-file';
import type { Catalog } from '../catalog/catalog-types';
import { buildWindowsCodeTable, type WindowsCodesFile } from '../catalog/windows-codes';
import { describeSchemaError } from './describe-schema-error';
import { findProjectRoot } from './project-root';

export interface LoadCatalogOptions {
  /** Folder of the built-in catalogs; defaults to the project's `catalog/`. */
  builtinDir?: string;
  /** A team's own catalogs (CATALOG_DIR): new entries, or `extends` of existing ones. */
  teamDir?: string;
}

const SCHEMA_FILE = 'catalog.schema.json';

/**
 * Reads every catalog file, validates it against catalog/catalog.schema.json and builds the
 * catalog. Throws CatalogError naming the file, the entry and the field on the first problem, so a
 * bad built-in or team catalog stops start-up instead of answering wrongly.
 */
export function loadCatalog(options: LoadCatalogOptions = {}): Catalog {
  const root = findProjectRoot();
  const schema = JSON.parse(readFileSync(join(root, 'catalog', SCHEMA_FILE), 'utf8')) as object;
  const validate = new Ajv({ allErrors: false, strict: false }).compile<CatalogFile>(schema);

  const sources: CatalogSource[] = [];
  const readDir = (dir: string, team: boolean) => {
    for (const name of listCatalogFiles(dir)) {
      const path = join(dir, name);
      const file = displayPath(root, path);
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new CatalogError(`${file}: not valid JSON: ${(error as Error).message}`);
      }
      if (!validate(data))
        throw new CatalogError(describeSchemaError(file, data, validate.errors ?? []));
      sources.push({ file, team, data });
    }
  };
  readDir(options.builtinDir ?? join(root, 'catalog'), false);
  if (options.teamDir) readDir(options.teamDir, true);
  return buildCatalog(
    sources,
    buildWindowsCodeTable(
      withDotnetHresults(
        readWindowsCodes(join(root, 'data', 'windows-codes.json')),
        join(root, 'data', 'sources', 'dotnet-hresults.tsv')
      )
    )
  );
}

/**
 * Adds the .NET exception HRESULTs (COR_E_*, facility 0x13) from the committed source list, so that
 * `HResult 0x80131500` decodes by family as Windows codes do. A value the Windows data already
 * names keeps its Windows entry.
 */
function withDotnetHresults(file: WindowsCodesFile, path: string): WindowsCodesFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CatalogError(
      `${path}: cannot read the .NET HRESULT list (${(error as Error).message})`
    );
  }
  const known = new Set(file.codes.map(([key]) => key.toUpperCase()));
  const codes = [...file.codes];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [key, name, type] = line.split('\t');
    if (!key || !name || known.has(key.toUpperCase())) continue;
    const what =
      type && type !== '-'
        ? `The HRESULT of the .NET exception ${type} (${name}).`
        : `A .NET runtime HRESULT (${name}).`;
    codes.push([key, name, 'dotnet', what, 'description']);
  }
  return { ...file, codes };
}

function readWindowsCodes(path: string): WindowsCodesFile {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as WindowsCodesFile;
  } catch (error) {
    throw new CatalogError(
      `${path}: cannot read the Windows code data (${(error as Error).message}). Run npm run generate:windows-codes.`
    );
  }
}

function listCatalogFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith('.json') && n !== SCHEMA_FILE)
      .sort();
  } catch (error) {
    throw new CatalogError(
      `${dir}: cannot read the catalog folder (${(error as Error).message}). Check CATALOG_DIR.`
    );
  }
}

function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : rel;
}
