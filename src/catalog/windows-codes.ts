/** The families of Windows, Intune and .NET error codes the generic decoder knows. */
export type WindowsCodeFamily =
  'hresult' | 'win32' | 'winhttp' | 'certsrv' | 'crypto' | 'smartcard' | 'intune' | 'dotnet';

/** data/windows-codes.json: [key, names joined by |, family, text, kind of text] per code. */
export interface WindowsCodesFile {
  $comment: string;
  codes: Array<[string, string, WindowsCodeFamily, string, 'message' | 'description' | '']>;
}

/** One Windows or Intune error code with its symbolic names and documented text. */
export interface WindowsCode {
  /** `0x80091007` for HRESULT-style codes; the decimal number for Win32 and WinHTTP errors. */
  key: string;
  value: number;
  names: string[];
  family: WindowsCodeFamily;
  /** The text Microsoft documents: the message Windows shows, or a description of when it is returned. */
  text: string;
  /** The text is the message Windows itself shows (so a paste can contain it). */
  textIsMessage: boolean;
}

/** Indexes over the generic codes: by 32-bit value, by Win32 / WinHTTP number and by name. */
export interface WindowsCodeTable {
  readonly codes: readonly WindowsCode[];
  /** HRESULT-style codes (and Intune's 0x87D1…), by unsigned 32-bit value. */
  readonly byValue: ReadonlyMap<number, WindowsCode>;
  /** Win32 and WinHTTP errors, by number. */
  readonly byNumber: ReadonlyMap<number, WindowsCode>;
  /** Lower-case symbolic name → code. */
  readonly byName: ReadonlyMap<string, WindowsCode>;
  /**
   * The codes of `byValue` by family (`familyKey`: failure bit and facility), each sorted by value,
   * then by their place in `byValue`: where the nearest codes to an unknown one are found.
   */
  readonly byFacility: ReadonlyMap<
    number,
    ReadonlyArray<{ code: WindowsCode; value: number; order: number }>
  >;
}

export const EMPTY_WINDOWS_CODES: WindowsCodeTable = {
  codes: [],
  byValue: new Map(),
  byNumber: new Map(),
  byName: new Map(),
  byFacility: new Map(),
};

/** An HRESULT's family for the nearest codes: its failure bit and its facility. */
export function familyKey(value: number): number {
  const v = value >>> 0;
  return (v >= 0x80000000 ? 0x2000 : 0) | ((v >>> 16) & 0x1fff);
}

/** Builds the indexes over the generated data. Pure. */
export function buildWindowsCodeTable(file: WindowsCodesFile): WindowsCodeTable {
  const codes: WindowsCode[] = [];
  const byValue = new Map<number, WindowsCode>();
  const byNumber = new Map<number, WindowsCode>();
  const byName = new Map<string, WindowsCode>();
  for (const [key, names, family, text, kind] of file.codes) {
    const decimal = family === 'win32' || family === 'winhttp';
    const code: WindowsCode = {
      key,
      value: decimal ? Number(key) : parseInt(key.slice(2), 16),
      names: names ? names.split('|') : [],
      family,
      text,
      textIsMessage: kind === 'message',
    };
    codes.push(code);
    (decimal ? byNumber : byValue).set(code.value, code);
    for (const name of code.names)
      if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), code);
  }
  const byFacility = new Map<number, Array<{ code: WindowsCode; value: number; order: number }>>();
  let order = 0;
  for (const code of byValue.values()) {
    const list = byFacility.get(familyKey(code.value)) ?? [];
    list.push({ code, value: code.value, order: order++ });
    byFacility.set(familyKey(code.value), list);
  }
  for (const list of byFacility.values())
    list.sort((a, b) => a.value - b.value || a.order - b.order);
  return { codes, byValue, byNumber, byName, byFacility };
}
