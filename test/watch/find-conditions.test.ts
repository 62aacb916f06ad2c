import type { CloudCaStatus, ConnectorStatus } from '../../src/watch/chain-status';
import { findConditions } from '../../src/watch/find-conditions';

const NOW = Date.parse('2026-12-08T12:00:00Z');
const RELEASES = [
  { version: '6.2406.0.2002', released: '2025-07-22' },
  { version: '6.2510.3.2002', released: '2026-02-18' },
];
const healthy: ConnectorStatus = {
  id: 'c1',
  displayName: 'NDES01',
  machineName: 'ndes01.contoso.com',
  state: 'active',
  lastConnectionDateTime: '2026-12-08T11:30:00Z',
  connectorVersion: '6.2510.3.2002',
  enrolledDateTime: '2026-03-01T00:00:00Z',
};
const ca: CloudCaStatus = {
  id: 'ca1',
  displayName: 'Contoso Issuing CA',
  status: 'active',
  validityEndDateTime: '2028-01-01T00:00:00Z',
};
const kinds = (connectors: ConnectorStatus[], cloudCas?: CloudCaStatus[], staleMinutes = 60) =>
  findConditions({ connectors, cloudCas }, { now: NOW, staleMinutes, releases: RELEASES }).map(
    (c) => c.key
  );

describe('findConditions', () => {
  it.each<[string, Partial<ConnectorStatus>, string[]]>([
    ['a healthy current connector', {}, []],
    ['seen 59 minutes ago', { lastConnectionDateTime: '2026-12-08T11:01:00Z' }, []],
    [
      'seen exactly 60 minutes ago',
      { lastConnectionDateTime: '2026-12-08T11:00:00Z' },
      ['connector-stale:c1'],
    ],
    [
      'seen three days ago',
      { lastConnectionDateTime: '2026-12-05T12:00:00Z' },
      ['connector-stale:c1'],
    ],
    ['never seen (empty date): proves nothing', { lastConnectionDateTime: '' }, []],
    ['inactive', { state: 'inactive' }, ['connector-not-active:c1']],
    ['state none', { state: 'none' }, ['connector-not-active:c1']],
    [
      'inactive and stale',
      { state: 'inactive', lastConnectionDateTime: '2026-12-01T00:00:00Z' },
      ['connector-stale:c1', 'connector-not-active:c1'],
    ],
    [
      'out of support (next release 2026-02-18, six months ended 2026-08-18)',
      { connectorVersion: '6.2406.0.2002' },
      ['version-out-of-support:c1:6.2406.0.2002'],
    ],
    ['a version we cannot read', { connectorVersion: 'unknown' }, []],
  ])('%s', (_name, change, expected) => {
    expect(kinds([{ ...healthy, ...change }])).toEqual(expected);
  });

  it('says which version is current and by when to update', () => {
    const [c] = findConditions(
      { connectors: [{ ...healthy, connectorVersion: '6.2406.0.2002' }] },
      { now: Date.parse('2026-05-01T00:00:00Z'), staleMinutes: 60_000_000, releases: RELEASES }
    );
    expect(c).toMatchObject({
      kind: 'version-superseded',
      subject: { id: 'c1', name: 'NDES01' },
      facts: { version: '6.2406.0.2002', latest: '6.2510.3.2002', updateBy: '2026-08-18' },
    });
  });

  it('names a connector by display name, else machine name, else id', () => {
    const names = findConditions(
      {
        connectors: [
          { ...healthy, id: 'a', state: 'inactive' },
          { ...healthy, id: 'b', displayName: '', state: 'inactive' },
          { ...healthy, id: 'c', displayName: '', machineName: '', state: 'inactive' },
        ],
      },
      { now: NOW, staleMinutes: 60, releases: RELEASES }
    ).map((c) => c.subject.name);
    expect(names).toEqual(['NDES01', 'ndes01.contoso.com', 'c']);
  });

  it.each<[string, Partial<CloudCaStatus>, string[]]>([
    ['a CA with a year left', {}, []],
    ['31 days left', { validityEndDateTime: '2027-01-08T12:00:00Z' }, []],
    [
      '29 days left',
      { validityEndDateTime: '2027-01-06T12:00:00Z' },
      ['cloud-ca-expiring:ca1:2027-01-06'],
    ],
    [
      'already ended',
      { validityEndDateTime: '2026-12-01T00:00:00Z' },
      ['cloud-ca-expiring:ca1:2026-12-01'],
    ],
    ['paused', { status: 'paused' }, ['cloud-ca-not-active:ca1']],
    ['revoked', { status: 'revoked' }, ['cloud-ca-not-active:ca1']],
    ['no end date given', { validityEndDateTime: '' }, []],
  ])('Cloud PKI: %s', (_name, change, expected) => {
    expect(kinds([], [{ ...ca, ...change }])).toEqual(expected);
  });

  it('counts the days left, never below zero', () => {
    const [c] = findConditions(
      { connectors: [], cloudCas: [{ ...ca, validityEndDateTime: '2026-12-20T12:00:00Z' }] },
      { now: NOW, staleMinutes: 60, releases: RELEASES }
    );
    expect(c.facts.days).toBe(12);
    const [gone] = findConditions(
      { connectors: [], cloudCas: [{ ...ca, validityEndDateTime: '2026-11-20T12:00:00Z' }] },
      { now: NOW, staleMinutes: 60, releases: RELEASES }
    );
    expect(gone.facts.days).toBe(0);
  });
});
