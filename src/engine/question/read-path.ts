import type { DeploymentPath } from '../../catalog/catalog-types';

/**
 * The deployment path a text names, if exactly one: `pfx-import` for imported PFX/PKCS certificates,
 * `pkcs` for PKCS/PFX, `scep` for SCEP/NDES. Word matches only, so it costs one pass.
 */
export function readPath(text: string): DeploymentPath | undefined {
  const words = new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .slice(0, 5000)
  );
  const imported =
    (words.has('import') || words.has('imported')) && (words.has('pfx') || words.has('pkcs'));
  const pkcs = words.has('pkcs') || words.has('pfx') || text.includes('PKCS');
  const scep = words.has('scep') || words.has('ndes') || words.has('mscep');
  if (imported) return 'pfx-import';
  if (pkcs && !scep) return 'pkcs';
  if (scep && !pkcs) return 'scep';
  return undefined;
}
