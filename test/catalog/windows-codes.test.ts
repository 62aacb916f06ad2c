import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWindowsCodeTable, type WindowsCodesFile } from '../../src/catalog/windows-codes';
import { findProjectRoot } from '../../src/files/project-root';

const file = JSON.parse(
  readFileSync(join(findProjectRoot(), 'data', 'windows-codes.json'), 'utf8')
) as WindowsCodesFile;
const table = buildWindowsCodeTable(file);

describe('generated Windows code data', () => {
  it('is large enough to cover every family the decoder names', () => {
    expect(table.codes.length).toBeGreaterThan(4000);
    for (const family of [
      'hresult',
      'win32',
      'winhttp',
      'certsrv',
      'crypto',
      'smartcard',
      'intune',
    ] as const) {
      expect(table.codes.filter((c) => c.family === family).length).toBeGreaterThan(10);
    }
  });

  // Values checked against independent sources: Microsoft's error reference and the Windows SDK headers.
  it.each([
    ['CRYPT_E_HASH_VALUE', 0x80091007, 'The hash value is not correct.'],
    ['SCARD_E_NO_SUCH_CERTIFICATE', 0x8010002c, 'The requested certificate does not exist.'],
    ['NTE_BAD_DATA', 0x80090005, 'Bad Data.'],
    ['CERTSRV_E_UNSUPPORTED_CERT_TYPE', 0x80094800, undefined],
    ['CERTSRV_E_SUBJECT_EMAIL_REQUIRED', 0x80094812, undefined],
    ['CERT_E_UNTRUSTEDROOT', 0x800b0109, undefined],
    ['CRYPT_E_REVOCATION_OFFLINE', 0x80092013, undefined],
    ['E_ACCESSDENIED', 0x80070005, undefined],
    ['E_POINTER', 0x80004003, undefined],
    ['NTE_BAD_PROV_TYPE', 0x80090014, undefined],
  ])('%s is 0x%s', (name, value, text) => {
    const code = table.byName.get(name.toLowerCase());
    expect(code?.value).toBe(value);
    if (text) expect(code?.text).toBe(text);
  });

  it.each([
    ['ERROR_ACCESS_DENIED', 5, 'Access is denied.'],
    ['ERROR_FILE_NOT_FOUND', 2, 'The system cannot find the file specified.'],
    ['RPC_S_SERVER_UNAVAILABLE', 1722, 'The RPC server is unavailable.'],
    ['ERROR_BAD_IMPERSONATION_LEVEL', 1346, undefined],
    ['ERROR_INSTALL_FAILURE', 1603, undefined],
    ['ERROR_WINHTTP_SECURE_FAILURE', 12175, undefined],
    ['ERROR_WINHTTP_INVALID_SERVER_RESPONSE', 12152, undefined],
  ])('%s is Win32/WinHTTP %i', (name, number, text) => {
    const code = table.byNumber.get(number);
    expect(code?.names).toContain(name);
    if (text) expect(code?.text).toBe(text);
  });

  it('keeps Intune device status texts by value', () => {
    expect(table.byValue.get(0x87d1fde8)?.text).toBe('Remediation failed');
  });
});
