import { safeLogValue } from './safe-log';

/**
 * An error as the log may keep it: type, code and the stack frames, without the message line,
 * because messages (JSON parse errors, for one) can quote what the user sent.
 */
export function describeError(error: unknown): { type: string; code?: string; frames?: string } {
  const e = error as { name?: unknown; code?: unknown; stack?: unknown } | undefined;
  const frames =
    typeof e?.stack === 'string'
      ? e.stack
          .split('\n')
          .filter((line) => line.trimStart().startsWith('at '))
          .slice(0, 15)
          .join('\n')
      : undefined;
  const code =
    typeof e?.code === 'string' || typeof e?.code === 'number'
      ? String(safeLogValue(String(e.code)))
      : undefined;
  const type = typeof e?.name === 'string' ? String(safeLogValue(e.name)) : typeof error;
  return { type, code, frames };
}
