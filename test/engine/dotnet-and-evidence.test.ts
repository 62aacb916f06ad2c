import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/files/project-root';
import { answerIds, builtInCatalog, diagnose, lookup } from '../helpers/answers';
import { decodeHresult } from '../../src/engine/windows/decode-windows-code';

const EVENT_4005 = [
  'Log Name:      Microsoft-Intune-CertificateConnectors/Operational',
  'Source:        Microsoft-Intune-CertificateConnectors',
  'Date:          3/14/2025 9:41:07 AM',
  'Event ID:      4005',
  'Level:         Error',
  'Description:',
  'ScepRequestProcessor: Failed to download SCEP requests. System.Net.WebException: The remote server returned an error: (407) Proxy Authentication Required.',
  'HResult: 0x80131500',
].join('\n');

describe('.NET exception HRESULTs (COR_E_*)', () => {
  const table = builtInCatalog().windowsCodes;

  it("decode by family from dotnet/runtime's list, as Windows codes do", () => {
    // Values known independently: System.Exception's default HResult, InvalidOperationException's.
    expect(decodeHresult(table, 0x80131500)?.names).toContain('COR_E_EXCEPTION');
    expect(decodeHresult(table, 0x80131509)?.text).toMatch(/InvalidOperationException/);
    expect(decodeHresult(table, 0x80131500)?.family).toBe('dotnet');
  });

  it('keep a Windows code its Windows name: COR_E_ARGUMENT is E_INVALIDARG', () => {
    expect(decodeHresult(table, 0x80070057)?.family).not.toBe('dotnet');
    const source = readFileSync(
      join(findProjectRoot(), 'data', 'sources', 'dotnet-hresults.tsv'),
      'utf8'
    );
    expect(source).toMatch(/dotnet\/runtime/);
    expect(source).not.toMatch(/0x80070057/);
  });

  it('answer an HResult in a question and in a signed decimal form', () => {
    for (const text of ['HResult 0x80131500', 'what is -2146233088']) {
      const first = lookup(text).items[0];
      expect(first.type === 'windows' && first.code.names).toContain('COR_E_EXCEPTION');
    }
  });
});

describe('a part of a paste is evidence too', () => {
  it("reads the proxy failure inside event 4005's description beside the event", () => {
    const answer = diagnose(EVENT_4005);
    const finding = answer.findings[0];
    expect(finding.event?.id).toBe('certificate-connector:event:4005');
    expect(finding.codes.map((c) => c.id)).toContain('topics:topic:connector-proxy-network');
    expect(finding.windows.map((w) => w.key)).toContain('0x80131500');
    expect(answerIds(answer)).toContain('topics:topic:connector-proxy-network');
  });

  it("lets a record's own catalog code decide: a topic its text shares words with is not added", () => {
    const record = [
      'TimeCreated  : 7/1/2020 3:00:12 AM',
      'ProviderName : Microsoft Intune Connector Service',
      'Id           : 10102',
      'Message      : CertificateRenewal_Failure: Connector enrollment certificate failed to renew. Reinstall the connector.',
      '               Diagnostic Code: 0x00000405',
    ].join('\n');
    const codes = diagnose(record).findings[0].codes.map((c) => c.id);
    expect(codes).toEqual(['legacy-connector:code:0x00000405']);
  });
});
