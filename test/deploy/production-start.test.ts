import { spawn } from 'node:child_process';
import { serverArgs } from '../helpers/source-process';
import { containerSettings } from '../helpers/template-world';
import { teamsMessage } from '../helpers/teams-activity';

// The done-when check: the image's start command with the settings infra/main.json gives
// the container (managed identity app id and tenant, UserAssignedMSI, HOST=0.0.0.0, storage URL).
// Only the port differs (0: any free one), so parallel runs do not collide.
describe('the server with the settings the template sets', () => {
  it('starts, answers /healthz, refuses an unauthenticated message with 401, and stops on SIGTERM', async () => {
    const { env } = containerSettings();
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !/^Microsoft|^(HOST|PORT|ALLOWED_TENANT_IDS)$/.test(k)
      )
    );
    const child = spawn(process.execPath, serverArgs(), {
      env: { ...inherited, ...env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const started = await new Promise<Record<string, unknown>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start-up line: ${output}`)), 15000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const line = output.split('\n').find((l) => l.includes('"event":"started"'));
          if (line) {
            clearTimeout(timer);
            resolve(JSON.parse(line));
          }
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
      });
      expect(started.mode).toBe('authenticated');
      const url = `http://127.0.0.1:${started.port}`;
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok' });
      const message = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(teamsMessage('what is 0x411')),
      });
      expect(message.status).toBe(401);
      expect(await message.text()).not.toContain('0x00000411');
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
      }
    }
  });
});
