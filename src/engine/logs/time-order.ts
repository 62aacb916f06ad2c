/** The earlier of two record times, when their order is certain; else the first one kept. */
export function earlier(a: string | undefined, b: string): string {
  if (!a) return b;
  const [x, y] = [parseTime(a), parseTime(b)];
  return Number.isFinite(x) && Number.isFinite(y) && y < x ? b : a;
}

/** The later of two record times, when their order is certain; else the one seen last. */
export function later(a: string | undefined, b: string): string {
  if (!a) return b;
  const [x, y] = [parseTime(a), parseTime(b)];
  return Number.isFinite(x) && Number.isFinite(y) ? (y > x ? b : a) : b;
}

/** True when two different times cannot be put in order from what they say. */
export function unordered(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return false;
  return !Number.isFinite(parseTime(a)) || !Number.isFinite(parseTime(b));
}

const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d/;
/** 2025/11/05 17:00:00, as Japanese Windows writes it. */
const YMD = /^(\d{4})\/(\d{1,2})\/(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?/;
/** 3/14/2019 9:41:07 AM (US) or 14/03/2019 09:41:07 (day first). */
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AP]M))?/i;

/**
 * A time in a form whose order is certain: ISO 8601; year first (2025/11/05); M/D/YYYY with AM/PM
 * as English (US) Event Viewer writes it; a slashed date whose day can only be one of its numbers
 * (31/10/2025, 10/31/2025). NaN otherwise (05/11/2025 without AM/PM may be either), and the finding
 * then says its times are not put in order.
 */
function parseTime(text: string): number {
  // The times a finding keeps are compared again and again: remember the last few.
  const known = parsed.get(text);
  if (known !== undefined) return known;
  const value = readTime(text);
  if (parsed.size >= 256) parsed.clear();
  parsed.set(text, value);
  return value;
}

function readTime(text: string): number {
  if (ISO.test(text)) return Date.parse(text);
  const ymd = YMD.exec(text);
  if (ymd) return utc(+ymd[1], +ymd[2], +ymd[3], +ymd[4], +ymd[5], +(ymd[6] ?? 0));
  const s = SLASHED.exec(text);
  if (!s) return NaN;
  const [a, b, year] = [+s[1], +s[2], +s[3]];
  let hour = +s[4];
  const ampm = s[7]?.toUpperCase();
  if (ampm) hour = (hour % 12) + (ampm === 'PM' ? 12 : 0);
  const usFirst = ampm !== undefined || (b > 12 && a <= 12);
  const dayFirst = !usFirst && a > 12 && b <= 12;
  if (!usFirst && !dayFirst) return NaN;
  const [month, day] = usFirst ? [a, b] : [b, a];
  return utc(year, month, day, hour, +s[5], +(s[6] ?? 0));
}

function utc(year: number, month: number, day: number, h: number, m: number, s: number): number {
  if (month < 1 || month > 12 || day < 1 || day > 31 || h > 23 || m > 59 || s > 59) return NaN;
  return Date.UTC(year, month - 1, day, h, m, s);
}

const parsed = new Map<string, number>();
