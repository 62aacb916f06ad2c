import { isDigit, isWordChar, type Token } from './scan-tokens';
import { HTTP_WORDS, isSubstatus, readsAsHttp, wordAt } from './read-http-context';

/**
 * What a decimal number in a question is, read from the words and characters around it:
 * - `event`: named as an event ("event 20502", "Event ID: 20502", "イベント 20502");
 * - `http`: an HTTP status ("HTTP 500", "returns 500", "500 Internal Server Error", "403 16 2148204809");
 * - `code`: a decimal error code ("error 12175", "Win32: 1722", "WinHttp: 12152");
 * - `hresult`: a 32-bit HRESULT written in decimal (-2146762487, 2148204809);
 * - `bare`: nothing says what it is: it counts as an event only if the catalog has that event;
 * - `ignore`: something else: a version, date, time, IP address, KB article, port, Windows release,
 *   count, percentage, size, or part of a longer number.
 */
export type NumberRole = 'event' | 'http' | 'code' | 'hresult' | 'bare' | 'ignore';

const words = (list: string) => new Set(list.split(' '));

const EVENT_WORDS = words('event events eventid id evt ids');
const ERROR_WORDS = words(
  'error err win32 hresult hr errorcode result winhttp wininet exit exitcode エラー エラーコード'
);
/** "process id 1234", "record id 5": ids of other things, not events. */
const OTHER_IDS = words(
  'process thread record eventrecord activity correlation session user device tenant request transaction object client ' +
    'app application instance task job build'
);
/** Before a number: it is a quantity, a version or another kind of number. */
const QUANTITY_BEFORE = words(
  'about around approx approximately over under nearly almost only some all several every each than least most top ' +
    'last first past next of for after within version ver v build kb port tcp udp rev revision page step line row item ' +
    'no number rfc size length timeout since until in on at by to from between'
);
/** "Server 2019", "Windows 11", "サーバー 2019": a release, not an event. */
const RELEASE_BEFORE = words(
  'server windows win sql exchange office ios ipados android macos office365 サーバー'
);
const RELEASE_NUMBERS = words('7 8 10 11 2003 2008 2012 2016 2019 2022 2025 365');
/** After a number: it counts or measures something. */
const COUNT_AFTER = words(
  'of devices device users user times time certs cert certificates certificate requests records machines servers ' +
    'clients ms s sec secs seconds second minutes minute mins min hours hour hrs days day weeks week months month years ' +
    'year kb mb gb tb bytes byte bit bits items entries rows lines iphones iphone ipads ipad phones phone laptops laptop ' +
    'pcs pc computers computer endpoints macs tablets people accounts profiles profile tickets attempts retries errors ' +
    'warnings events failures percent r2 sp1 sp2 x64 x86 nodes instances connectors sites cas templates employees staff ' +
    'androids handsets mobiles workstations vms hosts members'
);
/** After a number, what a catalog event is often said to produce: "4005 errors", "20502 warnings". */
const EVENT_NOUNS = words('error errors failure failures warning warnings event events entries');
const LIST_JOINERS = words('and or と や');
const MAX_LIST = 4;
/** Japanese counters and units after a number: "3 回", "2 台", "1000 件". */
const JA_COUNTERS = [
  '回',
  '台',
  '件',
  '個',
  '人',
  '名',
  '日',
  '時間',
  '分',
  '秒',
  '枚',
  'か月',
  'ヶ月',
  '年',
  '週',
  '月',
  '度',
  '以上',
  '以下',
  '％',
  'バイト',
  '社',
];

/** Reads the role of the number token at `i`. */
export function readNumberRole(
  text: string,
  tokens: readonly Token[],
  i: number,
  depth = 0
): NumberRole {
  const token = tokens[i];
  const digits = token.text.startsWith('-') ? token.text.slice(1) : token.text;
  const prev = wordAt(tokens, i - 1);
  const next = wordAt(tokens, i + 1);
  const httpLike = digits.length === 3 && /^[1-5]/.test(digits);
  // "HTTP Error 500.19": IIS writes a status with its substatus.
  // "HTTP Error 500.19", "returns 403.16", "403.16 が出ています": IIS writes a status with its
  // substatus, a form no other number here takes.
  if (
    httpLike &&
    /^[45]/.test(digits) &&
    isSubstatus(text, token) &&
    !QUANTITY_BEFORE.has(prev) &&
    !RELEASE_BEFORE.has(prev)
  )
    return 'http';
  if (partOfLongerNumber(text, token)) return 'ignore';
  if (isTraceEventId(text, tokens, i, prev)) return 'ignore';
  if (isHresultDecimal(token.text)) return 'hresult';
  if (token.text.startsWith('-')) return ERROR_WORDS.has(prev) ? 'code' : 'ignore';

  if (
    EVENT_WORDS.has(prev) ||
    prev.endsWith('イベント') ||
    prev === 'イベントid' ||
    continuesEventList(text, tokens, i, prev, depth)
  ) {
    if (digits.length > 6 || (prev === 'id' && OTHER_IDS.has(wordAt(tokens, i - 2))))
      return 'ignore';
    return 'event';
  }
  if (httpLike && readsAsHttp(text, tokens, i, digits, prev, next)) return 'http';
  if (ERROR_WORDS.has(prev) || prev === 'code') return 'code';
  // "500 errors overnight": a count or the status; the did-you-mean lets the admin say which.
  if (httpLike && /^[45]/.test(digits) && EVENT_NOUNS.has(next)) return 'bare';
  // "getting 4005 errors", "full of 20502": an event id; round numbers ("1000 errors") stay counts.
  if (digits.length >= 4 && !/00$/.test(digits) && (EVENT_NOUNS.has(next) || prev === 'of'))
    return 'bare';
  if (countedOrMeasured(text, token, tokens, i, prev, next)) return 'ignore';
  if (httpLike && HTTP_WORDS.has(prev)) return 'http';
  return 'bare';
}

