/** Teams-shaped activities as Teams sends them (ids and names invented). */
export const BOT = { id: '28:bot-app-id', name: 'Connector Decoder' };
export const USER = {
  id: '29:user-aad',
  name: 'Avery Admin',
  aadObjectId: '00000000-0000-4000-8000-000000000001',
};
export const TENANT = '11111111-2222-4333-8444-555555555555';

type Kind = 'personal' | 'channel' | 'groupChat';

export function teamsMessage(
  text: string,
  options: { kind?: Kind; locale?: string; extra?: Record<string, unknown> } = {}
) {
  const kind = options.kind ?? 'personal';
  return {
    type: 'message',
    id: `msg-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    timestamp: new Date().toISOString(),
    locale: options.locale ?? 'en-US',
    from: USER,
    recipient: BOT,
    conversation: {
      id:
        kind === 'personal'
          ? 'a:1personal'
          : kind === 'channel'
            ? '19:channel@thread.tacv2;messageid=1'
            : '19:group@thread.v2',
      conversationType: kind,
      tenantId: TENANT,
      isGroup: kind !== 'personal',
    },
    channelData: {
      tenant: { id: TENANT },
      ...(kind === 'channel'
        ? { team: { id: '19:team@thread.tacv2' }, channel: { id: '19:channel@thread.tacv2' } }
        : {}),
    },
    textFormat: 'plain',
    text,
    ...options.extra,
  };
}

/** A channel or group message that @mentions the bot the way Teams writes it. */
export function mentionMessage(
  textAfterMention: string,
  kind: Kind = 'channel',
  extra: Record<string, unknown> = {}
) {
  return teamsMessage(`<at>${BOT.name}</at> ${textAfterMention}`, {
    kind,
    extra: {
      entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
      ...extra,
    },
  });
}

/** A rich paste: `text` has lost the line structure, the text/html attachment keeps it. */
export function htmlPaste(lines: string[], kind: Kind = 'channel') {
  const html =
    `<p><span itemtype="http://schema.skype.com/Mention" itemscope="" itemid="0">${BOT.name}</span>&nbsp;</p>` +
    `<pre>${lines.map(escapeHtml).join('\n')}</pre>`;
  return teamsMessage(`<at>${BOT.name}</at> ${lines.join(' ')}`, {
    kind,
    extra: {
      entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
      attachments: [{ contentType: 'text/html', content: html }],
    },
  });
}

export function buttonPress(query: string) {
  return teamsMessage('', { extra: { text: undefined, value: { query } } });
}

export function botAdded(kind: Kind = 'personal', locale = 'en-US') {
  const base = teamsMessage('', { kind, locale });
  const { text: _text, textFormat: _tf, ...rest } = base;
  return {
    ...rest,
    type: 'conversationUpdate',
    membersAdded: [BOT],
    channelData: { ...base.channelData, eventType: 'teamMemberAdded' },
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
