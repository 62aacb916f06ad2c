/**
 * A `Get-EventLog` table as PowerShell prints it, starting at its header line (no blank line or
 * prompt before it, as a file saved with `Out-File` has): one error first, a warning every 1000th
 * row, successes between. `rows` rows in all.
 */
export function eventLogTable(rows: number): string {
  const lines = [
    '   Index Time          EntryType   Source                 InstanceID Message',
    '   ----- ----          ---------   ------                 ---------- -------',
  ];
  for (let i = 0; i < rows; i++) {
    const index = String(rows - i).padStart(8);
    const [type, id, text] =
      i === 0
        ? ['Error      ', '20502', 'CRPVerifyMetric_Failure. Diagnostic Code: 0x00000408']
        : i % 1000 === 0
          ? ['Warning    ', '20501', 'CRPVerifyMetric_Warning. Diagnostic Code: 0x00000411']
          : ['Information', '20500', 'CRPVerifyMetric_Success. Diagnostic Code: 0x00000000'];
    lines.push(`${index} Mar 14 09:41  ${type} Microsoft Intune Co...      ${id} ${text}`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** The warnings a table of `rows` rows holds. */
export const warningsIn = (rows: number): number => Math.floor((rows - 1) / 1000);
