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

/**
 * A time in a form whose order is unambiguous (ISO 8601, or the US M/D/YYYY that English Event
 * Viewer writes); NaN otherwise, and records then keep the order they were pasted in.
 */
function parseTime(text: string): number {
  // The times a finding keeps are compared again and again: remember the last few.
  const known = parsed.get(text);
  if (known !== undefined) return known;
  const value =
    /^\d{4}-\d{2}-\d{2}[T ]\d/.test(text) || /^\d{1,2}\/\d{1,2}\/\d{4} \d/.test(text)
      ? Date.parse(text)
      : NaN;
  if (parsed.size >= 256) parsed.clear();
  parsed.set(text, value);
  return value;
}

const parsed = new Map<string, number>();
