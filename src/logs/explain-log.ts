import type { Catalog, Language } from '../catalog/catalog-types';
import type { LogAnswer } from '../core/answer';

/** Reads pasted log records; undefined when the text is not a log. */
export function explainLog(_catalog: Catalog, _text: string, _language: Language): LogAnswer | undefined {
  return undefined;
}
