import type {
  Catalog,
  CatalogEntry,
  CodeContext,
  Hop,
  Language,
  Severity,
} from '../../catalog/catalog-types';
import type { EntryView, Finding, HopReport, LogAnswer } from '../model/answer';
import { readPath } from '../question/read-path';
import { refEntry, viewEntry } from '../entries/view-entry';
import type { LogFormat, LogRecord } from '../model/log-record';
import { addMissing, detach, RecordResolver } from './record-resolver';
import { earlier, later, unordered } from './time-order';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, success: 0 };
/** Findings whose entries get a detail section (successes need none). */
const DETAIL_FINDINGS = 3;
/** Distinct findings kept: a log with more is summarised by its worst and most frequent ones. */
const MAX_GROUPS = 5_000;

interface Group extends Finding {
  rank: number;
  order: number;
  contexts: Map<string, CodeContext>;
}

/**
 * Collects log records into findings: each record's event with the codes in the same record;
 * identical (event, codes) pairs are counted with first and last time seen. Records can be added
 * one at a time, so a file of any size is read with memory that grows with the distinct findings,
 * not with the records.
 */
export class Diagnosis {
  private readonly groups = new Map<string, Group>();
  private readonly formats: LogFormat[] = [];
  private readonly hopCounts = new Map<Hop, { records: number; severity: Severity }>();
  private records = 0;
  private readonly resolver: RecordResolver;
  private path: ReturnType<typeof readPath>;
  private pathTries = 0;

  /**
   * `bulk`: a whole saved log rather than a paste. Records from sources the catalogs do not know
   * then count only for the failures the catalogs curate, and for generic Windows codes in warnings
   * and errors (informational ones are passed over unread): a System log's thousand unrelated
   * events do not become "not in the catalog" findings.
   */
  constructor(
    private readonly catalog: Catalog,
    private readonly language: Language,
    private readonly options: { bulk?: boolean } = {}
  ) {
    this.resolver = new RecordResolver(catalog);
  }

  /** Reads one record in the given format. */
  add(record: LogRecord, format: LogFormat): void {
    const repeats = record.repeats?.count ?? 1;
    const lastTime = record.repeats?.lastTime ?? record.time;
    this.records += repeats;
    if (!this.formats.includes(format)) this.formats.push(format);
    if (!this.wants(record)) return;
    // The first records with text tell whether the log is about SCEP or PKCS; a few suffice.
    if (this.path === undefined && this.pathTries < 50 && record.text) {
      this.path = readPath(record.text);
      this.pathTries++;
    }
    const resolved = this.resolver.resolve(record, format);
    let { event, codes, windows, unknown } = resolved;
    // A failure event written at Information level reports the step's success: Windows logs some
    // events (CAPI2 chain checks) at either level, and the record's level is the one that holds.
    if (
      event &&
      quiet(record.level) &&
      (event.severity === 'error' || event.severity === 'warning')
    )
      event = undefined;
    if (this.options.bulk && !resolved.knownSource) {
      unknown = [];
      codes = codes.filter((c) => c.severity === 'error' || c.severity === 'warning');
      if (!isProblem(record.level)) windows = [];
    }
    if (!event && codes.length === 0 && windows.length === 0 && unknown.length === 0) return;
    const severity = worst([
      event?.severity,
      ...codes.map((c) => c.severity),
      levelSeverity(record.level),
      failedRegistrationCall(record.http),
    ]);
    if (resolved.hop) this.countHop(resolved.hop, severity, repeats);
    const key = [
      event?.id ?? '',
      ...codes.map((c) => c.id),
      ...windows.map((w) => w.key),
      ...unknown.map((u) => `${u.kind}:${u.text}`),
    ].join('|');
    const existing = this.groups.get(key);
    if (existing) {
      existing.count += repeats;
      if (unordered(existing.firstSeen, record.time) || unordered(existing.lastSeen, lastTime))
        existing.timesUnordered = true;
      if (record.time) {
        const first = earlier(existing.firstSeen, record.time);
        if (first !== existing.firstSeen) existing.firstSeen = detach(first);
      }
      if (lastTime) {
        const last = later(existing.lastSeen, lastTime);
        if (last !== existing.lastSeen) existing.lastSeen = detach(last);
      }
      addMissing(existing.context, record.context);
      return;
    }
    if (this.groups.size >= MAX_GROUPS) return;
    this.groups.set(key, {
      event: event ? refEntry(this.catalog, event, this.language) : undefined,
      codes: codes.map((c) => refEntry(this.catalog, c, this.language)),
      windows,
      unknown: detach(unknown),
      severity,
      count: repeats,
      firstSeen: detach(record.time),
      lastSeen: detach(lastTime),
      context: detach(stripEmpty(record.context)),
      ...(record.http && !event ? { http: detach(record.http) } : {}),
      reportedBy: resolved.hop,
      rank: SEVERITY_RANK[severity],
      order: this.records,
      contexts: resolved.contexts,
    });
  }

