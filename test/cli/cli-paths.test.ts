import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  copyFileSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/fixtures';
import { iisLog } from '../helpers/generate-logs';
import { runCliChild, type CliRun } from '../helpers/cli-child';

/**
 * Issue 22 items 10 and 11, through the command line as its own process on real files: names with
 * terminal escape sequences are printed escaped in every line that names them, and a folder with
 * an unreadable subfolder, broken links and links to files is read as far as it can be.
 */

/** Any byte a terminal acts on: C0 controls (ESC, BEL, CR...) but the line breaks we print, DEL, C1. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

/** Tests may run as root, whom file modes do not stop: the CLI then runs as nobody. */
const asUnprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** A folder the CLI (possibly running as nobody) can read, removed after the tests. */
function openFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

const folders: string[] = [];
const locked: string[] = [];
afterAll(() => {
  for (const dir of locked) chmodSync(dir, 0o755);
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('every path the command line prints is made safe (issue 22, item 10)', () => {
  const ESCAPED_NAME = '\u001b]0;pwned\u0007\u001b[2J\u001b[31mevil\rname\u{E0041}.bin';
  let run: CliRun;
  let dir: string;
  beforeAll(async () => {
    dir = openFolder('cd-escapes-');
    folders.push(dir);
    copyFileSync(join(FIXTURES, 'logs', 'ndesplugin.log'), join(dir, '\u001b[1mNDESPlugin.log'));
    writeFileSync(join(dir, ESCAPED_NAME), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8]));
    run = await runCliChild([dir]);
  });

  it('reads the folder, with the refused file named in its refusal line', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/not a log/);
  });

  it('prints no terminal control character on stderr or stdout', () => {
    expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
    expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
  });

  it('shows each control and invisible character as an escape, so the name is still told apart', () => {
    expect(run.stderr).toContain(
      '\\x1B]0;pwned\\x07\\x1B[2J\\x1B[31mevil\\x0Dname\\u{E0041}.bin: not a log'
    );
    expect(run.stdout).toContain('\\x1B[1mNDESPlugin.log');
  });

  it('escapes the name in progress lines too', async () => {
    // A named pipe keeps the read going for a few seconds, past the point where progress is shown.
    const fifo = join(dir, '\u001b[2K\u001b[1Aslow\u0007.log');
    const made = spawnSync('mkfifo', [fifo]);
    expect(made.status).toBe(0);
    const running = runCliChild([fifo]);
    // The pipe opens once the command line opens it to read: from then on, keep it fed (with
    // back-pressure) for longer than the two seconds after which progress is shown.
    const writer = createWriteStream(fifo);
    await once(writer, 'open');
    const opened = Date.now();
    const chunk = iisLog(1_000_000);
    while (Date.now() - opened < 4000) {
      if (!writer.write(chunk)) await once(writer, 'drain');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    writer.end();
    const slow = await running;
    const progress = slow.stderr.split('\n').filter((l) => l.startsWith('reading '));
    expect(progress.length).toBeGreaterThan(0);
    for (const l of progress)
      expect(l).toMatch(/^reading \\x1B\[2K\\x1B\[1Aslow\\x07\.log \(1\/1\)/);
    expect(slow.stderr).not.toMatch(TERMINAL_CONTROL);
  }, 20_000);
});

describe('folders: what cannot be read is skipped with a note, links to files are followed (issue 22, item 11)', () => {
  let run: CliRun;
  let dir: string;
  beforeAll(async () => {
    const outside = openFolder('cd-outside-');
    const linkedIis = join(outside, 'u_ex251101.log');
    copyFileSync(join(FIXTURES, 'logs', 'iis.log'), linkedIis);
    dir = openFolder('cd-folder-');
    folders.push(dir, outside);
    copyFileSync(join(FIXTURES, 'logs', 'ndesplugin.log'), join(dir, 'NDESPlugin.log'));
    mkdirSync(join(dir, 'locked'));
    copyFileSync(join(FIXTURES, 'logs', 'crp.svclog'), join(dir, 'locked', 'CRP.svclog'));
    chmodSync(join(dir, 'locked'), 0o000);
    locked.push(join(dir, 'locked'));
    symlinkSync(linkedIis, join(dir, 'linked-iis.log'));
    symlinkSync(join(outside, 'gone.log'), join(dir, 'broken.log'));
    // A link back to the folder itself, and one to a file already read: each file is read once.
    symlinkSync(dir, join(dir, 'again'));
    symlinkSync(join(dir, 'NDESPlugin.log'), join(dir, 'same-ndes.log'));
    run = await runCliChild([dir], asUnprivileged);
  });

  it('reads the logs beside an unreadable subfolder and exits 0', () => {
    expect(run.stderr).not.toMatch(/Usage:/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/NDESPlugin\.log/);
  });

  it('notes each item it skips, with why', () => {
    expect(run.stderr).toMatch(/locked: cannot read \(EACCES\); skipped/);
    expect(run.stderr).toMatch(/broken\.log: no such file or folder; skipped/);
  });

  it('follows a link to a file, and reads it as a log', () => {
    expect(run.stdout).toMatch(/linked-iis\.log/);
    expect(run.stdout).toMatch(/HTTP 403\.16/);
  });

  it('reads each file once, however many links lead to it', () => {
    expect(run.stdout).not.toMatch(/[\\/]again[\\/]/);
    expect(run.stdout).not.toMatch(/same-ndes\.log/);
    expect(run.stdout.match(/^File: .*NDESPlugin\.log/gm)).toHaveLength(1);
  });

  it('still refuses a folder named on the command line that cannot be read (exit 2)', async () => {
    const locked = await runCliChild([join(dir, 'locked')], asUnprivileged);
    expect(locked.status).toBe(2);
    expect(locked.stderr).toMatch(/cannot read .*locked: EACCES/);
  });
});
