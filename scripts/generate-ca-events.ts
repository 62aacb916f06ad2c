import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFile, CatalogFileEntry } from '../src/catalog/catalog-file';
import { findProjectRoot } from '../src/files/project-root';

/**
 * Builds catalog/ca-events.json: the CA's own events. Every audit event of Microsoft's "Audit
 * Certification Services" list (data/sources/ca-audit-events.tsv), named from the list, and the
 * curated operational events of data/sources/ca-curated.json (the service won't start, the CA
 * certificate or its chain can't be loaded, CRL and key-archival problems) with their sources.
 *
 *   npm run generate:ca-events
 */

interface Curated {
  links: NonNullable<CatalogFile['links']>;
  entries: CatalogFileEntry[];
}

/** Japanese for the audit list's texts: our translation (Microsoft's Japanese page is not in the sources). */
const AUDIT_JA: Record<string, string> = {
  '4868': '証明書マネージャーが保留中の証明書要求を拒否しました。',
  '4869': '証明書サービスが再送信された証明書要求を受け取りました。',
  '4870': '証明書サービスが証明書を失効させました。',
  '4871': '証明書サービスが証明書失効リスト (CRL) の公開要求を受け取りました。',
  '4872': '証明書サービスが証明書失効リスト (CRL) を公開しました。',
  '4873': '証明書要求の拡張機能が変更されました。',
  '4874': '証明書要求の属性が変更されました。',
  '4875': '証明書サービスがシャットダウン要求を受け取りました。',
  '4876': '証明書サービスのバックアップが開始されました。',
  '4877': '証明書サービスのバックアップが完了しました。',
  '4878': '証明書サービスの復元が開始されました。',
  '4879': '証明書サービスの復元が完了しました。',
  '4880': '証明書サービスが開始されました。',
  '4881': '証明書サービスが停止しました。',
  '4882': '証明書サービスのセキュリティのアクセス許可が変更されました。',
  '4883': '証明書サービスがアーカイブされたキーを取得しました。',
  '4884': '証明書サービスが証明書をデータベースにインポートしました。',
  '4885': '証明書サービスの監査フィルターが変更されました。',
  '4886': '証明書サービスが証明書要求を受け取りました。',
  '4887': '証明書サービスが証明書要求を承認し、証明書を発行しました。',
  '4888': '証明書サービスが証明書要求を拒否しました。',
  '4889': '証明書サービスが証明書要求の状態を保留中にしました。',
  '4890': '証明書サービスの証明書マネージャーの設定が変更されました。',
  '4891': '証明書サービスの構成エントリが変更されました。',
  '4892': '証明書サービスのプロパティが変更されました。',
  '4893': '証明書サービスがキーをアーカイブしました。',
  '4894': '証明書サービスがキーをインポートしてアーカイブしました。',
  '4895': '証明書サービスが CA 証明書を Active Directory ドメイン サービスに公開しました。',
  '4896': '証明書データベースから行が削除されました。',
  '4897': '役割の分離が有効になりました。',
  '4898': '証明書サービスがテンプレートを読み込みました。',
};

function readRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function auditEntry([id, severity, text]: string[]): CatalogFileEntry {
  const ja = AUDIT_JA[id];
  if (!ja) throw new Error(`audit event ${id}: no Japanese text`);
  return {
    kind: 'event',
    key: id,
    name: `CertificationServices_Audit_${id}`,
    severity: severity as 'info' | 'warning',
    hops: { reportedBy: 'ca', faultAt: severity === 'warning' ? ['ca'] : [] },
    log: 'Security',
    providers: ['Microsoft-Windows-Security-Auditing'],
    summary: { en: `CA audit event ${id}: ${text}`, ja: `CA の監査イベント ${id}: ${ja}` },
    meaning: {
      en: `An audit record of the CA in the Security log (Audit Certification Services), written only when CA auditing is enabled: ${text[0].toLowerCase()}${text.slice(1)} An Intune request through the connector appears here like any other request.`,
      ja: `CA の監査記録で、セキュリティ ログ (証明書サービスの監査) に、CA の監査が有効な場合にだけ記録されます: ${ja}コネクタ経由の Intune の要求も、ほかの要求と同じようにここに記録されます。`,
    },
    steps: [],
    links: ['audit-cs'],
  };
}

async function main(): Promise<void> {
  const root = findProjectRoot();
  const rows = readRows(join(root, 'data', 'sources', 'ca-audit-events.tsv'));
  const curated = JSON.parse(
    readFileSync(join(root, 'data', 'sources', 'ca-curated.json'), 'utf8')
  ) as Curated;
  const entries = [...curated.entries, ...rows.map(auditEntry)];
  const file: CatalogFile = {
    $schema: './catalog.schema.json',
    id: 'ca-events',
    title: { en: 'Certification authority (CertSvc) events', ja: '証明機関 (CertSvc) のイベント' },
    origin: {
      sources: [
        'Microsoft, "Audit Certification Services" (MicrosoftDocs/windows-itpro-docs, commit 30a06ce6): every audit event 4868-4898, with Microsoft\'s texts (data/sources/ca-audit-events.tsv).',
        'Operational events: Microsoft KB 842210 (event 42), Microsoft Learn "Certificate Services can\'t start" (event 100); events 28, 48, 83 and 127 from community pages (gradenegger.eu, a mirror of Microsoft\'s AD CS 2016 management pack), labelled as such.',
      ],
      generator:
        'scripts/generate-ca-events.ts from data/sources/ca-audit-events.tsv and data/sources/ca-curated.json',
      curated: entries.filter((e) => (e.steps ?? []).length > 0).map((e) => e.key),
      namedOnly: entries.filter((e) => (e.steps ?? []).length === 0).map((e) => e.key),
      notes: {
        en: "The audit events' Japanese texts are our translation; the operational events' Japanese phrases are Windows' Japanese event texts as Microsoft's Japanese pages quote them. Not every operational CertSvc event is here: Microsoft publishes no complete list of them.",
        ja: '監査イベントの日本語は当方の翻訳です。運用イベントの日本語のフレーズは、Microsoft の日本語ページが引用している Windows の日本語のイベント テキストです。CertSvc の運用イベントのすべてがあるわけではありません。Microsoft は完全な一覧を公開していません。',
      },
    },
    providers: ['Microsoft-Windows-CertificationAuthority', 'CertificationAuthority', 'CertSvc'],
    links: curated.links,
    entries,
  };
  const path = join(root, 'catalog', 'ca-events.json');
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(JSON.stringify(file), { ...options, parser: 'json' }));
  process.stdout.write(
    `catalog/ca-events.json: ${curated.entries.length} operational events, ${rows.length} audit events (${file.origin?.curated.length} curated)\n`
  );
}

void main();
