import type { Catalog, CatalogEntry, CodeContext, Hop } from '../../catalog/catalog-types';
import { httpKey, keysOfDecimal } from '../../catalog/code-keys';
import type { UnknownToken } from '../model/answer';
import { pickContext } from '../entries/choose-context';
import { dropCoveredMessages } from '../entries/drop-covered-messages';
import { namesSource, narrowCandidates, sourcesOf } from '../entries/narrow-candidates';
import { findMentions } from '../question/find-mentions';
import { decodeNumber, type WindowsCodeView } from '../windows/decode-windows-code';
import type { LogFormat, LogRecord } from '../model/log-record';

/** What one record says, resolved against the catalog. */
export interface ResolvedRecord {
  event?: CatalogEntry;
  /** Codes and messages the catalog curates, in the order written. */
  codes: CatalogEntry[];
  windows: WindowsCodeView[];
  unknown: UnknownToken[];
  /** Entry id → the context its meaning takes in this record. */
  contexts: Map<string, CodeContext>;
  hop?: Hop;
  /** The record comes from a source the catalogs describe, or reports one of their events. */
  knownSource: boolean;
}

/** Record text read per record: a longer description is data, not diagnosis. */
const MAX_RECORD_CHARS = 20_000;

/** Event sources whose records come from one hop, and the context codes there take. */
const SOURCE_HOPS: ReadonlyArray<[string, Hop, CodeContext]> = [
  ['microsoft-windows-networkdeviceenrollmentservice', 'ndes', 'ndes'],
  ['certificateregistrationpoint', 'ndes', 'ndes'],
  ['ndesplugin', 'ndes', 'ndes'],
  ['iis', 'ndes', 'ndes'],
  ['microsoft-windows-certificationauthority', 'ca', 'ca'],
  ['certificationauthority', 'ca', 'ca'],
  ['devicemanagement-enterprise-diagnostics-provider', 'device', 'device'],
  ['microsoft-intune-certificateconnectors', 'connector', 'runtime'],
  ['ndesconnector', 'connector', 'runtime'],
  ['intune connector', 'connector', 'runtime'],
];
const FORMAT_HOPS: Partial<Record<LogFormat, Hop>> = { iis: 'ndes', 'ndes-plugin': 'ndes' };

/** Resolves a record's event, its codes (text and IIS status columns) and the hop that logged it. */
export function resolveRecord(
  catalog: Catalog,
  record: LogRecord,
  format: LogFormat
): ResolvedRecord {
  const source = [record.provider, record.channel]
    .filter((x): x is string => !!x)
    .join(' ')
    .toLowerCase();
  const known = SOURCE_HOPS.find(([name]) => source.includes(name));
  const event = resolveEvent(catalog, record);
  const text =
    record.text.length > MAX_RECORD_CHARS ? record.text.slice(0, MAX_RECORD_CHARS) : record.text;
  const { mentions, cues } = findMentions(catalog, text, { inLog: true });
  const codes: CatalogEntry[] = [];
  const windows: WindowsCodeView[] = [];
  const unknown: UnknownToken[] = [];
  const topics: CatalogEntry[] = [];
  const add = (entry: CatalogEntry) => {
    if ((entry.kind === 'code' || entry.kind === 'message') && !codes.includes(entry))
      codes.push(entry);
  };
  for (const mention of mentions) {
    // A how-to topic a record's own text names by its phrase ("(407) Proxy Authentication
    // Required" inside event 4005) is evidence of the record too, after its codes.
    if (mention.type === 'entries' && mention.via === 'phrase')
      mention.entries.filter((e) => e.kind === 'topic').forEach((e) => topics.push(e));
    if (mention.type === 'entries') mention.entries.forEach(add);
    else if (mention.type === 'windows') windows.push(mention.code);
    else if (mention.type === 'unknown' && mention.tokenKind === 'code')
      unknown.push({ kind: 'code', text: mention.token });
  }
  if (record.http) readHttp(catalog, record.http, add, windows);
  // Only when the record's codes leave its failure unexplained (a catalog code decides), and only
  // a failing record's: a success line that mentions a log file names nothing wrong.
  const failing =
    record.level === undefined || !/^(info|information|verbose|success)/i.test(record.level);
  if (failing && codes.length === 0) codes.push(...topics);
  const kept = dropCoveredMessages(codes, (e) => e);
  codes.splice(0, codes.length, ...kept);
  const knownSource = !!event || fromKnownSource(catalog, record) || !!known;
  if (!event && record.eventId && knownSource)
    unknown.unshift({ kind: 'event', text: record.eventId });
  const implied = known ? [known[2]] : [];
  const contexts = new Map<string, CodeContext>();
  for (const entry of codes) {
    const context = pickContext(entry, cues, implied);
    if (context) contexts.set(entry.id, context);
  }
  const hop =
    event?.hops.reportedBy ?? known?.[1] ?? FORMAT_HOPS[format] ?? codes[0]?.hops.reportedBy;
  return { event, codes, windows, unknown, contexts, hop, knownSource };
}

