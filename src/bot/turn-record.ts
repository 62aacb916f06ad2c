import type { Answer } from '../engine';

/** The turn-state key under which the bot notes what a turn recognized. */
export const TURN_RECORD = Symbol('connector-decoder.turn-record');

/** What one turn log line says: ids and counts, never message text. */
export interface TurnRecord {
  answer?: Answer['kind'] | 'search' | 'file' | 'watch' | 'unwatch' | 'health';
  language?: string;
  recognized?: string[];
  unknown?: number;
  records?: number;
  refused?: boolean;
  /** Files: how the file was read (evtx, text, …) or why it was refused; never its name. */
  file?: string;
  bytes?: number;
  findings?: number;
}

export function describeAnswer(answer: Answer): TurnRecord {
  if (answer.kind === 'help') return { answer: 'help', language: answer.language };
  if (answer.kind === 'log') {
    return {
      answer: 'log',
      language: answer.language,
      records: answer.recordCount,
      recognized: answer.findings
        .slice(0, 20)
        .flatMap((f) => [f.event?.id, ...f.codes.map((c) => c.id)].filter((x): x is string => !!x)),
    };
  }
  if (answer.kind === 'flow')
    return {
      answer: 'flow',
      language: answer.language,
      recognized: [`${answer.flow.id}/${answer.node.id}`],
    };
  return {
    answer: 'lookup',
    language: answer.language,
    recognized: answer.items.flatMap((i) => (i.type === 'entry' ? [i.entry.id] : [])),
    unknown: answer.items.filter((i) => i.type !== 'entry').length,
  };
}
