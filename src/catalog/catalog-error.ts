/** A catalog file that breaks the schema or refers to something that does not exist. */
export class CatalogError extends Error {
  override name = 'CatalogError';
}
