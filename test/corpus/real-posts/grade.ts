import type { Answer } from '../../../src/engine';
import type { Expectation } from './real-post';

export const GRADES = ['right', 'partial', 'wrong', 'nothing'] as const;
/** right: an expected entry leads; partial: one is present but doesn't lead, or only as a closest
 * match/suggestion (or an acceptable entry leads); wrong: a non-expected entry leads unmarked
 * (confidently wrong); nothing: no finding, or only marked entries none of which is expected. */
export type Grade = (typeof GRADES)[number];

/** What an answer puts in front of the admin, in the order shown. `marked` entries are offered as
 * closest matches, suggestions or guides, not as identified. Ids: entry ids, `win:<key>` for a
 * generic Windows/HTTP decode. */
export interface Shown {
  /** The first thing the answer shows: one entry, or the event and codes of the first finding. */
  lead: string[];
  leadMarked: boolean;
  /** Everything shown, lead included. */
  all: string[];
}

export interface Graded {
  grade: Grade;
  /** The lead as shown (`≈` before marked ids), for the ledger and the report. */
  lead: string;
}

/** Reads an engine answer into what it shows first and overall. */
export function readShown(answer: Answer): Shown {
  if (answer.kind === 'help') {
    const ids = answer.reason === 'vague' ? answer.closest.map((r) => r.id) : [];
    return { lead: ids.slice(0, 1), leadMarked: true, all: ids };
  }
  if (answer.kind === 'flow') {
    const id = `flow:${answer.flow.id}`;
    return { lead: [id], leadMarked: true, all: [id] };
  }
  if (answer.kind === 'log') {
    const groups = answer.findings.map((f) => [
      ...(f.event ? [f.event.id] : []),
      ...f.codes.map((c) => c.id),
      ...f.windows.map((w) => `win:${w.key}`),
    ]);
    const all = [...groups.flat(), ...answer.details.map((d) => d.id)];
    const first = groups.findIndex((g) => g.length > 0);
    return { lead: first < 0 ? [] : groups[first], leadMarked: false, all: [...new Set(all)] };
  }
  const shown = answer.items.map((item) => {
    if (item.type === 'entry')
      return {
        ids: [
          item.entry.context ? `${item.entry.id}@${item.entry.context.context}` : item.entry.id,
        ],
        marked: answer.basis === 'keywords' || item.via === 'keyword',
      };
    if (item.type === 'windows') return { ids: [`win:${item.code.key}`], marked: false };
    return { ids: item.suggestions.map((s) => s.id), marked: true };
  });
  const first = shown[0];
  return {
    lead: first ? first.ids.slice(0, first.marked ? 1 : undefined) : [],
    leadMarked: first ? first.marked : true,
    all: [...new Set(shown.flatMap((s) => s.ids))],
  };
}

/** Grades what an answer shows against what the post's thread concluded. */
export function gradeShown(expect: Expectation, shown: Shown): Graded {
  const lead = shown.lead.map((id) => (shown.leadMarked ? `≈${id}` : id)).join(' + ') || '∅';
  const expected = (id: string) => expect.lead.some((p) => matchesId(id, p));
  if (shown.lead.length > 0 && !shown.leadMarked) {
    if (shown.lead.some(expected)) return { grade: 'right', lead };
    const bad = (id: string) => expect.mustNotLead.some((p) => matchesId(id, p));
    const fine = (id: string) => expect.acceptable.some((p) => matchesId(id, p));
    if (shown.lead.some(bad) || !shown.lead.every(fine)) return { grade: 'wrong', lead };
    return { grade: 'partial', lead };
  }
  return { grade: shown.all.some(expected) ? 'partial' : 'nothing', lead };
}

/**
 * Whether an answer's id matches a corpus pattern: a full id (`ndes-ca:message:gatewaytimeout`),
 * `kind:key` in any catalog (`code:0x80094800`, which a generic decode `win:0x80094800` also
 * matches), or a catalog prefix ending in `:`. Keys compare case-insensitively; a `@context` on the
 * answer's id is ignored unless the pattern names one, which must then be the answer's.
 */
export function matchesId(id: string, pattern: string): boolean {
  // A pattern with `@context` asks for that meaning of the code (HTTP 403 on a device's request).
  if (pattern.includes('@')) return id.toLowerCase() === pattern.toLowerCase();
  const bare = id.split('@')[0].toLowerCase();
  const want = pattern.toLowerCase();
  if (want.endsWith(':') && !/^(event|code|message|topic):$/.test(want))
    return bare.startsWith(want);
  const parts = want.split(':');
  if (parts.length === 2) {
    const [kind, key] = parts;
    if (kind === 'code' && bare === `win:${key}`) return true;
    return bare.endsWith(`:${kind}:${key}`);
  }
  return bare === want;
}
