import type { Language } from '../../catalog/catalog-types';
import type { Condition } from '../../watch/chain-status';
import type { AlertRecord } from '../../watch/plan-alerts';
import { sentinelPhrase as say, type SentinelPhraseKey } from '../words/sentinel-phrases';
import type { QueryButton, SentinelCardData } from './card-models';
import { card, shown } from './sentinel-card-parts';

const CONNECTORS_PAGE =
  'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/TenantAdminConnectorsMenu/~/certificateConnectors';
const CLOUD_PKI_PAGE =
  'https://learn.microsoft.com/intune/intune-service/protect/microsoft-cloud-pki-overview';

const button = (lang: Language, key: SentinelPhraseKey, query: string): QueryButton => ({
  title: say(lang, key),
  query,
});

/** The headline and sentence for a condition, and what helps with it. */
export function describe(
  lang: Language,
  c: Condition
): Pick<SentinelCardData, 'title' | 'text' | 'facts' | 'buttons' | 'links'> {
  const f = c.facts;
  const name = shown(c.subject.name, 80);
  const fact = (key: SentinelPhraseKey, value: unknown) => ({
    title: say(lang, key),
    value: shown(value),
  });
  const connectorLinks = [{ title: say(lang, 'linkConnectors'), url: CONNECTORS_PAGE }];
  switch (c.kind) {
    case 'connector-stale':
      return {
        title: say(lang, 'staleTitle', { name, minutes: Number(f.minutes) }),
        text: say(lang, 'staleText', { last: shown(f.lastConnection) }),
        facts: [
          fact('factMachine', f.machine),
          fact('factLast', f.lastConnection),
          fact('factState', f.state),
        ],
        buttons: [
          button(lang, 'buttonHealth', 'topics:topic:connector-health-check'),
          button(lang, 'buttonProxy', 'topics:topic:connector-proxy-network'),
        ],
        links: connectorLinks,
      };
    case 'connector-not-active':
      return {
        title: say(lang, 'notActiveTitle', { name, state: shown(f.state, 40) }),
        text: say(lang, 'notActiveText', { state: shown(f.state, 40) }),
        facts: [fact('factMachine', f.machine), fact('factLast', f.lastConnection)],
        buttons: [
          button(lang, 'buttonHealth', 'topics:topic:connector-health-check'),
          button(lang, 'buttonSignIn', 'topics:topic:connector-sign-in-fails'),
        ],
        links: connectorLinks,
      };
    case 'version-superseded':
      return {
        title: say(lang, 'supersededTitle', {
          name,
          version: shown(f.version, 40),
          updateBy: shown(f.updateBy),
        }),
        text: say(lang, 'supersededText', { latest: shown(f.latest, 40) }),
        facts: [
          fact('factMachine', f.machine),
          fact('factVersion', f.version),
          fact('factLatest', f.latest),
        ],
        buttons: [button(lang, 'buttonUpdates', 'topics:topic:connector-updates-support')],
        links: connectorLinks,
      };
    case 'version-out-of-support':
      return {
        title: say(lang, 'outOfSupportTitle', {
          name,
          version: shown(f.version, 40),
          supportEnded: shown(f.supportEnded),
        }),
        text: say(lang, 'outOfSupportText', {
          latest: shown(f.latest, 40),
          worksUntil: shown(f.worksUntil),
        }),
        facts: [
          fact('factMachine', f.machine),
          fact('factVersion', f.version),
          fact('factLatest', f.latest),
        ],
        buttons: [button(lang, 'buttonUpdates', 'topics:topic:connector-updates-support')],
        links: connectorLinks,
      };
    case 'cloud-ca-expiring':
      return {
        title: say(lang, 'caExpiringTitle', { name, days: Number(f.days) }),
        text: say(lang, 'caExpiringText', { end: shown(f.validityEnd) }),
        facts: [fact('factEnd', f.validityEnd), fact('factState', f.status)],
        buttons: [],
        links: [{ title: say(lang, 'linkCloudPki'), url: CLOUD_PKI_PAGE }],
      };
    case 'cloud-ca-not-active':
      return {
        title: say(lang, 'caNotActiveTitle', { name, status: shown(f.status, 40) }),
        text: say(lang, 'caNotActiveText', { status: shown(f.status, 40) }),
        facts: [fact('factEnd', f.validityEnd)],
        buttons: [],
        links: [{ title: say(lang, 'linkCloudPki'), url: CLOUD_PKI_PAGE }],
      };
    case 'graph-permission': {
      // Our own constant, shown exactly so it can be copied into the portal's search.
      const permission = /^[A-Za-z.]{1,80}$/.test(String(f.permission)) ? String(f.permission) : '';
      return {
        title: say(lang, 'permissionTitle', { permission }),
        text: say(lang, 'permissionText', { permission, status: shown(f.status, 10) }),
        facts: [],
        buttons: [],
        links: [],
      };
    }
  }
}

/** The alert for a condition that started. */
export function conditionCard(lang: Language, condition: Condition): SentinelCardData {
  return card(lang, {
    kicker: say(lang, 'kickerAlert'),
    style: condition.kind === 'version-superseded' ? 'warning' : 'attention',
    ...describe(lang, condition),
  });
}

/** "Back to normal", once, for a condition that ended. */
export function clearedCard(lang: Language, record: AlertRecord): SentinelCardData {
  const { title } = describe(lang, record.condition);
  return card(lang, {
    kicker: say(lang, 'kickerClear'),
    style: 'good',
    title: say(lang, 'clearedTitle', { title }),
    text: say(lang, 'clearedText', { opened: shown(record.openedAt) }),
  });
}

/** The daily digest: what is still open, oldest first. */
export function digestCard(
  lang: Language,
  day: string,
  open: readonly AlertRecord[]
): SentinelCardData {
  return card(lang, {
    kicker: say(lang, 'kickerDigest'),
    style: 'warning',
    title: say(lang, 'digestTitle', { count: open.length }),
    text: say(lang, 'digestText', { day }),
    items: open.slice(0, 30).map((r) => ({
      text: `• ${describe(lang, r.condition).title} (${say(lang, 'openSince', { at: shown(r.openedAt) })})`,
    })),
  });
}
