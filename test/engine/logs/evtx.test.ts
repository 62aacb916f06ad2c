import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChunk } from '../../../src/engine/logs/evtx/evtx-chunk';
import { EvtxReader } from '../../../src/engine/logs/evtx/evtx-reader';
import type { LogRecord } from '../../../src/engine/model/log-record';
import { LogStream } from '../../../src/engine/logs/log-stream';
import { builtInCatalog, diagnose } from '../../helpers/answers';
import { templateBomb } from '../../helpers/evtx-bomb';
import { expandingEvtx } from '../../helpers/evtx-expansion';
import { writeEvtx, type EventSpec } from '../../helpers/evtx-writer';
import { FIXTURES } from '../../helpers/fixtures';

const evtx = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'evtx', name)));

/** Diagnoses a whole .evtx file the way the bot and the CLI read one. */
function diagnoseFile(bytes: Uint8Array) {
  const stream = new LogStream(builtInCatalog(), 'en');
  const reader = new EvtxReader((r) => stream.pushRecord(r, 'evtx'));
  reader.push(bytes);
  reader.end();
  return stream.end();
}

/** Reads bytes in pieces of `piece` bytes, as a stream delivers them. */
function read(bytes: Uint8Array, piece = bytes.length) {
  const records: LogRecord[] = [];
  const reader = new EvtxReader((r) => records.push(r));
  for (let at = 0; at < bytes.length; at += piece) reader.push(bytes.subarray(at, at + piece));
  return { records, stats: reader.end() };
}

describe('the EVTX reader on real files (known answers of omerbenamram/evtx)', () => {
  it.each([
    ['application-no-crc32.evtx', 17, 0],
    ['capi2-operational.evtx', 340, 0],
    ['hello-for-business-incomplete-sid.evtx', 6, 0],
    ['bad-chunk-magic.evtx', 270, 2],
  ])('%s: %i records, %i damaged chunks skipped', (name, records, skipped) => {
    const result = read(evtx(name));
    expect(result.records).toHaveLength(records);
    expect(result.stats).toMatchObject({ records, skippedChunks: skipped, failedRecords: 0 });
  });

  it('reads the first Security record as the snapshot has it', () => {
    const [first] = read(evtx('security.evtx')).records;
    expect(first).toMatchObject({
      eventId: '4608',
      provider: 'Microsoft-Windows-Security-Auditing',
      channel: 'Security',
      time: '2016-07-08T18:12:51.681Z',
      context: { computer: '37L4247F27-25' },
    });
  });

  it('reads the first System record with its five data values, one of them empty', () => {
    const [first] = read(evtx('system.evtx')).records;
    expect(first).toMatchObject({
      eventId: '6009',
      provider: 'EventLog',
      channel: 'System',
      level: 'Information',
      time: '2017-07-12T17:16:28.214Z',
      text: '10.00.\n15063\n\nMultiprocessor Free\n0',
    });
  });

  it('gives the same records whatever the pieces the bytes arrive in', () => {
    const whole = read(evtx('system.evtx'));
    for (const piece of [1000, 4096, 65537]) {
      const pieces = read(evtx('system.evtx'), piece);
      expect(pieces.records).toEqual(whole.records);
    }
  });
});

const CONNECTOR = 'Microsoft-Intune-CertificateConnectors';
const spec = (i: number, eventId: number, level: number, code: string): EventSpec => ({
  provider: CONNECTOR,
  eventId,
  level,
  time: new Date(Date.UTC(2025, 5, 2, 17, 5, i)).toISOString(),
  channel: `${CONNECTOR}/Admin`,
  computer: 'pkiconn02.fabrikam.test',
  data: [
    ['RequestId', `7f3c2a10-1111-4222-8333-${String(i).padStart(12, '0')}`],
    ['ErrorCode', code],
  ],
});

