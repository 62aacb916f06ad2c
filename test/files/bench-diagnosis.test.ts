import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diagnoseStream } from '../../src/files/diagnose-stream';
import { builtInCatalog } from '../helpers/answers';
import { BENCH_KINDS } from '../helpers/bench-files';

/**
 * The diagnosis of every file `npm run bench` reads, pinned to the figures recorded before the
 * readers were made faster: a faster reader must give the same findings, counts and first and
 * last times. The files are the bench's own kinds at 3 MB (same records, fewer repeats).
 */
const dir = mkdtempSync(join(tmpdir(), 'bench-diagnosis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function diagnose(kind: string) {
  const bench = BENCH_KINDS.find((k) => k.name === kind);
  if (!bench) throw new Error(`no bench kind ${kind}`);
  const path = join(dir, `${kind.replace(/[^a-z]+/gi, '-')}.bin`);
  bench.write(path, 3_000_000);
  const read = await diagnoseStream(createReadStream(path, { highWaterMark: 64 * 1024 }), {
    catalog: builtInCatalog(),
    language: 'en',
  });
  return {
    kind: read.kind,
    bytes: read.bytes,
    evtx: read.evtx,
    formats: read.answer.formats,
    recordCount: read.answer.recordCount,
    findings: read.answer.findings.map((f) => ({
      event: f.event?.id,
      codes: f.codes.map((c) => c.id),
      windows: f.windows.map((w) => w.key),
      unknown: f.unknown.length,
      severity: f.severity,
      count: f.count,
      firstSeen: f.firstSeen,
      lastSeen: f.lastSeen,
      http: f.http,
      context: f.context,
    })),
  };
}

describe('the diagnosis of each bench file', () => {
  it('an IIS log of the NDES site', async () => {
    expect(await diagnose('IIS log (NDES site)')).toEqual(PINNED.iis);
  });
  it('a text log', async () => {
    expect(await diagnose('text log')).toEqual(PINNED.text);
  });
  it('a System log .evtx', async () => {
    expect(await diagnose('.evtx (System log records)')).toEqual(PINNED.system);
  });
  it('a connector .evtx of failures', async () => {
    expect(await diagnose('.evtx (connector failures only)')).toEqual(PINNED.connector);
  });
});

/** Recorded from the readers before they were made faster. */
const PINNED = {
  iis: {
    kind: 'text',
    bytes: 3000051,
    formats: ['iis'],
    recordCount: 18062,
    findings: [
      {
        codes: ['iis-status:code:HTTP 403.16', 'windows:code:0x800B0109'],
        windows: [],
        unknown: 0,
        severity: 'error',
        count: 451,
        firstSeen: '2025-06-02 00:00:07',
        lastSeen: '2025-06-02 06:15:07',
        http: {
          status: '403',
          substatus: '16',
          win32: '2148204809',
          uri: '/CertificateRegistrationSvc/Certificate/VerifyRequest',
        },
        context: {
          time: '2025-06-02 00:00:07',
          source: 'IIS POST',
        },
      },
      {
        codes: ['windows:code:HTTP 500', 'windows:code:1346'],
        windows: [],
        unknown: 0,
        severity: 'error',
        count: 228,
        firstSeen: '2025-06-02 00:00:13',
        lastSeen: '2025-06-02 06:15:17',
        http: {
          status: '500',
          substatus: '0',
          win32: '1346',
          uri: '/certsrv/mscep/mscep.dll',
        },
        context: {
          time: '2025-06-02 00:00:13',
          source: 'IIS GET',
        },
      },
    ],
  },
  text: {
    kind: 'text',
    bytes: 3000044,
    formats: ['text-log'],
    recordCount: 910,
    findings: [
      {
        codes: ['windows:code:0x80094800'],
        windows: [],
        unknown: 0,
        severity: 'error',
        count: 715,
        firstSeen: '2025-06-02 09:00:03',
        lastSeen: '2025-06-02 09:59:23',
        context: {
          time: '2025-06-02 09:00:03',
        },
      },
    ],
  },
  system: {
    kind: 'evtx',
    bytes: 3346432,
    evtx: {
      records: 5643,
      failedRecords: 0,
      cutRecords: 0,
      skippedChunks: 0,
      checksumMismatches: 0,
      headerDamaged: false,
      truncated: false,
    },
    formats: ['evtx'],
    recordCount: 5643,
    findings: [],
  },
  connector: {
    kind: 'evtx',
    bytes: 3936256,
    evtx: {
      records: 6000,
      failedRecords: 0,
      cutRecords: 0,
      skippedChunks: 0,
      checksumMismatches: 0,
      headerDamaged: false,
      truncated: false,
    },
    formats: ['evtx'],
    recordCount: 6000,
    findings: [
      {
        event: 'certificate-connector:event:1001',
        codes: ['windows:code:0x80094800'],
        windows: [],
        unknown: 0,
        severity: 'error',
        count: 3999,
        firstSeen: '2025-06-02T17:05:01.000Z',
        lastSeen: '2025-06-02T17:05:59.000Z',
        context: {
          time: '2025-06-02T17:05:01.000Z',
          level: 'Error',
          source: 'Microsoft-Intune-CertificateConnectors',
          computer: 'pkiconn02.fabrikam.test',
        },
      },
      {
        event: 'certificate-connector:event:1000',
        codes: ['legacy-connector:code:0x00000000'],
        windows: [],
        unknown: 0,
        severity: 'success',
        count: 2001,
        firstSeen: '2025-06-02T17:05:00.000Z',
        lastSeen: '2025-06-02T17:05:57.000Z',
        context: {
          time: '2025-06-02T17:05:00.000Z',
          level: 'Information',
          source: 'Microsoft-Intune-CertificateConnectors',
          computer: 'pkiconn02.fabrikam.test',
        },
      },
    ],
  },
};
