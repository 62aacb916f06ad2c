/**
 * SIGTERM and SIGINT handlers, installed as the first thing the process does (index.ts imports
 * this module before any other): until the app is up a stop signal simply exits 0, then the app's
 * own shutdown takes over. Without them, a signal during start-up would kill the process.
 */
let onSignal: (signal: string) => void = () => process.exit(0);
process.on('SIGTERM', () => onSignal('SIGTERM'));
process.on('SIGINT', () => onSignal('SIGINT'));

/** From now on, a stop signal calls `handler`. */
export function handleStopSignals(handler: (signal: string) => void): void {
  onSignal = handler;
}