describe('synthetic .evtx files with Certificate Connector events', () => {
  const events = Array.from({ length: 120 }, (_, i) =>
    i % 3 ? spec(i, 1001, 2, '0x80094800') : spec(i, 1000, 4, '0x00000000')
  );

  it('read back as written, across chunks, with the template referenced after its first use', () => {
    const { records, stats } = read(writeEvtx(events, { perChunk: 50 }), 7777);
    expect(stats).toMatchObject({ records: 120, skippedChunks: 0, checksumMismatches: 0 });
    expect(records[1]).toMatchObject({
      eventId: '1001',
      provider: CONNECTOR,
      channel: `${CONNECTOR}/Admin`,
      level: 'Error',
      time: '2025-06-02T17:05:01.000Z',
      text: 'RequestId: 7f3c2a10-1111-4222-8333-000000000001\nErrorCode: 0x80094800',
      context: { computer: 'pkiconn02.fabrikam.test' },
    });
  });

  it('skip a chunk with a broken signature and read the others', () => {
    const bytes = writeEvtx(events, { perChunk: 50 });
    bytes[4096 + 65536] = 0x58; // second chunk's signature
    const { stats } = read(bytes);
    expect(stats).toMatchObject({ records: 70, skippedChunks: 1 });
  });

  it('read a chunk whose records do not match their checksum, and count it', () => {
    const bytes = writeEvtx(events.slice(0, 10));
    const freeSpace = new DataView(bytes.buffer).getUint32(4096 + 48, true);
    bytes[4096 + freeSpace - 12] ^= 0x01; // a character of the last record's last value
    const { stats } = read(bytes);
    expect(stats).toMatchObject({ records: 10, checksumMismatches: 1 });
  });

  it('diagnose like the same events pasted', () => {
    const { records } = read(writeEvtx(events));
    expect(records).toHaveLength(120);
    const xml = events
      .map(
        (e) =>
          `<Event><System><Provider Name="${e.provider}"/><EventID>${e.eventId}</EventID><Level>${e.level}</Level><TimeCreated SystemTime="${e.time}"/><Channel>${e.channel}</Channel><Computer>${e.computer}</Computer></System><EventData>${e.data.map(([n, v]) => `<Data Name="${n}">${v}</Data>`).join('')}</EventData></Event>`
      )
      .join('\n');
    const pasted = diagnose(xml);
    const findings = (answer: typeof pasted) =>
      answer.findings.map((f) => [
        f.event?.id,
        f.count,
        f.firstSeen,
        f.lastSeen,
        f.context.deviceId,
      ]);
    expect(findings(pasted).map((f) => f.slice(0, 2))).toEqual([
      ['certificate-connector:event:1001', 80],
      ['certificate-connector:event:1000', 40],
    ]);
    // The file itself, read as the bot and the CLI read it, gives the same findings.
    expect(findings(diagnoseFile(writeEvtx(events)))).toEqual(findings(pasted));
  });

  it('say when the file ends early, and read what is there', () => {
    const whole = evtx('system.evtx');
    expect(read(whole).stats.truncated).toBe(false);
    const cut = read(whole.subarray(0, 70_000));
    expect(cut.stats.truncated).toBe(true);
    expect(cut.records.length).toBeGreaterThan(0);
    expect(cut.records.length).toBeLessThan(read(whole).records.length);
    expect(read(whole.subarray(0, 3000)).stats).toMatchObject({ truncated: true, records: 0 });
  });
});

describe('a whole saved log, diagnosed', () => {
  it('finds nothing to report in logs of unrelated Windows components', () => {
    for (const name of ['system.evtx', 'security.evtx', 'application-no-crc32.evtx']) {
      const answer = diagnoseFile(evtx(name));
      expect(answer.recordCount).toBeGreaterThan(0);
      expect(answer.findings).toEqual([]);
    }
  });

  it('does not report CAPI2 chain checks written at Information level as failures', () => {
    const answer = diagnoseFile(evtx('capi2-operational.evtx'));
    expect(answer.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('damaged files', () => {
  const original = evtx('application-no-crc32.evtx');

  it('never throws on random damage, and reads no more records than the file has', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.nat(255)), {
          minLength: 1,
          maxLength: 40,
        }),
        (damage) => {
          const bytes = original.slice();
          for (const [at, value] of damage) bytes[at] = value;
          const { stats } = read(bytes);
          expect(stats.records).toBeLessThanOrEqual(17 * 2);
        }
      ),
      { numRuns: 300 }
    );
  });

  it('never throws on bytes that are no .evtx at all', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(() => read(bytes)).not.toThrow();
      }),
      { numRuns: 50 }
    );
  });
});

describe('crafted records', () => {
  it('gives up on a record whose templates would be walked exponentially often', () => {
    for (const depth of [12, 20, 28]) {
      // 2^28 visits would take hours (past jest's timeout); the budget stops the walk early.
      const result = readChunk(templateBomb(2, depth));
      expect(result.failed + result.events.length).toBe(1);
      if (depth > 12) expect(result.failed).toBe(1);
    }
  });
});

describe('records that render to more than the per-record cap', () => {
  it('are read up to 100,000 characters of values, System fields kept, and counted as cut', () => {
    const { records, stats } = read(expandingEvtx({ chunks: 2 }));
    expect(stats).toMatchObject({ records: 4, cutRecords: 4, failedRecords: 0 });
    for (const record of records) {
      expect(record).toMatchObject({ eventId: '1001', provider: CONNECTOR, level: 'Error' });
      // A thousand values of 10,000 characters each: what is kept is the first ten of them.
      const values = record.text.split('\n').join('');
      expect(values.length).toBeLessThanOrEqual(100_000);
      expect(values.length).toBeGreaterThan(90_000);
    }
    // The real fixtures are never near the cap.
    expect(read(evtx('capi2-operational.evtx')).stats.cutRecords).toBe(0);
  });
});
