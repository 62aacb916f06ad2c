import type {
  Catalog,
  CatalogEntry,
  CodeContext,
  Hop,
  Language,
  Severity,
} from '../../catalog/catalog-types';
import type { EntryView, Finding, HopReport, LogAnswer } from '../answer';
import { readPath } from '../question/read-path';
import { refEntry, viewEntry } from '../view-entry';
import type { LogFormat, LogRecord } from './log-record';
import { resolveRecord } from './resolve-record';
import { earlier, later } from './time-order';

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
  private path: ReturnType<typeof readPath>;

  constructor(
    private readonly catalog: Catalog,
    private readonly language: Language
  ) {}

  /** Reads one record in the given format. */
  add(record: LogRecord, format: LogFormat): void {
    this.records++;
    if (!this.formats.includes(format)) this.formats.push(format);
    this.path ??= readPath(record.text);
    const resolved = resolveRecord(this.catalog, record, format);
    const { event, codes, windows, unknown } = resolved;
    if (!event && codes.length === 0 && windows.length === 0 && unknown.length === 0) return;
    const severity = worst([
      event?.severity,
      ...codes.map((c) => c.severity),
      levelSeverity(record.level),
    ]);
    if (resolved.hop) this.countHop(resolved.hop, severity);
    const key = [
      event?.id ?? '',
      ...codes.map((c) => c.id),
      ...windows.map((w) => w.key),
      ...unknown.map((u) => `${u.kind}:${u.text}`),
    ].join('|');
    const existing = this.groups.get(key);
    if (existing) {
      existing.count++;
      if (record.time) {
        existing.firstSeen = earlier(existing.firstSeen, record.time);
        existing.lastSeen = later(existing.lastSeen, record.time);
      }
      existing.context = { ...stripEmpty(record.context), ...existing.context };
      return;
    }
    if (this.groups.size >= MAX_GROUPS) return;
    this.groups.set(key, {
      event: event ? refEntry(this.catalog, event, this.language) : undefined,
      codes: codes.map((c) => refEntry(this.catalog, c, this.language)),
      windows,
      unknown,
      severity,
      count: 1,
      firstSeen: record.time,
      lastSeen: record.time,
      context: stripEmpty(record.context),
      ...(record.http && !event ? { http: record.http } : {}),
      reportedBy: resolved.hop,
      rank: SEVERITY_RANK[severity],
      order: this.records,
      contexts: resolved.contexts,
    });
  }

  /** The diagnosis so far: findings worst first, the chain overview, and detail for the top findings. */
  finish(): LogAnswer {
    const groups = [...this.groups.values()].sort(
      (a, b) => b.rank - a.rank || b.count - a.count || a.order - b.order
    );
    const details: EntryView[] = [];
    const shown = new Set<string>();
    for (const group of groups.slice(0, DETAIL_FINDINGS)) {
      for (const ref of [group.event, ...group.codes]) {
        if (!ref || ref.severity === 'success' || shown.has(ref.id)) continue;
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

  private countHop(hop: Hop, severity: Severity): void {
    const current = this.hopCounts.get(hop);
    if (!current) this.hopCounts.set(hop, { records: 1, severity });
    else {
      current.records++;
      if (SEVERITY_RANK[severity] > SEVERITY_RANK[current.severity]) current.severity = severity;
    }
  }
}

function levelSeverity(level: string | undefined): Severity | undefined {
  const l = (level ?? '').toLowerCase();
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

function stripEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== '')
  ) as T;
}
