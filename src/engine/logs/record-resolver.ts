import type { Catalog } from '../../catalog/catalog-types';
import type { LogFormat, LogRecord } from './log-record';
import { concernsCatalog, resolveRecord, type ResolvedRecord } from './resolve-record';

/** Answers remembered per map; a map that fills up is cleared. */
const MAX_CACHED = 20_000;

/**
 * resolveRecord for a whole log, with what repeats remembered: which sources concern the catalogs,
 * and the resolution of records that repeat exactly (an IIS log's status lines).
 */
export class RecordResolver {
  private readonly resolved = new Map<string, ResolvedRecord>();
  private readonly concerning = new Map<string, boolean>();

  constructor(private readonly catalog: Catalog) {}

  /**
   * Whether a record of this source and event number may concern the catalogs, remembered per
   * source and number: a saved log's thousands of routine events are passed over at once.
   */
  concerns(record: Pick<LogRecord, 'provider' | 'channel' | 'eventId'>): boolean {
    const key = `${record.provider ?? ''}\u0001${record.channel ?? ''}\u0001${record.eventId ?? ''}`;
    let known = this.concerning.get(key);
    if (known === undefined) {
      known = concernsCatalog(this.catalog, record);
      if (this.concerning.size >= MAX_CACHED) this.concerning.clear();
      this.concerning.set(detach(key), known);
    }
    return known;
  }

  /**
   * resolveRecord, remembered for records that repeat exactly (an IIS log's thousands of lines
   * for a few statuses): the same source, event and status columns resolve the same.
   */
  resolve(record: LogRecord, format: LogFormat): ResolvedRecord {
    // Only records without text: a key made from text would keep the whole piece it was cut from.
    if (record.text) return resolveRecord(this.catalog, record, format);
    const http = record.http;
    const key = `${format}\u0001${record.eventId ?? ''}\u0001${record.provider ?? ''}\u0001${record.channel ?? ''}\u0001${http ? `${http.status}.${http.substatus}.${http.win32}` : ''}\u0001${record.text}`;
    let resolved = this.resolved.get(key);
    if (!resolved) {
      resolved = resolveRecord(this.catalog, record, format);
      if (this.resolved.size >= MAX_CACHED) this.resolved.clear();
      this.resolved.set(detach(key), resolved);
    }
    return resolved;
  }
}

/**
 * A copy that shares no memory with the text it came from. Values cut from a 1 MB piece of a file
 * keep that whole piece alive; a finding keeps its values for the whole file, so it keeps copies.
 */
export function detach<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Adds to `target` the non-empty values of `source` it lacks, as copies. */
export function addMissing(target: object, source: object): void {
  const into = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(source))
    if (value !== undefined && value !== '' && into[key] === undefined) into[key] = detach(value);
}
