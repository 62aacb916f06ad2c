import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogError } from '../../src/catalog/catalog-error';
import { explain } from '../../src/engine';
import { guideFlow } from '../../src/engine/flows/view-flow';
import { suggestFlows } from '../../src/engine/flows/suggest-flows';
import { loadCatalog } from '../../src/files/load-catalog';
import { flowCard } from '../../src/presentation/cards/flow-card';
import { builtInCatalog } from '../helpers/answers';

const catalog = builtInCatalog();
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the guided flows in the catalog', () => {
  it('has the SCEP and PKCS flows, each along the chain from Intune to a leaf', () => {
    expect([...catalog.flows.keys()]).toEqual(['scep-not-delivered', 'pkcs-not-delivered']);
    for (const flow of catalog.flows.values()) {
      expect(flow.nodes.size).toBeGreaterThanOrEqual(15);
      expect(flow.nodes.get(flow.start)?.hop).toBe('intune');
    }
  });

  it.each(
    [...catalog.flows.values()].flatMap((flow) =>
      [...flow.nodes.values()].map((node) => [`${flow.id}/${node.id}`, node] as const)
    )
  )('%s: both languages, a source link or marked as inference, checks or steps', (_id, node) => {
    expect(node.text.en).not.toMatch(JAPANESE);
    expect(node.text.ja).toMatch(JAPANESE);
    expect(node.links.length > 0 || node.inference).toBe(true);
    for (const link of node.links)
      expect(link.url).toMatch(/^https:\/\/(learn|support)\.microsoft\.com\//);
    if (node.kind === 'leaf') expect(node.steps.length).toBeGreaterThan(0);
    else {
      expect(node.answers.length).toBeGreaterThanOrEqual(2);
      expect(node.check?.where.en ?? node.text.en).toBeTruthy();
    }
    for (const step of node.steps) expect(step.ja).toMatch(JAPANESE);
  });
});

describe('suggesting a flow for a symptom', () => {
  it.each([
    ['SCEP certificates are not reaching the iPhones', ['scep-not-delivered']],
    ['devices never get their Wi-Fi cert from NDES', ['scep-not-delivered']],
    ['PKCS profile stuck pending for a week', ['pkcs-not-delivered']],
    ['the pfx certificate is not on the device', ['pkcs-not-delivered']],
    ['certificates are not being delivered', ['scep-not-delivered', 'pkcs-not-delivered']],
    ['証明書が配布されません', ['scep-not-delivered', 'pkcs-not-delivered']],
    ['SCEP プロファイルが保留中のまま', ['scep-not-delivered']],
    ['iphones dont get the scep cert', ['scep-not-delivered']],
    ['Win10 laptops: pkcs certificate missing', ['pkcs-not-delivered']],
    ['PKCS certs missing on Windows 10 22H2', ['pkcs-not-delivered']],
    ['certs not being deployed to devices', ['scep-not-delivered', 'pkcs-not-delivered']],
    ['cert deployment failing', ['scep-not-delivered', 'pkcs-not-delivered']],
    ['SCEP certificat not deliverd to iphones', ['scep-not-delivered']],
    ['SCEP not working', ['scep-not-delivered']],
    ['help with pkcs', ['pkcs-not-delivered']],
    ['証明書が配布されていません', ['scep-not-delivered', 'pkcs-not-delivered']],
    ['iPhoneに証明書が届きません', ['scep-not-delivered', 'pkcs-not-delivered']],
    ['Androidに証明書が配信されない', ['scep-not-delivered', 'pkcs-not-delivered']],
    ['Windows PCにSCEPの証明書が来ません', ['scep-not-delivered']],
    ['SCEPがうまくいかない', ['scep-not-delivered']],
    ['what is 0x411', []],
    ['the connector service account needs which rights?', []],
    ['certificates expire next month', []],
    ['What is the NDES certificate template name?', []],
    ['NDES SSL certificate expires next week, how do I renew', []],
    ['how to install the certificate on the NDES server', []],
    ['we want to move from SCEP profile to PKCS', []],
    ["installed the certificate connector but it doesn't show in intune", []],
    ['証明書コネクタのインストールが保留中です', []],
    ['NDES の証明書テンプレート名は?', []],
    ['証明書の失効に失敗しました', []],
    ['certificate revocation failed on the CA', []],
  ])('%s', (text, flows) => {
    expect(suggestFlows(catalog, text, 'en').map((f) => f.id)).toEqual(flows);
  });
});