  /**
   * Whether a record with these fields is worth reading: always for a paste; in a saved log, not
   * an informational record of a source the catalogs do not know. Readers that can tell before
   * building the record (the .evtx reader) ask first and report the rest with passOver().
   */
  wants(record: Pick<LogRecord, 'provider' | 'channel' | 'eventId' | 'level'>): boolean {
    return !this.options.bulk || !quiet(record.level) || this.resolver.concerns(record);
  }

  /** Counts a record that was passed over unread (see wants()). */
  passOver(format: LogFormat): void {
    this.records++;
    if (!this.formats.includes(format)) this.formats.push(format);
  }

  /** The diagnosis so far: findings worst first, the chain overview, and detail for the top findings. */
  finish(): LogAnswer {
    const groups = [...this.groups.values()].sort(
      (a, b) => b.rank - a.rank || b.count - a.count || a.order - b.order
    );
    const details: EntryView[] = [];
    const shown = new Set<string>();
    for (const group of groups.slice(0, DETAIL_FINDINGS)) {
      // A progress event that carried a failure (306 with another Result) is not detailed as the
      // progress it usually reports: its codes are.
      const failed = group.severity === 'error' || group.severity === 'warning';
      for (const ref of [group.event, ...group.codes]) {
        if (!ref || ref.severity === 'success' || shown.has(ref.id)) continue;
        if (failed && ref.severity === 'info' && ref === group.event && group.codes.length)
          continue;
        shown.add(ref.id);
        const entry = this.catalog.byId.get(ref.id) as CatalogEntry;
        const context = group.contexts.get(ref.id);
        details.push(viewEntry(this.catalog, entry, this.language, { context, path: this.path }));
      }
    }
    const findings: Finding[] = groups.map(
      ({ rank: _r, order: _o, contexts: _c, ...finding }) => finding
    );
    const hops: HopReport[] =
      this.hopCounts.size > 1
        ? [...this.hopCounts.entries()]
            .map(([hop, c]) => ({
              hop,
              records: c.records,
              severity: c.severity,
              findings: findings.filter((f) => f.reportedBy === hop).length,
              worst: worstOf(findings.find((f) => f.reportedBy === hop)),
            }))
            .sort(
              (a, b) =>
                SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.records - a.records
            )
        : [];
    return {
      kind: 'log',
      language: this.language,
      flags: {},
      formats: [...this.formats],
      recordCount: this.records,
      findings,
      hops,
      details,
    };
  }

  private countHop(hop: Hop, severity: Severity, records: number): void {
    const current = this.hopCounts.get(hop);
    if (!current) this.hopCounts.set(hop, { records, severity });
    else {
      current.records += records;
      if (SEVERITY_RANK[severity] > SEVERITY_RANK[current.severity]) current.severity = severity;
    }
  }
}

function levelSeverity(level: string | undefined): Severity | undefined {
  const l = typeof level === 'string' ? level.toLowerCase() : '';
  if (l.startsWith('err') || l.startsWith('crit') || l === 'エラー' || l === '重大') return 'error';
  if (l.startsWith('warn') || l === '警告') return 'warning';
  return undefined;
}

function worst(severities: Array<Severity | undefined>): Severity {
  let best: Severity = 'info';
  let rank = -1;
  for (const s of severities)
    if (s && SEVERITY_RANK[s] > rank) [best, rank] = [s, SEVERITY_RANK[s]];
  return best;
}

/** A record level that reports no problem. */
function quiet(level: string | undefined): boolean {
  return level === 'Information' || level === 'Verbose';
}

/** A record level that reports a problem (or none given: a text line that was read for one). */
function isProblem(level: string | undefined): boolean {
  return level === undefined || level === 'Error' || level === 'Critical' || level === 'Warning';
}

function stripEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== '')
  ) as T;
}

/**
 * An error when NDES's own call to the certificate registration point (VerifyRequest, Notify) got
 * a 4xx or 5xx: a 403 there is a failure, unlike the 403 a browser gets from mscep.dll.
 */
function failedRegistrationCall(http: LogRecord['http']): Severity | undefined {
  return http && /^[45]/.test(http.status) && /certificateregistrationsvc/i.test(http.uri)
    ? 'error'
    : undefined;
}

/** The event or code that names a finding, for the chain overview. */
function worstOf(finding: Finding | undefined): { key: string; name: string } | undefined {
  const named = finding?.event ?? finding?.codes[0];
  if (named) return { key: named.key, name: named.name };
  const windows = finding?.windows[0];
  return windows ? { key: windows.key, name: windows.names[0] ?? '' } : undefined;
}
