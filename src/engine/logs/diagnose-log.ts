import type { Catalog, Language } from '../../catalog/catalog-types';
import type { LogAnswer } from '../model/answer';
import { Diagnosis } from './diagnosis';
import { readRecords } from './read-records';

/**
 * Diagnoses pasted log records (see Diagnosis). Returns undefined when the text holds no log
 * records, so a plain question is answered as one.
 */
export function diagnoseLog(
  catalog: Catalog,
  text: string,
  language: Language
): LogAnswer | undefined {
  const read = readRecords(text);
  if (!read) return undefined;
  const diagnosis = new Diagnosis(catalog, language);
  for (const { record, format } of read.records) diagnosis.add(record, format);
  return diagnosis.finish();
}
