import type { Finding, LogAnswer } from '../../engine';
import {
  describeCaveats,
  describeFinding,
  describeFlags,
  describeHop,
  describeLogSummary,
} from '../words/describe-answer';
import { asExact, asLine } from '../words/as-text';
import { filePhrase } from '../words/file-phrases';
import { levelLabel } from '../words/labels';
import { phrase } from '../words/phrases';
import type { LogCardData } from './card-models';
import { compactSteps, LEAD_ITEMS, moreLabel } from './card-parts';
import { severityStyle } from './severity-style';
import { describeFile, type FileSource } from '../words/describe-file';

/** Findings listed on a log card; the rest are counted. */
const MAX_FINDINGS = 10;
const FACT_KEYS = [
  'computer',
  'level',
  'deviceId',
  'caName',
  'template',
  'thumbprint',
  'source',
] as const;

/** The diagnosis of a pasted log or a file: the chain overview, findings worst first, then detail for the top ones. */
export function logCard(answer: LogAnswer, file?: FileSource): LogCardData {
  const lang = answer.language;
  const findings = answer.findings.slice(0, MAX_FINDINGS).map((f: Finding) => {
    const sev = severityStyle(lang, f.severity);
    const when = f.firstSeen
      ? ` · ${phrase(lang, f.timesUnordered ? 'seenUnordered' : 'firstLast', { first: asLine(f.firstSeen), last: asLine(f.lastSeen ?? f.firstSeen) })}`
      : '';
    return {
      // Shown in TextRuns: never markdown, never a link, and copied exactly as it was logged.
      heading: asExact(`${sev.icon} ${describeFinding(lang, f)}`, 2000),
      seen: `${sev.label} · ${phrase(lang, 'seen', { count: f.count })}${when}`,
      color: sev.color,
      facts: FACT_KEYS.filter((k) => f.context[k]).map((k) => ({
        title: phrase(lang, k),
        value: asExact(
          k === 'level' ? levelLabel(lang, f.context[k] as string) : (f.context[k] as string)
        ),
      })),
    };
  });
  const summary = describeLogSummary(answer);
  const details = answer.details.map((e) => ({
    heading: `${severityStyle(lang, e.severity).icon} ${e.kind === 'message' ? e.name : `${e.key} · ${e.name}`}`,
    meaning: e.meaning,
    steps: compactSteps(lang, e),
    color: severityStyle(lang, e.severity).color,
    button: {
      title: phrase(lang, 'showDetails'),
      query: e.context ? `${e.id}@${e.context.context}` : e.id,
    },
  }));
  const hidden = Math.max(0, findings.length - LEAD_ITEMS) + Math.max(0, details.length - 1);
  return {
    language: lang,
    speak: `${phrase(lang, 'logTitle')}. ${summary}`,
    title: phrase(lang, 'logTitle'),
    summary,
    overview: {
      title: answer.hops.length ? phrase(lang, 'overviewTitle') : '',
      lines: answer.hops.map((h) => describeHop(lang, h)),
    },
    findings: findings.slice(0, LEAD_ITEMS),
    moreFindings: findings.slice(LEAD_ITEMS),
    moreTitle: hidden ? phrase(lang, 'showMore', { count: hidden }) : '',
    more: moreLabel(lang, answer.findings.length, MAX_FINDINGS),
    source: file
      ? asExact(describeFile(lang, { ...file, name: asExact(file.name, 120) }), 400)
      : '',
    nothing: answer.findings.length
      ? ''
      : file
        ? filePhrase(lang, 'nothing')
        : phrase(lang, 'nothingInPaste'),
    pasteTip: file ? filePhrase(lang, 'tip') : phrase(lang, 'helpPaste'),
    // The top finding's detail leads: what it means and what to do.
    details: details.slice(0, 1),
    moreDetails: details.slice(1),
    notices: [...describeCaveats(answer.details), ...describeFlags(lang, answer.flags)],
  };
}
