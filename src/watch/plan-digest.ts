/** The local date (YYYY-MM-DD) and hour of a moment in an IANA time zone; UTC when the zone is unknown. */
export function localTime(nowMs: number, timeZone: string): { day: string; hour: number } {
  let zone = 'UTC';
  try {
    if (timeZone) {
      new Intl.DateTimeFormat('en-US', { timeZone });
      zone = timeZone;
    }
  } catch {
    zone = 'UTC';
  }
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(nowMs));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) };
}

/**
 * The day whose digest is due now, or undefined: once the subscription's local clock has reached
 * `digestHour`, that local day's digest is due if it has not gone out (`lastDay` is the last day
 * sent). A day the bot was down past the hour still gets its digest when it comes back that day.
 */
export function digestDue(
  nowMs: number,
  timeZone: string,
  digestHour: number,
  lastDay: string | undefined
): string | undefined {
  const { day, hour } = localTime(nowMs, timeZone);
  if (hour < digestHour) return undefined;
  if (lastDay !== undefined && lastDay >= day) return undefined;
  return day;
}