describe('guide commands', () => {
  it('starts a flow from "guide scep" and "ガイド PKCS"', () => {
    expect(explain('guide scep', catalog)).toMatchObject({
      kind: 'flow',
      node: { id: 'scep-sent' },
    });
    expect(explain('ガイド pkcs', catalog)).toMatchObject({
      kind: 'flow',
      language: 'ja',
      node: { id: 'pkcs-ca-settings' },
    });
  });

  it('lists every node once, in walk order from the start', () => {
    const guide = guideFlow(catalog, 'scep', 'en');
    expect(guide?.nodes[0].id).toBe('scep-sent');
    expect(guide?.nodes).toHaveLength(catalog.flows.get('scep-not-delivered')?.nodes.size ?? 0);
  });
});

describe('flows that are wrong stop the catalog with the file, flow and node', () => {
  const write = (flows: unknown[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-flows-'));
    writeFileSync(
      join(dir, 'ours.json'),
      JSON.stringify({
        id: 'ours',
        title: { en: 'Ours', ja: '当社' },
        links: {
          wiki: { url: 'https://wiki.fabrikam.example/pki', title: { en: 'Wiki', ja: 'Wiki' } },
        },
        entries: [],
        flows,
      })
    );
    return dir;
  };
  const node = (id: string, extra: object) => ({
    id,
    hop: 'ndes',
    kind: 'leaf',
    text: { en: id, ja: 'ノード' },
    steps: [{ en: 'Do it.', ja: '実行します。' }],
    links: ['wiki'],
    ...extra,
  });
  const flow = (nodes: object[]) => ({
    id: 'ours-flow',
    title: { en: 'Ours', ja: '当社' },
    symptoms: { en: ['our symptom'], ja: ['症状'] },
    start: 'a',
    nodes,
  });

  it.each([
    [
      'an answer leading nowhere',
      [
        node('a', {
          kind: 'question',
          steps: undefined,
          answers: [
            { label: { en: 'x', ja: 'x' }, next: 'b' },
            { label: { en: 'y', ja: 'y' }, next: 'nowhere' },
          ],
        }),
        node('b', {}),
      ],
      /answer leads to no node nowhere/,
    ],
    ['a node no walk reaches', [node('a', {}), node('b', {})], /not reached from the start: b/],
    ['a leaf without steps', [node('a', { steps: [] })], /a leaf has steps/],
    ['a node without a source', [node('a', { links: [] })], /give a source link or mark/],
    [
      'an entry that does not exist',
      [node('a', { entries: ['ours:code:0x1'] })],
      /no entry ours:code:0x1/,
    ],
  ])('%s', (_name, nodes, message) => {
    const dir = write([flow(nodes)]);
    expect(() => loadCatalog({ teamDir: dir })).toThrow(CatalogError);
    expect(() => loadCatalog({ teamDir: dir })).toThrow(message);
  });

  it("lets a team add its own flow, and its own steps to a node of Microsoft's", () => {
    const dir = write([
      flow([node('a', {})]),
      {
        id: 'ours-iis',
        extends: 'scep-not-delivered/scep-iis',
        steps: [
          {
            en: 'Our NDES servers are NDES01 and NDES02.',
            ja: '当社の NDES は NDES01 と NDES02 です。',
          },
        ],
        links: ['wiki'],
      },
    ]);
    const ours = loadCatalog({ teamDir: dir });
    expect(ours.flows.get('ours-flow')?.nodes.get('a')?.steps[0]).toMatchObject({ team: true });
    const iis = ours.flows.get('scep-not-delivered')?.nodes.get('scep-iis');
    expect(iis?.steps.at(-1)).toMatchObject({
      en: 'Our NDES servers are NDES01 and NDES02.',
      team: true,
    });
    expect(iis?.links.at(-1)?.url).toBe('https://wiki.fabrikam.example/pki');
  });

  it("shows a team's link on the card first and marked, however many links the step has", () => {
    const dir = write([
      { id: 'ours-no-verify', extends: 'scep-not-delivered/leaf-scep-no-verify', links: ['wiki'] },
    ]);
    const ours = loadCatalog({ teamDir: dir });
    expect(
      ours.flows.get('scep-not-delivered')?.nodes.get('leaf-scep-no-verify')?.links.length
    ).toBeGreaterThan(5);
    const answer = explain('flow:scep-not-delivered:leaf-scep-no-verify', ours);
    if (answer.kind !== 'flow') throw new Error(`expected a flow step, got ${answer.kind}`);
    const card = flowCard(answer);
    expect(card.links).toHaveLength(5);
    expect(card.links[0]).toEqual({
      title: expect.stringMatching(/^★ /),
      url: 'https://wiki.fabrikam.example/pki',
    });
  });
});
