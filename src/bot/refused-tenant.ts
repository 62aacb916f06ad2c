import type { Activity } from 'botbuilder';

/**
 * The tenant id to report when an activity comes from a tenant that is not allowed: every tenant id
 * it carries (conversation and channel data) must be in `allowed` (lower-case), and one must be
 * there. Null when it carries none; undefined when the activity is allowed (or all tenants are).
 */
export function refusedTenant(
  activity: Partial<Activity>,
  allowed: readonly string[]
): string | null | undefined {
  if (allowed.length === 0) return undefined;
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)
    ?.tenant?.id;
  const tenants = [activity.conversation?.tenantId, fromChannelData].filter(
    (t): t is string => typeof t === 'string'
  );
  if (tenants.length > 0 && tenants.every((t) => allowed.includes(t.toLowerCase())))
    return undefined;
  return tenants.find((t) => !allowed.includes(t.toLowerCase())) ?? null;
}
