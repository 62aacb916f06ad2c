import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFile, CatalogFileEntry } from '../src/catalog/catalog-file';
import { findProjectRoot } from '../src/files/project-root';

/**
 * Builds catalog/iis-status.json: every IIS substatus Microsoft lists in "HTTP status codes in IIS"
 * (data/sources/iis-status-codes.tsv, checked against the SupportArticles-docs page), named and
 * explained from the list, with the curated entries of data/sources/iis-curated.json merged over
 * them. A substatus `.0` of a status the windows catalog curates (500.0, 503.0) stays an alias there.
 *
 *   npm run generate:iis-status
 */

interface Curated {
  links: NonNullable<CatalogFile['links']>;
  entries: Record<string, Partial<CatalogFileEntry>>;
}

const REASONS: Record<string, { en: string; ja: string }> = {
  '400': { en: 'Bad Request', ja: '不正な要求' },
  '401': { en: 'Unauthorized', ja: 'アクセス拒否' },
  '403': { en: 'Forbidden', ja: '禁止' },
  '404': { en: 'Not Found', ja: '見つかりません' },
  '405': { en: 'Method Not Allowed', ja: 'メソッドが許可されていません' },
  '406': { en: 'Not Acceptable', ja: '受け入れられません' },
  '412': { en: 'Precondition Failed', ja: '前提条件が満たされていません' },
  '413': { en: 'Content Too Large', ja: '要求エンティティが大きすぎます' },
  '500': { en: 'Internal Server Error', ja: '内部サーバー エラー' },
  '502': { en: 'Bad Gateway', ja: '不正なゲートウェイ' },
  '503': { en: 'Service Unavailable', ja: 'サービス利用不可' },
};

/** Sentences said of every substatus of a status, from the same page. */
const STATUS_NOTES: Record<string, { en: string; ja: string }> = {
  '401': {
    en: ' IIS shows 401 substatuses to the browser; the IIS log does not record them.',
    ja: 'IIS は 401 のサブステータスをブラウザーに表示しますが、IIS ログには記録しません。',
  },
  '403': {
    en: ' A failure of this request: only a browser test of mscep.dll expects a plain 403.',
    ja: 'この要求の失敗です。想定どおりの 403 は、ブラウザーで mscep.dll を確認したときの通常の 403 だけです。',
  },
};

function readRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function generatedEntry(row: string[]): CatalogFileEntry {
  const [code, labelEn, labelJa, , noteEn, noteJa] = row;
  const status = code.split('.')[0];
  const reason = REASONS[status];
  const statusNote = STATUS_NOTES[status] ?? { en: '', ja: '' };
  const detail = {
    en: `IIS's detail of HTTP ${status} ${reason.en}, written in the sc-substatus column of the IIS log and on the detailed error page.`,
    ja: `HTTP ${status} (${reason.ja}) の IIS による詳細で、IIS ログの sc-substatus 列と詳細エラー ページに示されます。`,
  };
  return {
    kind: 'code',
    key: `HTTP ${code}`,
    name: `IIS ${code}: ${labelEn}`,
    severity: 'error',
    hops: { reportedBy: 'ndes', faultAt: ['ndes'] },
    summary: { en: `IIS ${code}: ${labelEn}.`, ja: `IIS ${code}: ${labelJa}。` },
    meaning: {
      en: `${noteEn ? `${noteEn} ` : ''}${detail.en}${statusNote.en} Microsoft documents no NDES-specific cause for this substatus.`,
      ja: `${noteJa ?? ''}${detail.ja}${statusNote.ja}このサブステータスについて、NDES 固有の原因は Microsoft の資料にありません。`,
    },
    steps: [],
    links: ['iis-status'],
    phrases: [`HTTP Error ${code}`, `HTTP ${code}`],
  };
}

async function main(): Promise<void> {
  const root = findProjectRoot();
  const rows = readRows(join(root, 'data', 'sources', 'iis-status-codes.tsv'));
  const curated = JSON.parse(
    readFileSync(join(root, 'data', 'sources', 'iis-curated.json'), 'utf8')
  ) as Curated;
  const entries = rows.map((row) => {
    const entry = generatedEntry(row);
    const extra = curated.entries[row[0]];
    return extra
      ? { ...entry, ...extra, phrases: [...(entry.phrases ?? []), ...(extra.phrases ?? [])] }
      : entry;
  });
  const missing = Object.keys(curated.entries).filter((k) => !rows.some((r) => r[0] === k));
  if (missing.length) throw new Error(`curated codes not in the IIS list: ${missing.join(', ')}`);
  const file: CatalogFile = {
    $schema: './catalog.schema.json',
    id: 'iis-status',
    title: { en: 'IIS status codes with substatus', ja: 'IIS の状態コードとサブステータス' },
    origin: {
      sources: [
        'Microsoft, "HTTP status codes in IIS" (KB 943891), https://learn.microsoft.com/troubleshoot/developer/webapps/iis/www-administration-management/http-status-code, checked against MicrosoftDocs/SupportArticles-docs commit 287e52be (ms.date 02/16/2023): every substatus it lists.',
        'Curated next steps: the Microsoft Learn pages named in each curated entry (KB 942061, KB 2802568, KB 942055, the Intune SCEP troubleshooting pages).',
      ],
      generator:
        'scripts/generate-iis-status.ts from data/sources/iis-status-codes.tsv and data/sources/iis-curated.json',
      curated: entries.filter((e) => (e.steps ?? []).length > 0).map((e) => e.key),
      namedOnly: entries.filter((e) => (e.steps ?? []).length === 0).map((e) => e.key),
      notes: {
        en: "Labels are IIS's own short names; notes are our words. Japanese labels are Microsoft's wording only for 403.7 and 403.16 (ja-jp KB 2802568, KB 942061); the others are our translation. 500.0 and 503.0 are aliases of the windows catalog's curated HTTP 500 and HTTP 503. Steps marked inference tie a substatus to the legacy connector's client authentication certificate, which no source does directly.",
        ja: 'ラベルは IIS 自身の短い名前で、説明は当方の文言です。日本語のラベルが Microsoft の文言なのは 403.7 と 403.16 (ja-jp の KB 2802568、KB 942061) だけで、ほかは当方の翻訳です。500.0 と 503.0 は windows カタログの HTTP 500 と HTTP 503 の別名です。推測と記した手順は、サブステータスを以前のコネクタのクライアント認証証明書に結び付けるもので、直接そう述べる資料はありません。',
      },
    },
    links: curated.links,
    entries,
  };
  const path = join(root, 'catalog', 'iis-status.json');
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(JSON.stringify(file), { ...options, parser: 'json' }));
  process.stdout.write(
    `catalog/iis-status.json: ${entries.length} substatus codes (${file.origin?.curated.length} curated)\n`
  );
}

void main();
