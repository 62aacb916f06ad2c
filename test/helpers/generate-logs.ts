/**
 * Logs of any size for tests and the benchmark: IIS W3C lines for the NDES URLs (mostly 200s,
 * some 403.16 and 500 with win32 statuses) and an NDESPlugin-style text log.
 */
const IIS_HEADER = [
  '#Software: Microsoft Internet Information Services 10.0',
  '#Version: 1.0',
  '#Date: 2025-06-02 00:00:00',
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken',
].join('\n');

const IIS_LINES = [
  'GET /certsrv/mscep/mscep.dll operation=GetCACaps&message=default 443 - 203.0.113.{n} Dalvik/2.1.0 - 200 0 0 15',
  'GET /certsrv/mscep/mscep.dll operation=GetCACert&message=default 443 - 203.0.113.{n} Dalvik/2.1.0 - 200 0 0 31',
  'POST /CertificateRegistrationSvc/Certificate/VerifyRequest - 443 - 10.0.0.15 NDES_Plugin - 403 16 2148204809 453',
  'GET /certsrv/mscep/mscep.dll operation=GetCACert&message=SCEP%20Authority 443 - 203.0.113.{n} profiled/1.0 - 500 0 1346 31',
  'GET /owa/auth/logon.aspx - 443 - 198.51.100.{n} Mozilla/5.0 - 200 0 0 12',
];

/** An IIS log of about `bytes` bytes. */
export function iisLog(bytes: number): string {
  const parts = [IIS_HEADER];
  let size = IIS_HEADER.length;
  for (let i = 0; size < bytes; i++) {
    const hour = String(Math.floor(i / 3600) % 24).padStart(2, '0');
    const minute = String(Math.floor(i / 60) % 60).padStart(2, '0');
    const second = String(i % 60).padStart(2, '0');
    const pick = i % 50 === 7 ? 2 : i % 97 === 13 ? 3 : i % 5 === 4 ? 4 : i % 2;
    const line = `2025-06-02 ${hour}:${minute}:${second} 10.0.0.15 ${IIS_LINES[pick].replace('{n}', String(i % 250))}`;
    parts.push(line);
    size += line.length + 1;
  }
  return parts.join('\n');
}

/** A text log of about `bytes` bytes: mostly routine lines, now and then an error with a code. */
export function textLog(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const time = `2025-06-02 09:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    const line =
      i % 40 === 3
        ? `${time} ERROR PkcsRequestFailure request ${i} failed with 0x80094800`
        : `${time} INFO processed request ${i} for device 5c0ffee0-1234-4abc-9def-${String(i).padStart(12, '0')} in 42 ms`;
    parts.push(line);
    size += line.length + 1;
  }
  return parts.join('\n');
}
