/** What the sentinel takes from an Azure Monitor alert (common alert schema). */
export interface MonitorAlert {
  /** Stable across Fired and Resolved: the same story. */
  alertId: string;
  rule: string;
  severity: string;
  condition: 'Fired' | 'Resolved';
  firedAt: string;
  resolvedAt: string;
  /** From the log search's dimensions (first value of each); '' when absent. */
  eventId: string;
  computer: string;
  source: string;
  log: string;
  /** How many rows matched (metricValue), as text; '' when absent. */
  count: string;
}

export type AlertReading = { ok: true; alert: MonitorAlert } | { ok: false; error: string };

const text = (value: unknown, max = 300): string =>
  typeof value === 'string' ? value.slice(0, max) : typeof value === 'number' ? String(value) : '';
const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** Dimension names Log Analytics queries use for each value (Event table, and common renames). */
const DIMENSIONS: Record<'eventId' | 'computer' | 'source' | 'log', RegExp> = {
  eventId: /^(eventid|event_id|event)$/i,
  computer: /^(computer|computername|host|hostname|_resourceid)$/i,
  source: /^(source|eventsource|providername|provider)$/i,
  log: /^(eventlog|channel|logname)$/i,
};

/**
 * Reads an Azure Monitor webhook body in the common alert schema (`schemaId:
 * azureMonitorCommonAlertSchema`, `data.essentials`, `data.alertContext`). Log search alerts carry
 * the query's dimensions in `alertContext.condition.allOf[].dimensions` as `{ name, value }`; the
 * first value of each kind is kept. Anything else is refused with the reason.
 */
export function readAlertPayload(body: unknown): AlertReading {
  const root = record(body);
  if (!root) return { ok: false, error: 'the body must be a JSON object' };
  if (root.schemaId !== 'azureMonitorCommonAlertSchema')
    return {
      ok: false,
      error:
        'schemaId must be azureMonitorCommonAlertSchema: turn on the common alert schema in the action group',
    };
  const data = record(root.data);
  const essentials = record(data?.essentials);
  if (!essentials) return { ok: false, error: 'data.essentials is missing' };
  const condition = essentials.monitorCondition;
  if (condition !== 'Fired' && condition !== 'Resolved')
    return { ok: false, error: 'data.essentials.monitorCondition must be Fired or Resolved' };
  const alertId = text(essentials.alertId, 500) || text(essentials.originAlertId, 500);
  if (!alertId) return { ok: false, error: 'data.essentials.alertId is missing' };
  const found = { eventId: '', computer: '', source: '', log: '' };
  let count = '';
  const context = record(data?.alertContext);
  const allOf = record(context?.condition)?.allOf;
  if (Array.isArray(allOf))
    for (const item of allOf.slice(0, 20)) {
      const criterion = record(item);
      if (!criterion) continue;
      if (!count) count = text(criterion.metricValue, 20);
      const dimensions = Array.isArray(criterion.dimensions)
        ? criterion.dimensions.slice(0, 50)
        : [];
      for (const d of dimensions) {
        const dim = record(d);
        const name = text(dim?.name, 60);
        const value = text(dim?.value, 300);
        if (!name || !value) continue;
        for (const key of Object.keys(DIMENSIONS) as Array<keyof typeof found>)
          if (!found[key] && DIMENSIONS[key].test(name)) found[key] = value;
      }
    }
  return {
    ok: true,
    alert: {
      alertId,
      rule: text(essentials.alertRule),
      severity: text(essentials.severity, 20),
      condition,
      firedAt: text(essentials.firedDateTime, 40),
      resolvedAt: text(essentials.resolvedDateTime, 40),
      ...found,
      count,
    },
  };
}

/**
 * The alert as the admin would paste the event: Event Viewer's labels, so explain() reads it the
 * way it reads a pasted event (namespace from the source, then the event id).
 */
export function alertAsEventText(alert: MonitorAlert): string {
  const lines: string[] = [];
  if (alert.log) lines.push(`Log Name: ${alert.log}`);
  if (alert.source) lines.push(`Source: ${alert.source}`);
  if (alert.eventId) lines.push(`Event ID: ${alert.eventId}`);
  if (alert.computer) lines.push(`Computer: ${alert.computer}`);
  return lines.join('\n');
}
