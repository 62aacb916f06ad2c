import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFile, CatalogFileEntry } from '../src/catalog/catalog-file';
import { findProjectRoot } from '../src/files/project-root';

/**
 * Builds catalog/apple.json: the configuration-profile and SCEP error codes of Apple's archived MDM
 * Protocol Reference (data/sources/apple-mdm-error-codes.tsv), each in its error domain (a number
 * of MCSCEPErrorDomain is never a Windows code), with the curated steps and the installer's
 * messages of data/sources/apple-curated.json merged over them.
 *
 *   npm run generate:apple-errors
 */

interface CuratedMessage {
  key: string;
  name: string;
  title: { en: string; ja: string };
  summary: { en: string; ja: string };
  meaning: { en: string; ja: string };
  meaningInferred?: boolean;
  phrases: string[];
  /** The domain code the message matches (our reading): its steps are the message's too. */
  ref: string;
}

interface Curated {
  links: NonNullable<CatalogFile['links']>;
  entries: Record<string, Partial<CatalogFileEntry>>;
  messages: CuratedMessage[];
}

/** The hop each domain's failure sits at: SCEP's talk to the server, the rest on the device. */
const FAULT_AT: Record<string, Array<'device' | 'ndes'>> = {
  MCSCEPErrorDomain: ['device', 'ndes'],
  MCHTTPTransactionErrorDomain: ['device', 'ndes'],
};

function readRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function generatedEntry([domain, code, label]: string[]): CatalogFileEntry {
  return {
    kind: 'code',
    key: `${domain} ${code}`,
    name: `${domain} ${code}: ${label}`,
    severity: 'error',
    hops: { reportedBy: 'device', faultAt: FAULT_AT[domain] ?? ['device'] },
    summary: {
      en: `Apple ${domain} ${code}: ${label}.`,
      ja: `Apple の ${domain} ${code}: 「${label}」。`,
    },
    meaning: {
      en: `An Apple error code (iOS/iPadOS, macOS), in the error domain ${domain}; Apple names it "${label}". It is not a Windows code: the same number means something else there. Apple publishes the codes for information and says they may change between releases.`,
      ja: `Apple (iOS/iPadOS、macOS) のエラー コードで、エラー ドメインは ${domain} です。Apple はこれを「${label}」と呼んでいます。Windows のコードではありません (同じ番号でも意味が異なります)。Apple はこれらのコードを情報として公開しており、リリースによって変わることがあるとしています。`,
    },
    steps: [],
    links: ['apple-mdm-errors'],
    namespace: { kind: 'error-domain', name: domain, code },
    related: intuneReportOf(domain, code),
  };
}

/**
 * Intune reports an iOS/iPadOS SCEP error 220xx as 0x87D17D00 + (code - 22000), with Apple's name
 * as its text (Microsoft's Intune error-code table, the device catalog's entries): the same error.
 */
function intuneReportOf(domain: string, code: string): CatalogFileEntry['related'] {
  const n = Number(code) - 22000;
  if (domain !== 'MCSCEPErrorDomain' || n < 0 || n > 0xff) return undefined;
  const hex = (0x87d17d00 + n).toString(16).toUpperCase();
  return [{ ref: `device:code:0x${hex}` }];
}

function messageEntry(m: CuratedMessage, byKey: Map<string, CatalogFileEntry>): CatalogFileEntry {
  const target = byKey.get(m.ref);
  if (!target) throw new Error(`message ${m.key}: no code ${m.ref}`);
  return {
    kind: 'message',
    key: m.key,
    name: m.name,
    title: m.title,
    severity: 'error',
    hops: target.hops,
    summary: m.summary,
    meaning: m.meaning,
    meaningInferred: m.meaningInferred,
    steps: target.steps ?? [],
    links: target.links,
    phrases: m.phrases,
    related: [{ ref: `apple:code:${m.ref}`, inference: true }],
  };
}

async function main(): Promise<void> {
  const root = findProjectRoot();
  const rows = readRows(join(root, 'data', 'sources', 'apple-mdm-error-codes.tsv'));
  const curated = JSON.parse(
    readFileSync(join(root, 'data', 'sources', 'apple-curated.json'), 'utf8')
  ) as Curated;
  const codes = rows.map((row) => {
    const entry = generatedEntry(row);
    const extra = curated.entries[entry.key];
    return extra
      ? { ...entry, ...extra, links: [...(entry.links ?? []), ...(extra.links ?? [])] }
      : entry;
  });
  const missing = Object.keys(curated.entries).filter((k) => !codes.some((e) => e.key === k));
  if (missing.length) throw new Error(`curated codes not in Apple's list: ${missing.join(', ')}`);
  const byKey = new Map(codes.map((e) => [e.key, e]));
  const entries = [...codes, ...curated.messages.map((m) => messageEntry(m, byKey))];
  const file: CatalogFile = {
    $schema: './catalog.schema.json',
    id: 'apple',
    title: {
      en: 'Apple profile-installation and SCEP errors',
      ja: 'Apple のプロファイルのインストールと SCEP のエラー',
    },
    origin: {
      sources: [
        'Apple, "Mobile Device Management Protocol Reference" (archived developer documentation), section Error Codes: https://developer.apple.com/library/archive/documentation/Miscellaneous/Reference/MobileDeviceManagementProtocolRef/3-MDM_Protocol/MDM_Protocol.html, checked against a public Markdown copy of the table. Kept: the domains that bear on installing certificate, Wi-Fi, VPN and MDM profiles (see data/sources/apple-mdm-error-codes.tsv).',
        'Curated steps and messages: data/sources/apple-curated.json; the Microsoft facts cite the Intune SCEP troubleshooting pages linked in each entry.',
      ],
      generator:
        'scripts/generate-apple-errors.ts from data/sources/apple-mdm-error-codes.tsv and data/sources/apple-curated.json',
      curated: entries.filter((e) => (e.steps ?? []).length > 0).map((e) => e.key),
      namedOnly: entries.filter((e) => (e.steps ?? []).length === 0).map((e) => e.key),
      notes: {
        en: "Labels are Apple's, in English (Apple publishes no Japanese list). The installer's messages are tied to a code by our reading, shown as such. Steps marked inference are ours.",
        ja: 'ラベルは Apple の英語の名前です (Apple は日本語の一覧を公開していません)。インストーラーのメッセージとコードの対応は当方の読み取りで、その旨を示しています。推測と記した手順は当方の推測です。',
      },
    },
    links: curated.links,
    entries,
  };
  const path = join(root, 'catalog', 'apple.json');
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(JSON.stringify(file), { ...options, parser: 'json' }));
  process.stdout.write(
    `catalog/apple.json: ${codes.length} codes in ${new Set(rows.map((r) => r[0])).size} domains, ${curated.messages.length} messages (${file.origin?.curated.length} curated)\n`
  );
}

void main();
