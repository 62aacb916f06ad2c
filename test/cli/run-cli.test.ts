import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readFiles } from '../../src/cli/read-files';
import { runCli } from '../../src/cli/run-cli';
import { loadCatalog } from '../../src/files/load-catalog';
import { findProjectRoot } from '../../src/files/project-root';

function io(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      readStdin: async () => stdin,
    },
  };
}

describe('runCli', () => {
  it('prints a readable answer and exits 0 when something is recognized', async () => {
    const t = io();
    expect(await runCli(['what', 'is', '0x411'], t.io)).toBe(0);
    expect(t.out.join('\n')).toMatch(/0x00000411\s+CRPSCEPChallenge_Expired/);
    expect(t.out.join('\n')).toMatch(/Next steps:\n\s+1\. /);
  });

  it('prints the Answer as JSON with --json', async () => {
    const t = io();
    expect(await runCli(['--json', 'event', '20502'], t.io)).toBe(0);
    const answer = JSON.parse(t.out.join(''));
    expect(answer.kind).toBe('lookup');
    expect(answer.items[0].entry.key).toBe('20502');
  });

  it('prints pasted values without escape sequences or invisible characters', async () => {
    const paste = [
      'Log Name:      Microsoft Intune Connector',
      'Source:        Microsoft Intune Connector Service',
      'Date:          3/14/2019 9:41:07 AM',
      'Event ID:      20502',
      'Level:         Error',
      'Computer:      ndes01\u001b]0;owned\u0007\u202Eevil',
      'Description:',
      'Device ID: 5c0ffee0\u001b[2J-1234',
      'Diagnostic Code: 0x00000409',
    ].join('\n');
    const t = io(paste);
    expect(await runCli([], t.io)).toBe(0);
    const out = t.out.join('\n');
    expect(out).toContain('0x00000409');
    expect(out).toContain('ndes01');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
  });

  it('prints a guided flow as a checklist with "guide scep", and lists the flows with "guide"', async () => {
    const t = io();
    expect(await runCli(['guide', 'scep'], t.io)).toBe(0);
    const out = t.out.join('\n');
    expect(out).toMatch(/^== SCEP certificate not delivered ==/);
    expect(out).toMatch(/1\. \[Intune\] Was the SCEP profile sent/);
    expect(out).toMatch(/ - 500 → \d+/);
    expect(out).toMatch(
      /https:\/\/learn\.microsoft\.com\/troubleshoot\/mem\/intune\/certificates\//
    );
    const list = io();
    expect(await runCli(['guide'], list.io)).toBe(0);
    expect(list.out.join('\n')).toMatch(/pkcs-not-delivered/);
    const unknown = io();
    expect(await runCli(['guide', 'smime'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toMatch(/no flow "smime"/);
  });

  it('reads a signed decimal HRESULT as the first word, not as an option', async () => {
    const t = io();
    expect(await runCli(['-2146762487', 'on', '12', 'of', '300', 'devices'], t.io)).toBe(0);
    expect(t.out.join('\n')).toMatch(/0x800B0109\s+CERT_E_UNTRUSTEDROOT/);
  });

  it('offers the guided flow a symptom fits, as the card does', async () => {
    const t = io();
    await runCli(['SCEP', 'certificates', 'are', 'not', 'reaching', 'the', 'iPhones'], t.io);
    expect(t.out.join('\n')).toMatch(/connector-decoder guide scep-not-delivered/);
  });

  it('says a caveat that several items share once', async () => {
    const t = io();
    expect(await runCli(['0x403 vs 0x404?'], t.io)).toBe(0);
    expect(t.out.join('\n').match(/legacy Microsoft Intune Connector/g)).toHaveLength(1);
  });

  it('answers a broken team catalog with one line and exit 2 in "guide" too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-badcat-'));
    writeFileSync(join(dir, 'team.json'), '{"x":1}');
    const t = io();
    expect(await runCli(['guide', 'scep'], { ...t.io, catalogDir: dir })).toBe(2);
    expect(t.err.join('\n')).toMatch(/^connector-decoder: .*team\.json/);
  });

  it('reads an IIS log folder through its subfolders, and says when a folder holds no file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cd-iis-'));
    mkdirSync(join(root, 'W3SVC1'));
    copyFileSync(
      join(findProjectRoot(), 'test', 'fixtures', 'logs', 'iis.log'),
      join(root, 'W3SVC1', 'u_ex251101.log')
    );
    const t = io();
    expect(await runCli([root], t.io)).toBe(0);
    expect(t.out.join('\n')).toMatch(/u_ex251101\.log/);
    const empty = io();
    expect(await runCli([mkdtempSync(join(tmpdir(), 'cd-empty-'))], empty.io)).toBe(2);
    expect(empty.err.join('\n')).toMatch(/no files in/);
  });

  it('reports a missing file as missing, not as a question', async () => {
    const t = io();
    expect(await runCli(['u_ex251199.log'], t.io)).toBe(2);
    const beside = io();
    const iis = join(findProjectRoot(), 'test', 'fixtures', 'logs', 'iis.log');
    expect(await runCli([iis, 'u_ex251199.log'], beside.io)).toBe(2);
    expect(beside.out.join('\n')).toMatch(/iis\.log/);
    expect(t.err.join('\n')).toMatch(/u_ex251199\.log: no such file or folder/);
    expect(t.out.join('\n')).not.toMatch(/Closest matches/);
  });

  it('reads a saved log piped in like a file: .evtx, gzip, and text larger than a paste', async () => {
    const fixtures = join(findProjectRoot(), 'test', 'fixtures');
    const iis = readFileSync(join(fixtures, 'logs', 'iis.log'));
    const inputs: Array<[Buffer, RegExp]> = [
      [readFileSync(join(fixtures, 'evtx', 'capi2-operational.evtx')), /\.evtx, .*340 records/],
      [gzipSync(iis), /· gzip/],
      [Buffer.concat(Array.from({ length: 1300 }, () => iis)), /· text, 1\.\d MB/],
    ];
    for (const [bytes, line] of inputs) {
      const t = io();
      await runCli([], { ...t.io, openStdin: () => Readable.from([bytes]) });
      expect(t.out.join('\n')).toMatch(/^File: \(standard input\)/);
      expect(t.out.join('\n')).toMatch(line);
    }
    const paste = io();
    await runCli([], {
      ...paste.io,
      openStdin: () => Readable.from([Buffer.from('what is 0x411')]),
    });
    expect(paste.out.join('\n')).toMatch(/CRPSCEPChallenge_Expired/);
  });

  it('answers in Japanese with --lang ja', async () => {
    const t = io();
    await runCli(['--lang', 'ja', '0x411'], t.io);
    expect(t.out.join('\n')).toMatch(/次のステップ/);
  });

  it('reads standard input when no text is given', async () => {
    const t = io('Event ID: 10102\nDiagnostic Code: 0x00000405\n');
    expect(await runCli([], t.io)).toBe(0);
    expect(t.out.join('\n')).toMatch(/CertificateRenewal_Failure/);
  });

  it('exits 1 when nothing is recognized', async () => {
    const t = io();
    expect(await runCli(['banana', 'smoothie'], t.io)).toBe(1);
    expect(await runCli(['0x40A'], t.io)).toBe(1);
  });

  it.each([
    [['--lang', 'fr', '0x411'], /--lang takes en or ja \(got fr\)/],
    [['--bogus'], /unknown option --bogus\. /],
    [['--jsn', '0x411'], /unknown option --jsn \(did you mean --json\?\)/],
    [['--hlep'], /\(did you mean --help\?\)/],
    [['--vresion'], /\(did you mean --version\?\)/],
    [['--lang'], /--lang needs a value: en or ja/],
    [['--file'], /--file needs a value/],
  ])('exits 2 on a usage error with one line that says what to do: %j', async (argv, said) => {
    const t = io();
    expect(await runCli(argv, t.io)).toBe(2);
    // One line, not Node's parser message and the whole help.
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).not.toContain('\n');
    expect(t.err[0]).toMatch(said);
    expect(t.err[0]).toMatch(/See connector-decoder --help\.$/);
    expect(t.out).toEqual([]);
  });

  it('prints its version', async () => {
    const t = io();
    expect(await runCli(['--version'], t.io)).toBe(0);
    const { version } = JSON.parse(readFileSync(join(findProjectRoot(), 'package.json'), 'utf8'));
    expect(t.out).toEqual([`connector-decoder ${version}`]);
  });

  it('shows examples in its help: a code, an event, a paste, a file, a guide', async () => {
    const t = io();
    expect(await runCli(['--help'], t.io)).toBe(0);
    const help = t.out.join('\n');
    for (const example of [
      'connector-decoder 0x411',
      'connector-decoder event 20502',
      'connector-decoder < event.txt',
      'u_ex251118.log',
      'connector-decoder guide scep',
      'connector-decoder -s 0x80094800',
    ])
      expect(help).toContain(example);
    expect(help).toMatch(/Ctrl\+D/);
  });

  it('answers on one line with --short, as certutil -error does', async () => {
    const t = io();
    expect(await runCli(['-s', '0x80094800'], t.io)).toBe(0);
    expect(t.out).toHaveLength(1);
    expect(t.out[0]).toMatch(/^0x80094800 CERTSRV_E_UNSUPPORTED_CERT_TYPE: \S/);
    expect(t.out[0]).not.toContain('\n');
  });

  it('exits 1 on empty input, with --json too: nothing was asked', async () => {
    for (const argv of [[], ['--json']]) {
      const t = io('');
      expect(await runCli(argv, t.io)).toBe(1);
    }
  });

  it('in a terminal with no arguments, says how to end the paste and reads until the end', async () => {
    const t = io();
    const pasted = [
      'Log Name: Microsoft Intune Connector',
      'Event ID: 20502',
      'Diagnostic Code: 0x00000409',
    ];
    const code = await runCli([], {
      ...t.io,
      stdinIsTTY: true,
      openStdin: () => Readable.from(pasted.map((l) => `${l}\n`)),
    });
    expect(t.err.join('\n')).toMatch(
      /Ctrl\+D on an empty line \(Ctrl\+Z, then Enter, on Windows\)/
    );
    expect(code).toBe(0);
    expect(t.out.join('\n')).toMatch(/CRPSCEPSigningCert_NotFound/);
  });

  it('paints its answer for a terminal, and only then', async () => {
    const plain = io();
    await runCli(['event', '20502'], plain.io);
    expect(plain.out.join('\n')).not.toContain('\x1b[');
    const painted = io();
    await runCli(['event', '20502'], { ...painted.io, colour: true });
    const text = painted.out.join('\n');
    expect(text).toContain('\x1b[31m[Error]\x1b[39m');
    expect(text).toContain('\x1b[1mNext steps:\x1b[22m');
    // The words are the same: only colour was added.
    // eslint-disable-next-line no-control-regex -- removing the colour codes the test added
    expect(text.replace(/\x1b\[\d+m/g, '')).toBe(plain.out.join('\n'));
  });

  it('exits 2 when the file cannot be read', async () => {
    const t = io();
    expect(await runCli(['--file', '/nonexistent/log.txt'], t.io)).toBe(2);
    expect(t.err.join('\n')).toMatch(/\/nonexistent\/log\.txt: no such file or folder/);
  });
});

