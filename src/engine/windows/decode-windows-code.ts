import { nearestByValue } from '../../catalog/near-codes';
import {
  familyKey,
  type WindowsCode,
  type WindowsCodeFamily,
  type WindowsCodeTable,
} from '../../catalog/windows-codes';

/** A code another code carries: the Win32 error in 0x8007xxxx, the HTTP status in 0x8019xxxx. */
export interface CarriedCode {
  family: 'win32' | 'winhttp' | 'http';
  number: number;
  names: string[];
  /** The documented text; for HTTP, the status's reason phrase. */
  text: string;
}

/** A generic Windows or Intune error code, decoded the way err.exe or certutil -error would. */
export interface WindowsCodeView {
  /** `0x80091007`, or the decimal number of a Win32 or WinHTTP error. */
  key: string;
  value: number;
  family: WindowsCodeFamily | 'http';
  /** The HRESULT facility, for HRESULT-style codes. */
  facility?: number;
  names: string[];
  text: string;
  textIsMessage: boolean;
  carries?: CarriedCode;
}

const FACILITY_HTTP = 0x19;
const FACILITY_WIN32 = 0x7;
const WINHTTP_FIRST = 12000;
const WINHTTP_LAST = 12199;

/** HTTP reason phrases (RFC 9110) for statuses carried in HTTP HRESULTs. */
const HTTP_REASONS: Readonly<Record<number, string>> = {
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

/**
 * Decodes a 32-bit value written as hex or as an HRESULT in decimal: a known code by its value;
 * else an HRESULT that carries a Win32, WinHTTP or HTTP code; else undefined.
 */
export function decodeHresult(table: WindowsCodeTable, value: number): WindowsCodeView | undefined {
  const v = value >>> 0;
  const known = table.byValue.get(v);
  const facility = (v >>> 16) & 0x1fff;
  const hresultLike = v >= 0x80000000;
  const carried = hresultLike ? carriedCode(table, v, facility) : undefined;
  if (known)
    return { ...view(known), facility: hresultLike ? facility : undefined, carries: carried };
  if (!carried) return undefined;
  return {
    key: hex(v),
    value: v,
    family: carried.family === 'http' ? 'http' : 'hresult',
    facility,
    names: carried.family === 'http' ? [] : carried.names.map((n) => `HRESULT_FROM_WIN32(${n})`),
    text: carried.text,
    textIsMessage: false,
    carries: carried,
  };
}

/** An HTTP status by its number, with its reason phrase: the generic meaning of a status we don't curate. */
export function decodeHttpStatus(status: number): WindowsCodeView | undefined {
  const reason = HTTP_REASONS[status];
  if (!reason) return undefined;
  return {
    key: `HTTP ${status}`,
    value: status,
    family: 'http',
    names: [],
    text: reason,
    textIsMessage: false,
    carries: { family: 'http', number: status, names: [], text: reason },
  };
}

/** A Win32 or WinHTTP error by its decimal number. */
export function decodeNumber(table: WindowsCodeTable, value: number): WindowsCodeView | undefined {
  const known = table.byNumber.get(value);
  return known ? view(known) : undefined;
}

/** A code by its symbolic name (`CRYPT_E_HASH_VALUE`, `ERROR_ACCESS_DENIED`), case-insensitive. */
export function windowsCodeByName(
  table: WindowsCodeTable,
  name: string
): WindowsCodeView | undefined {
  const known = table.byName.get(name.toLowerCase());
  return known
    ? known.family === 'win32' || known.family === 'winhttp'
      ? view(known)
      : decodeHresult(table, known.value)
    : undefined;
}

/** A code by its table key, as a phrase target names it. */
export function windowsCodeByKey(
  table: WindowsCodeTable,
  key: string
): WindowsCodeView | undefined {
  return /^\d+$/.test(key)
    ? decodeNumber(table, Number(key))
    : decodeHresult(table, parseInt(key.slice(2), 16));
}

/** Known codes of the same family nearest in value: pointers for an unknown code, never its meaning. */
export function nearestWindowsCodes(
  table: WindowsCodeTable,
  value: number,
  limit = 3
): WindowsCodeView[] {
  const v = value >>> 0;
  return nearestByValue(table.byFacility.get(familyKey(v)) ?? [], v, limit).map(
    (c) => decodeHresult(table, c.value) as WindowsCodeView
  );
}

function carriedCode(
  table: WindowsCodeTable,
  v: number,
  facility: number
): CarriedCode | undefined {
  const low = v & 0xffff;
  if (facility === FACILITY_HTTP && HTTP_REASONS[low]) {
    return { family: 'http', number: low, names: [], text: HTTP_REASONS[low] };
  }
  if (facility !== FACILITY_WIN32) return undefined;
  const win32 = table.byNumber.get(low);
  if (!win32) return undefined;
  const family = low >= WINHTTP_FIRST && low <= WINHTTP_LAST ? 'winhttp' : 'win32';
  return { family, number: low, names: win32.names, text: win32.text };
}

function view(code: WindowsCode): WindowsCodeView {
  return {
    key: code.key,
    value: code.value,
    family: code.family,
    names: code.names,
    text: code.text,
    textIsMessage: code.textIsMessage,
  };
}

function hex(value: number): string {
  return '0x' + value.toString(16).toUpperCase().padStart(8, '0');
}
