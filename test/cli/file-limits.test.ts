import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliChild } from '../helpers/cli-child';
import { eventLogTable, warningsIn } from '../helpers/event-log-table';
import { eventDataOffset } from '../helpers/evtx-damage';
import { expandingEvtxGz, ordinaryConnectorEvtx } from '../helpers/evtx-expansion';
import { FIXTURES } from '../helpers/fixtures';

/**
 * What reading a file may cost on the command line (issue 22), as its own process: the answer,
 * the exit code and the process's peak memory.
 */

const dir = mkdtempSync(join(tmpdir(), 'cd-limits-'));
const write = (name: string, bytes: Uint8Array) => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};
const connector = write('connector.evtx', ordinaryConnectorEvtx());

describe('a small .evtx.gz whose records expand without bound', () => {
  it('is read up to the per-record cap, says it was cut, and memory stays bounded', async () => {
    const baseline = await runCliChild([connector]);
    expect(baseline.status).toBe(0);
    const crafted = write('expanding.evtx.gz', expandingEvtxGz({ chunks: 4 }));
    const run = await runCliChild([
      crafted,
      write('again.evtx.gz', expandingEvtxGz({ chunks: 4 })),
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /expanding\.evtx\.gz · \.evtx, .*8 records; the file was cut: 8 records run past 100,000 characters/
    );
    expect(run.stdout).toMatch(/again\.evtx\.gz · .*the file was cut/);
    // Unbounded, each file's 8 records render to 80 million characters (hundreds of MB).
    expect(run.peakRssMb - baseline.peakRssMb).toBeLessThan(64);
  });
});

describe('an .evtx with one damaged record', () => {
  it('is read but for that record, which is counted as skipped', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'evtx', 'capi2-operational.evtx')));
    bytes[eventDataOffset(bytes, 13)] ^= 0x02;
    const run = await runCliChild([write('capi2-damaged.evtx', bytes)]);
    // Read: 0 when something was recognized, 1 when nothing was; never the 2 of an unread file.
    expect([0, 1]).toContain(run.status);
    expect(run.stdout).toMatch(
      /capi2-damaged\.evtx · \.evtx, .*339 records, 1 damaged record skipped/
    );
    expect(run.stderr).not.toMatch(/capi2-damaged/);
  });
});

describe('a Get-EventLog table read in 1 MB pieces', () => {
  it('counts every row once: only the header lines are carried to later pieces', async () => {
    const rows = 66_225;
    const table = eventLogTable(rows);
    expect(table.length).toBeGreaterThan(6 * 1024 * 1024);
    const path = write('eventlog.txt', Buffer.from(table));
    const run = await runCliChild([path]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${rows} records read \\(Get-EventLog table\\)`));
    expect(run.stdout).toMatch(/20502 CRPVerifyMetric_Failure .*\(seen 1×\)/);
    expect(run.stdout).toMatch(
      new RegExp(`20501 CRPVerifyMetric_Warning .*\\(seen ${warningsIn(rows)}×\\)`)
    );
    expect(run.stdout).toMatch(
      new RegExp(`20500 CRPVerifyMetric_Success .*\\(seen ${rows - 1 - warningsIn(rows)}×\\)`)
    );
  });
});
