import type { Catalog, CatalogEntry, Language, Severity } from '../../catalog/catalog-types';
import { httpKey, keysOfDecimal } from '../../catalog/code-keys';
import type { EntryView, Finding, LogAnswer, UnknownToken } from '../answer';
import { namesSource, narrowCandidates } from '../narrow-candidates';
import { findMentions } from '../question/find-mentions';
import { scanTokens } from '../question/scan-tokens';
import { refEntry, viewEntry } from '../view-entry';
import type { LogRecord } from './log-record';
import { readRecords } from './read-records';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, success: 0 };
/** Findings whose entries get a detail section (successes need none). */
const DETAIL_FINDINGS = 3;
const MAX_TOKENS_PER_RECORD = 2000;
const SUCCESS_CODE_DIGITS = '0';

/**
 * Diagnoses pasted log records: each record's event is tied to the codes in the same record,
 * identical (event, codes) pairs are counted with first and last time seen, worst first.
 * Returns undefined when the text holds no log records, so a plain question is answered as one.
 */
export function diagnoseLog(
  catalog: Catalog,
  text: string,
  language: Language
): LogAnswer | undefined {
  const read = readRecords(text);
  if (!read) return undefined;

  const groups = new Map<string, Finding & { rank: number; order: number }>();
  read.records.forEach((record, order) => {
    const event = resolveEvent(catalog, record);
    const { codes, unknown } = resolveCodes(catalog, record);
    if (!event && record.eventId && fromKnownSource(catalog, record))
      unknown.unshift({ kind: 'event', text: record.eventId });
    if (!event && codes.length === 0 && unknown.length === 0) return;
    const key = [
      event?.id ?? '',
      ...codes.map((c) => c.id),
      ...unknown.map((u) => `${u.kind}:${u.text}`),
    ].join('|');
    const severity = worst([
      event?.severity,
      ...codes.map((c) => c.severity),
      levelSeverity(record.level),
    ]);
    const existing = groups.get(key);
    if (existing) {
      existing.count++;
      if (record.time) {
        existing.firstSeen = earlier(existing.firstSeen, record.time);
        existing.lastSeen = later(existing.lastSeen, record.time);
      }
      existing.context = { ...record.context, ...existing.context };
      return;
    }
    groups.set(key, {
      event: event ? refEntry(catalog, event, language) : undefined,
      codes: codes.map((c) => refEntry(catalog, c, language)),
      unknown,
      severity,
      count: 1,
      firstSeen: record.time,
      lastSeen: record.time,
      context: stripEmpty(record.context),
      ...(record.http && !event ? { http: record.http } : {}),
      rank: SEVERITY_RANK[severity],
      order,
    });
  });

  const findings = [...groups.values()]
    .sort((a, b) => b.rank - a.rank || b.count - a.count || a.order - b.order)
    .map(({ rank: _rank, order: _order, ...finding }) => finding);

  const details: EntryView[] = [];
  const shown = new Set<string>();
  for (const finding of findings.slice(0, DETAIL_FINDINGS)) {
    for (const ref of [finding.event, ...finding.codes]) {
      if (!ref || ref.severity === 'success' || shown.has(ref.id)) continue;
      shown.add(ref.id);
      details.push(viewEntry(catalog, catalog.byId.get(ref.id) as CatalogEntry, language));
    }
  }
  return {
    kind: 'log',
    language,
    flags: {},
    formats: read.formats,
    recordCount: read.records.length,
    findings,
    details,
  };
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

/** Codes written in the record's text, in order, without repeats; IIS status columns too. */
function resolveCodes(
  catalog: Catalog,
  record: LogRecord
): { codes: CatalogEntry[]; unknown: UnknownToken[] } {
  const codes: CatalogEntry[] = [];
  const unknown: UnknownToken[] = [];
  const add = (entry: CatalogEntry) => {
    if (!codes.includes(entry)) codes.push(entry);
  };
  const tokens = scanTokens(record.text, MAX_TOKENS_PER_RECORD);
  for (const mention of findMentions(catalog, tokens, record.text, { inLog: true })) {
    if (mention.type === 'entries') mention.entries.filter((e) => e.kind === 'code').forEach(add);
    else if (
      mention.type === 'unknownCode' &&
      mention.digits.length <= 8 &&
      mention.digits !== SUCCESS_CODE_DIGITS
    ) {
      unknown.push({ kind: 'code', text: mention.token });
    }
  }
  if (record.http) {
    for (const key of [
      httpKey(record.http.status, record.http.substatus),
      httpKey(record.http.status),
    ]) {
      const http = catalog.codesByKey.get(key);
      if (http) {
        http.forEach(add);
        break;
      }
    }
    if (record.http.win32 && record.http.win32 !== '0') {
      for (const k of keysOfDecimal(record.http.win32))
        (catalog.codesByKey.get(k) ?? []).forEach(add);
    }
  }
  return { codes, unknown };
}

function levelSeverity(level: string | undefined): Severity | undefined {
  const l = (level ?? '').toLowerCase();
  if (l.startsWith('err') || l.startsWith('crit') || l === 'エラー') return 'error';
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

function earlier(a: string | undefined, b: string): string {
  if (!a) return b;
  const [x, y] = [parseTime(a), parseTime(b)];
  return Number.isFinite(x) && Number.isFinite(y) && y < x ? b : a;
}

function later(a: string | undefined, b: string): string {
  if (!a) return b;
  const [x, y] = [parseTime(a), parseTime(b)];
  return Number.isFinite(x) && Number.isFinite(y) ? (y > x ? b : a) : b;
}

/**
 * A time in a form whose order is unambiguous (ISO 8601, or the US M/D/YYYY that English Event
 * Viewer writes); NaN otherwise, and records then keep the order they were pasted in.
 */
function parseTime(text: string): number {
  if (/^\d{4}-\d{2}-\d{2}[T ]\d/.test(text) || /^\d{1,2}\/\d{1,2}\/\d{4} \d/.test(text))
    return Date.parse(text);
  return NaN;
}

function stripEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== '')
  ) as T;
}