describe('the installed bin', () => {
  const root = findProjectRoot();
  const bin = join(root, 'bin', 'connector-decoder.js');
  // The bin runs the build, as an installed package does: build it from the sources under test
  // first, so this never runs a stale dist/ (no other test reads dist/).
  beforeAll(() => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
  }, 60_000);

  it('reads a piped paste and sets the exit code', () => {
    const run = spawnSync(process.execPath, [bin], {
      input: 'hey, seeing event 20502 with 0x409 on NDES01',
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/CRPVerifyMetric_Failure/);
    expect(run.stdout).toMatch(/CRPSCEPSigningCert_NotFound/);
  });

  it('follows NO_COLOR, FORCE_COLOR and a pipe for colour', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [bin, '0x411'], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
      }).stdout;
    expect(run({})).not.toContain('\x1b[');
    expect(run({ FORCE_COLOR: '1' })).toContain('\x1b[');
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toContain('\x1b[');
  });

  it('exits 1 for --json with nothing on standard input', () => {
    const run = spawnSync(process.execPath, [bin, '--json'], { input: '', encoding: 'utf8' });
    expect(run.status).toBe(1);
  });

  it('exits 1 on nothing recognized and 2 on a usage error', () => {
    expect(spawnSync(process.execPath, [bin, 'nothing here'], { encoding: 'utf8' }).status).toBe(1);
    expect(spawnSync(process.execPath, [bin, '--nope'], { encoding: 'utf8' }).status).toBe(2);
  });
});

describe('the progress line of a long read', () => {
  it('says the total, the share done and about how long is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-progress-'));
    const log = readFileSync(
      join(findProjectRoot(), 'test', 'fixtures', 'logs', 'iis.log'),
      'utf8'
    );
    const file = join(dir, 'u_ex251118.log');
    // Enough bytes for several progress callbacks; a clock that moves 1.5 s per look.
    writeFileSync(file, log.repeat(Math.ceil(20_000_000 / log.length)));
    let now = 0;
    const lines: string[] = [];
    await readFiles([file], {
      catalog: loadCatalog(),
      language: 'en',
      progress: (l) => lines.push(l),
      now: () => (now += 1500),
    });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line).toMatch(
        /^reading u_ex251118\.log \(1\/1\): \d+ MB of 20 MB \(\d{1,3}%\), about \d+ (s|min) left, \d+ MB\/s$/
      );
  });
});
