/**
 * restify 11 (the last release that runs on Node 20) reads `process.binding('http_parser')`, which
 * makes Node print DEP0111 on every start. It is known, harmless and not ours to fix, so that one
 * warning is dropped; every other warning is printed as usual. Imported first by index.ts.
 */
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const options = rest[0] as { code?: string } | string | undefined;
  const code = typeof options === 'object' ? options?.code : rest[1];
  if (code === 'DEP0111') return;
  (emitWarning as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
