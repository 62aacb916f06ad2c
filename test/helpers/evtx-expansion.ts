import { gzipSync } from 'node:zlib';
import { writeEvtx } from './evtx-writer';

/**
 * The small file that expands without bound (issue 22, item 1): one chunk whose two records use a
 * template of a thousand unnamed <Data> elements, each substituting the record's one value, a
 * 20 KB string. Every record is a few dozen nodes (inside the node budget) and renders to about
 * ten million characters; gzip'd, the file is a few hundred bytes.
 */
export function expandingEvtx(options: { chunks?: number } = {}): Uint8Array {
  const chunks = options.chunks ?? 1;
  const filler = 'A'.repeat(10_000); // 20 KB as UTF-16
  return writeEvtx(
    Array.from({ length: 2 * chunks }, (_, i) => ({
      provider: 'Microsoft-Intune-CertificateConnectors',
      eventId: 1001,
      level: 2,
      time: new Date(Date.UTC(2025, 5, 2, 17, 5, i)).toISOString(),
      channel: 'Microsoft-Intune-CertificateConnectors/Admin',
      computer: 'pkiconn02.fabrikam.test',
      data: [['', filler]],
    })),
    { perChunk: 2, repeatData: 1000 }
  );
}

/** The same, gzip'd as it was sent. */
export function expandingEvtxGz(options: { chunks?: number } = {}): Buffer {
  return gzipSync(expandingEvtx(options), { level: 9 });
}

/**
 * The baseline beside it: thirty ordinary records of the same connector failure, each a few
 * hundred characters, so a test can tell what the expansion adds over a plain read.
 */
export function ordinaryConnectorEvtx(): Uint8Array {
  return writeEvtx(
    Array.from({ length: 30 }, (_, i) => ({
      provider: 'Microsoft-Intune-CertificateConnectors',
      eventId: 1001,
      level: 2,
      time: new Date(Date.UTC(2025, 5, 2, 17, 5, i)).toISOString(),
      channel: 'Microsoft-Intune-CertificateConnectors/Admin',
      computer: 'pkiconn02.fabrikam.test',
      data: [['ErrorCode', '0x80094800']],
    }))
  );
}
