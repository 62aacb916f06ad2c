import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TurnContext } from 'botbuilder';
import pino from 'pino';
import { loadConfig } from '../../src/config/load-config';
import { findProjectRoot } from '../../src/files/project-root';
import { createCardRenderer } from '../../src/presentation/cards/render-card';
import { answerSentinelCommand, readSentinelCommand } from '../../src/sentinel/sentinel-commands';
import type { Sentinel } from '../../src/sentinel/run-sentinel';
import { createFileStore } from '../../src/store/file-store';
import { teamsMessage, TENANT } from '../helpers/teams-activity';

const renderer = createCardRenderer(join(findProjectRoot(), 'cards'));

async function watchCardText(graphTenantId: string): Promise<string> {
  const sent: any[] = [];
  const context = {
    activity: teamsMessage('watch'),
    sendActivity: async (a: unknown) => {
      sent.push(a);
      return { id: 'r1' };
    },
  } as unknown as TurnContext;
  await answerSentinelCommand(context, 'watch', 'en', {
    store: createFileStore(mkdtempSync(join(tmpdir(), 'commands-'))),
    sentinel: {} as Sentinel,
    renderer,
    config: loadConfig({}).sentinel,
    logger: pino({ level: 'silent' }),
    graphOn: true,
    graphTenantId,
    baseUrl: () => 'https://bot.contoso.com',
  });
  return JSON.stringify(sent[0].attachments[0].content);
}

describe('watch', () => {
  it('lists the Graph checks for a conversation of the tenant Graph reads', async () => {
    const text = await watchCardText(TENANT.toUpperCase());
    expect(text).toContain('connectors that have not checked in for 60 minutes');
    expect(text).toContain('https://bot.contoso.com/api/alerts/');
  });

  it('says the Graph checks are off for a conversation of another tenant', async () => {
    const text = await watchCardText('99999999-0000-4000-8000-000000000000');
    expect(text).not.toContain('have not checked in');
    expect(text).toContain('Graph checks read another tenant');
  });
});

describe('readSentinelCommand', () => {
  it.each<[string, string | undefined]>([
    ['watch', 'watch'],
    ['  WATCH ', 'watch'],
    ['unwatch', 'unwatch'],
    ['Health', 'health'],
    ['watch please', undefined],
    ['connector health', undefined],
    ['', undefined],
  ])('%p → %p', (text, command) => {
    expect(readSentinelCommand(text)).toBe(command);
  });
});
