import { spawn, type ChildProcess } from 'node:child_process';
import { serverArgs } from './source-process';

export interface BotProcess {
  url: string;
  port: number;
  /** Everything the process wrote (JSON log lines on stdout, anything on stderr). */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the bot as its own process, the way `npm start` does (src/index.ts: .env, settings, the
 * app, signal handlers, listen), with `env` on top of a clean environment, and resolves once it
 * logs that it listens.
 */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !/^(Microsoft|STORAGE_|GRAPH_|SENTINEL_|AZURE_|PUBLIC_BASE_URL$|HOST$|PORT$|ALLOWED_TENANT_IDS$)/.test(
          k
        )
    )
  );
  const child: ChildProcess = spawn(process.execPath, serverArgs(), {
    env: { ...inherited, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line: ${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.includes('"event":"started"'));
      if (line) {
        clearTimeout(timer);
        resolve(Number(JSON.parse(line).port));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}: ${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
