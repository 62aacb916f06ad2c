import { join } from 'node:path';
import { findProjectRoot } from '../../src/files/project-root';
import { loadCatalog } from '../../src/files/load-catalog';
import { createCardRenderer } from '../../src/presentation/cards/render-card';
import {
  clearedCard,
  conditionCard,
  digestCard,
} from '../../src/presentation/cards/condition-card';
import {
  healthCard,
  monitorAlertCard,
  unwatchCard,
  watchCard,
} from '../../src/presentation/cards/sentinel-card';
import type { SentinelCardData } from '../../src/presentation/cards/card-models';
import type { Condition } from '../../src/watch/chain-status';

const renderer = createCardRenderer(join(findProjectRoot(), 'cards'));
const evil = '**bold** [link](https://evil.example) <at>everyone</at> ${secret} {minutes}';
const conditions: Condition[] = [
  {
    key: 'a',
    kind: 'connector-stale',
    subject: { id: 'c1', name: evil },
    facts: { machine: evil, lastConnection: '2026-12-08T00:00:00Z', minutes: 90, state: 'active' },
  },
  {
    key: 'b',
    kind: 'connector-not-active',
    subject: { id: 'c1', name: evil },
    facts: { machine: evil, state: evil, lastConnection: '' },
  },
  {
    key: 'c',
    kind: 'version-superseded',
    subject: { id: 'c1', name: 'N' },
    facts: {
      machine: 'm',
      version: '6.2406.0.2002',
      latest: '6.2510.3.2002',
      updateBy: '2026-08-18',
    },
  },
  {
    key: 'd',
    kind: 'version-out-of-support',
    subject: { id: 'c1', name: 'N' },
    facts: {
      machine: 'm',
      version: '6.2406.0.2002',
      latest: '6.2510.3.2002',
      supportEnded: '2026-08-18',
      worksUntil: '2027-08-18',
    },
  },
  {
    key: 'e',
    kind: 'cloud-ca-expiring',
    subject: { id: 'ca', name: evil },
    facts: { validityEnd: '2027-01-01T00:00:00Z', days: 12, status: 'active' },
  },
  {
    key: 'f',
    kind: 'cloud-ca-not-active',
    subject: { id: 'ca', name: 'CA' },
    facts: { status: 'paused', validityEnd: '' },
  },
  {
    key: 'g',
    kind: 'graph-permission',
    subject: { id: 'graph', name: 'Graph' },
    facts: { permission: 'DeviceManagementConfiguration.Read.All', status: 403 },
  },
];
const record = (c: Condition) => ({
  key: c.key,
  state: 'open' as const,
  openedAt: '2026-12-01T00:00:00Z',
  condition: c,
});

const every: Array<[string, SentinelCardData]> = (['en', 'ja'] as const).flatMap((lang) => [
  ...conditions.map((c): [string, SentinelCardData] => [
    `${lang} alert ${c.kind}`,
    conditionCard(lang, c),
  ]),
  ...conditions.map((c): [string, SentinelCardData] => [
    `${lang} cleared ${c.kind}`,
    clearedCard(lang, record(c)),
  ]),
  [
    `${lang} digest`,
    digestCard(
      lang,
      '2026-12-08',
      Array.from({ length: 200 }, (_, i) => record(conditions[i % 7]))
    ),
  ],
  [
    `${lang} watch`,
    watchCard(lang, {
      again: false,
      graphOn: true,
      pollSeconds: 300,
      staleMinutes: 60,
      digestHour: 9,
      timeZone: 'Asia/Tokyo',
      webhookUrl: 'https://bot.contoso.com/api/alerts/x',
    }),
  ],
  [`${lang} unwatch`, unwatchCard(lang, true)],
  [`${lang} health none`, healthCard(lang, { kind: 'no-graph' })],
  [
    `${lang} health checked`,
    healthCard(lang, {
      kind: 'checked',
      at: '2026-12-08T00:00:00Z',
      connectors: 2,
      cas: 1,
      cloudPkiDenied: true,
      open: conditions,
    }),
  ],
  [
    `${lang} monitor`,
    monitorAlertCard(lang, {
      resolved: false,
      rule: evil,
      severity: 'Sev1',
      firedAt: 'x',
      resolvedAt: '',
      computer: evil,
      eventId: '1001',
      count: '3',
    }),
  ],
]);

describe('sentinel cards', () => {
  it.each(every)(
    '%s renders within budget, with no template left and no markup from Graph or alerts',
    (_name, data) => {
      const json = JSON.stringify(renderer.render({ template: 'sentinel', data }).content);
      expect(json.length).toBeLessThan(28_000);
      expect(json).not.toContain('${');
      expect(json).not.toContain('**bold**');
      expect(json).not.toContain('](https://evil');
      expect(json).not.toContain('<at>');
      // A placeholder inside a name is never filled in.
      expect(json).not.toMatch(/\{minutes\}/);
    }
  );

  it('names the permission exactly, so it can be copied', () => {
    const json = JSON.stringify(conditionCard('en', conditions[6]));
    expect(json).toContain('grant DeviceManagementConfiguration.Read.All');
    expect(json).toContain('Grant admin consent');
  });

  it('says which version is current and by when to update', () => {
    const data = conditionCard('en', conditions[2]);
    expect(data.title).toContain('update by 2026-08-18');
    expect(data.text).toContain('6.2510');
    expect(data.buttons.map((b) => b.query)).toEqual(['topics:topic:connector-updates-support']);
  });
});

describe('sentinel card buttons', () => {
  it('open entries that exist in the catalog', () => {
    const catalog = loadCatalog({});
    const queries = conditions.flatMap((c) => conditionCard('en', c).buttons.map((b) => b.query));
    expect(queries.length).toBeGreaterThan(3);
    for (const q of queries) expect(catalog.byId.has(q)).toBe(true);
  });
});
