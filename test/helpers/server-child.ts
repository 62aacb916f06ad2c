import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { serverArgs } from './source-process';

/** The bot as its own process (from the sources, as `npm start` runs the build), on loopback. */
export interface ServerChild {
  child: ChildProcessWithoutNullStreams;
  url: string;
  /** Log lines written so far, parsed. */
  logs(): Array<Record<string, any>>;
  /** Posts an activity with deliveryMode expectReplies; the HTTP status and the replies. */
  send(activity: object): Promise<{ status: number; activities: any[] }>;
  /** The most resident memory the process has had (VmHWM), in MB. */
  peakRssMb(): number;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

export async function startServerChild(env: Record<string, string> = {}): Promise<ServerChild> {
  const child = spawn(process.execPath, serverArgs(), {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no start-up line')), 20_000);
    const look = () => {
      const started = /"event":"started".*?"port":(\d+)/.exec(stdout);
      if (!started) return;
      clearTimeout(timer);
      child.stdout.off('data', look);
      resolve(Number(started[1]));
    };
    child.stdout.on('data', look);
    void exited.then(() => reject(new Error('exited before start-up')));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    url,
    logs: () =>
      stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, any>),
    async send(activity) {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
      });
      const text = await res.text();
      const body = text ? (JSON.parse(text) as { activities?: any[] }) : {};
      return { status: res.status, activities: body.activities ?? [] };
    },
    peakRssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