/** The levels a .NET TraceSource writes before its event id: `log Error: 0 : Failed to …`. */
const TRACE_LEVELS = words(
  'critical error warning information verbose start stop suspend resume transfer'
);

/**
 * `Error: 0 :`: a .NET trace line's level and event id, not an error code. The id sits between
 * the level's colon and a second colon, a shape no error code takes.
 */
function isTraceEventId(text: string, tokens: readonly Token[], i: number, prev: string): boolean {
  const level = tokens[i - 1];
  const token = tokens[i];
  if (!level || !TRACE_LEVELS.has(prev)) return false;
  return (
    /^\s*:\s*$/.test(text.slice(level.end, token.start)) && /^[ \t]*:/.test(text.slice(token.end))
  );
}

/**
 * A 32-bit HRESULT written in decimal: unsigned from 0x80000000 (as IIS writes it), or negative with
 * at least 8 digits (as PowerShell and the Intune admin center write it).
 */
export function isHresultDecimal(text: string): boolean {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) return false;
  if (n < 0) return n >= -0x80000000 && text.length >= 9;
  return n >= 0x80000000 && n <= 0xffffffff;
}

/** `6.2101.13.0`, `10.0.0.15`, `3/14/2019`, `9:41:07`, `2019-03-14`, `1,000`, a GUID piece, `50%`. */
function partOfLongerNumber(text: string, token: Token): boolean {
  const before = text.charCodeAt(token.start - 1);
  const before2 = text.charCodeAt(token.start - 2);
  const after = text.charCodeAt(token.end);
  const after2 = text.charCodeAt(token.end + 1);
  const joiners = [46, 58, 47]; // . : /
  if (joiners.includes(before) && isDigit(before2)) return true;
  if (joiners.includes(after) && isDigit(after2)) return true;
  // A comma joins only a thousands group ("1,000", "12,500"): a CSV row's
  // "Error,-2016281112,3/4/2025" keeps its numbers apart.
  if (before === 44 && isDigit(before2) && token.text.length === 3) return true;
  if (after === 44 && thousandsGroupAt(text, token.end + 1)) return true;
  // A hyphen between two alphanumeric runs: a date (2019-03-14) or a GUID segment.
  if (before === 45 && isWordChar(before2)) return true;
  if (after === 45 && isWordChar(after2)) return true;
  return after === 37;
}

/** Exactly three digits at `at`, then no further digit: a thousands group. */
function thousandsGroupAt(text: string, at: number): boolean {
  for (let i = at; i < at + 3; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return !isDigit(text.charCodeAt(at + 3));
}

function countedOrMeasured(
  text: string,
  token: Token,
  tokens: readonly Token[],
  i: number,
  prev: string,
  next: string
): boolean {
  if (QUANTITY_BEFORE.has(prev) || text[token.start - 1] === '~' || text[token.start - 1] === '#')
    return true;
  if (RELEASE_BEFORE.has(prev) && RELEASE_NUMBERS.has(token.text)) return true;
  if (COUNT_AFTER.has(next)) return true;
  const following = tokens[i + 1];
  return following?.type === 'cjk' && JA_COUNTERS.some((c) => following.text.startsWith(c));
}

/** "event 306 and 32", "イベント 306 と 32": a number after "and" continues a list of events. */
function continuesEventList(
  text: string,
  tokens: readonly Token[],
  i: number,
  prev: string,
  depth: number
): boolean {
  // A list of a few events, not a chain: the look-back stays bounded, so the cost stays linear.
  if (depth >= MAX_LIST || !LIST_JOINERS.has(prev) || tokens[i - 2]?.type !== 'number')
    return false;
  return readNumberRole(text, tokens, i - 2, depth + 1) === 'event';
}
