import type { Catalog } from '../../catalog/catalog-types';
import { namespaceKey } from '../../catalog/code-keys';
import type { MentionSink } from './mention-sink';
import type { Token } from './scan-tokens';

/* Numbers that belong to a namespace the text names, so they are never read as Windows codes. */

/** An Apple NSError domain as written: `MCSCEPErrorDomain`, `NSURLErrorDomain`. */
const ERROR_DOMAIN = /\b([A-Za-z]{2,40}ErrorDomain)\b/g;
/** The domain's code, on its line or the next: `Code : 4001`, `Code=22013`, `error 22013`, or right after it. */
const CODE_AFTER = /^[ \t]*[:=,]?[ \t]*(-?\d{1,10})\b|\b(?:code|error)\s*[:=]?\s*(-?\d{1,10})\b/i;
/** How far after the domain its code may stand: Apple's console puts it on the next line. */
const WINDOW = 120;
const MAX_SCAN = 20_000;

/**
 * Where the text writes a number inside an error domain, by the number's offset: `Domain :
 * MCInstallationErrorDomain` then `Code : 4001` gives 4001 the domain MCInstallationErrorDomain.
 * Linear in the text: one pass for domains, a bounded window after each.
 */
export function readNamespacedNumbers(text: string): Map<number, string> {
  const found = new Map<number, string>();
  const head = text.slice(0, MAX_SCAN);
  const domains = [...head.matchAll(ERROR_DOMAIN)];
  domains.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const next = domains[i + 1]?.index ?? head.length;
    const window = head.slice(start, Math.min(start + WINDOW, next));
    const code = CODE_AFTER.exec(window);
    if (!code) return;
    const number = code[1] ?? code[2];
    const at = start + (code.index ?? 0) + code[0].lastIndexOf(number);
    found.set(at, m[1]);
  });
  return found;
}

/** True for a word that names an error domain or a namespace the catalogs cover: never a typo of a name. */
export function isNamespaceName(catalog: Catalog, word: string): boolean {
  return /ErrorDomain$/.test(word) || catalog.namespaces.has(word.toLowerCase());
}

/**
 * A number written inside a namespace: that namespace's entry; "not in the catalog" with the
 * nearest codes of the same namespace when the catalogs cover it; a bare "not covered" when they
 * don't. It is never decoded as a Windows code.
 */
export function readNamespaced(
  catalog: Catalog,
  sink: MentionSink,
  token: Token,
  namespace: string
): void {
  const written = `${namespace} ${token.text}`;
  const entries = catalog.byNamespace.get(namespaceKey(namespace, token.text));
  if (entries) return sink.addEntries(entries, 'code', written, token.start);
  sink.addUnknownCode(written, 'namespace', Number(token.text), token.start, {
    namespace,
    covered: catalog.namespaces.has(namespace.toLowerCase()),
  });
}