/** IIS status columns: the HTTP status (with its substatus when the catalog has it) and sc-win32-status. */
function readHttp(
  catalog: Catalog,
  http: NonNullable<LogRecord['http']>,
  add: (e: CatalogEntry) => void,
  windows: WindowsCodeView[]
) {
  // An IIS log is mostly success lines: a 2xx or 3xx status is no finding of its own.
  const failed = Number(http.status) >= 400;
  for (const key of failed ? [httpKey(http.status, http.substatus), httpKey(http.status)] : []) {
    const entries = catalog.codesByKey.get(key);
    if (entries) {
      entries.forEach(add);
      break;
    }
  }
  if (http.win32 && http.win32 !== '0') {
    const curated = keysOfDecimal(http.win32).flatMap((k) => catalog.codesByKey.get(k) ?? []);
    curated.forEach(add);
    const generic = curated.length
      ? undefined
      : decodeNumber(catalog.windowsCodes, Number(http.win32));
    if (generic) windows.push(generic);
  }
}

/**
 * The catalog event a record reports, chosen by the record's provider or channel when it names
 * one. The legacy connector's exact Source string is not documented, so a source that mentions
 * Intune still gets a number that only one catalog has.
 */
function resolveEvent(catalog: Catalog, record: LogRecord): CatalogEntry | undefined {
  if (!record.eventId) return undefined;
  const candidates = catalog.eventsByNumber.get(String(Number(record.eventId))) ?? [];
  const origins = [record.provider, record.channel].filter((x): x is string => !!x);
  if (origins.length === 0) return candidates.length === 1 ? candidates[0] : undefined;
  const chosen = narrowCandidates(catalog, candidates, record.text, origins);
  if (chosen.length === 1) return chosen[0];
  const intune = origins.some((o) => o.toLowerCase().includes('intune'));
  return chosen.length === 0 && intune && candidates.length === 1 ? candidates[0] : undefined;
}

/** True when the record comes from a source that a whole catalog describes (a connector's own log). */
function fromKnownSource(catalog: Catalog, record: LogRecord): boolean {
  const origins = [record.provider, record.channel]
    .filter((x): x is string => !!x)
    .map((x) => x.toLowerCase());
  if (origins.length === 0) return false;
  for (const info of catalog.catalogs.values()) {
    const sources = [...info.providers, ...info.channels].map((s) => s.toLowerCase());
    if (sources.some((s) => origins.some((o) => namesSource(o, s)))) return true;
  }
  return false;
}

/**
 * True when a record may concern the catalogs at all: its source is one a catalog describes or
 * whose hop is known, or one of the catalogs' events with its number comes from that source.
 */
export function concernsCatalog(
  catalog: Catalog,
  record: Pick<LogRecord, 'provider' | 'channel' | 'eventId'>
): boolean {
  const asRecord = record as LogRecord;
  if (fromKnownSource(catalog, asRecord)) return true;
  const source = [record.provider, record.channel].filter(Boolean).join(' ').toLowerCase();
  if (SOURCE_HOPS.some(([name]) => source.includes(name))) return true;
  if (!record.eventId) return false;
  const candidates = catalog.eventsByNumber.get(String(Number(record.eventId))) ?? [];
  const origins = [record.provider, record.channel]
    .filter((x): x is string => !!x)
    .map((x) => x.toLowerCase());
  return candidates.some((e) =>
    sourcesOf(catalog, e).some((s) => origins.some((o) => namesSource(o, s)))
  );
}
