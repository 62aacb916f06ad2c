/**
 * An activity as the bot may read it: a copy of the request body in which every field the bot or
 * botbuilder reads has the type it expects, or is left out. Wrong types (a number for `locale`,
 * `null` in `membersAdded`, a string for `conversation`) never reach a handler.
 */
export type NormalizedActivity = Record<string, unknown> & { type: string };

type Json = Record<string, unknown>;

const MAX_FIELD = 1_000;
const MAX_LIST = 100;

/** The normalized activity, or the reason the body cannot be one (answered with 400). */
export function normalizeActivity(
  body: unknown
): { activity: NormalizedActivity } | { error: string } {
  if (!isObject(body)) return { error: 'the body is not a JSON object' };
  const type = body.type;
  if (typeof type !== 'string' || type === '' || type.length > 100)
    return { error: 'the activity has no type' };
  const activity: NormalizedActivity = { type };
  for (const key of [
    'id',
    'name',
    'channelId',
    'serviceUrl',
    'deliveryMode',
    'textFormat',
    'timestamp',
    'localTimestamp',
    'replyToId',
    'action',
  ]) {
    const value = short(body[key]);
    if (value !== undefined) activity[key] = value;
  }
  if (typeof body.text === 'string') activity.text = body.text;
  const locale = short(body.locale);
  if (locale && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}$/.test(locale)) activity.locale = locale;
  // Teams' IANA time zone ("Europe/Berlin"): the sentinel's digest hour follows it.
  const zone = short(body.localTimezone);
  if (zone && /^[A-Za-z0-9_+-]{1,40}(\/[A-Za-z0-9_+-]{1,40}){0,2}$/.test(zone))
    activity.localTimezone = zone;
  if ('value' in body) activity.value = body.value;
  for (const key of ['from', 'recipient']) {
    const account = account_(body[key]);
    if (account) activity[key] = account;
  }
  if (isObject(body.conversation)) {
    const c = body.conversation;
    activity.conversation = pick({
      id: short(c.id),
      tenantId: tenantId(c.tenantId, 'tenantId' in c),
      conversationType: short(c.conversationType),
      name: short(c.name),
      isGroup: typeof c.isGroup === 'boolean' ? c.isGroup : undefined,
    });
  }
  if (isObject(body.channelData)) activity.channelData = channelData(body.channelData);
  for (const key of ['membersAdded', 'membersRemoved']) {
    const members = body[key];
    if (Array.isArray(members))
      activity[key] = members.slice(0, MAX_LIST).map(account_).filter(Boolean);
  }
  const attachments = body.attachments;
  if (Array.isArray(attachments)) {
    activity.attachments = attachments
      .slice(0, MAX_LIST)
      .filter(isObject)
      .map((a) =>
        pick({
          contentType: short(a.contentType),
          contentUrl: short(a.contentUrl),
          name: short(a.name),
          content: a.content,
        })
      );
  }
  const entities = body.entities;
  if (Array.isArray(entities)) activity.entities = entities.slice(0, MAX_LIST).filter(isObject);
  if (isObject(body.relatesTo)) activity.relatesTo = body.relatesTo;
  return { activity };
}

function channelData(data: Json): Json {
  const out: Json = { ...data };
  if ('tenant' in data) {
    const tenant = data.tenant;
    out.tenant = { id: tenantId(isObject(tenant) ? tenant.id : undefined, true) };
  }
  out.eventType = short(data.eventType);
  for (const key of ['team', 'channel']) {
    const value = data[key];
    out[key] = isObject(value) ? pick({ id: short(value.id), name: short(value.name) }) : undefined;
  }
  return pick(out);
}

function account_(value: unknown): Json | undefined {
  if (!isObject(value) || typeof value.id !== 'string') return undefined;
  return pick({
    id: short(value.id),
    name: short(value.name),
    aadObjectId: short(value.aadObjectId),
    role: short(value.role),
  });
}

/**
 * A tenant id as the allowlist checks it: a tenant id that is present but unusable (not a string,
 * too long) becomes '', which no allowlist holds, so it is refused rather than left out.
 */
function tenantId(value: unknown, present: boolean): string | undefined {
  if (!present) return undefined;
  return short(value) ?? '';
}

function short(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_FIELD ? value : undefined;
}

function pick(value: Json): Json {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
