import pino, { type Logger } from 'pino';

/** A pino logger at the given level whose JSON lines are kept in memory. */
export function captureLogger(level: pino.Level = 'trace'): {
  logger: Logger;
  lines: string[];
  records: () => any[];
} {
  const lines: string[] = [];
  const logger = pino(
    { level, base: { service: 'connector-decoder' } },
    { write: (line: string) => void lines.push(line) }
  );
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l)) };
}
