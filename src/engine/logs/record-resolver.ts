import type { Catalog } from '../../catalog/catalog-types';
import type { LogFormat, LogRecord } from '../model/log-record';
import { concernsCatalog, resolveRecord, type ResolvedRecord } from './resolve-record';

/** Answers remembered per map; a map that fills up is cleared. */
const MAX_CACHED = 20_000;
/** Records with more text than this are resolved each time (a long text rarely repeats). */
const MAX_KEYED_TEXT = 1000;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

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
   * resolveRecord, remembered for records that repeat: the same source, event, status columns and
   * text resolve the same. Ids in the text (GUIDs: devices, requests, activities) do not change
   * what a record names, so they are left out of the key, and a connector log's thousand failures
   * that differ only in their request id resolve once.
   */
  resolve(record: LogRecord, format: LogFormat): ResolvedRecord {
    // Plain text lines carry their own time stamps: they never repeat, so they are not remembered.
    if (format === 'text-log' || record.text.length > MAX_KEYED_TEXT)
      return resolveRecord(this.catalog, record, format);
    const http = record.http;
    const text = record.text.replace(GUID, '{guid}');
    const key = `${format}\u0001${record.eventId ?? ''}\u0001${record.provider ?? ''}\u0001${record.channel ?? ''}\u0001${http ? `${http.status}.${http.substatus}.${http.win32}` : ''}\u0001${text}`;
    let resolved = this.resolved.get(key);
    if (!resolved) {
      resolved = resolveRecord(this.catalog, record, format);
      if (this.resolved.size >= MAX_CACHED) this.resolved.clear();
      // The key and the tokens cut from the text are copied: they must not keep the piece of
      // text they came from alive.
      resolved = { ...resolved, unknown: detach(resolved.unknown) };
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
