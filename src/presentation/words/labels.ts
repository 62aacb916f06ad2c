import type {
  CodeContext,
  DeploymentPath,
  EntryKind,
  Hop,
  Language,
  Severity,
} from '../../catalog/catalog-types';
import type { LogFormat, WindowsCodeView } from '../../engine';

type Labels<K extends string> = Readonly<Record<K, Readonly<Record<Language, string>>>>;

/** Names of the things the engine returns as values, in both languages. */
const SEVERITY: Labels<Severity> = {
  success: { en: 'Success', ja: '成功' },
  info: { en: 'Information', ja: '情報' },
  warning: { en: 'Warning', ja: '警告' },
  error: { en: 'Error', ja: 'エラー' },
};
const KIND: Labels<EntryKind> = {
  event: { en: 'Event', ja: 'イベント' },
  code: { en: 'Code', ja: 'コード' },
  message: { en: 'Message', ja: 'メッセージ' },
  topic: { en: 'How-to', ja: '操作方法' },
};
const HOP: Labels<Hop> = {
  device: { en: 'Device', ja: 'デバイス' },
  intune: { en: 'Intune', ja: 'Intune' },
  connector: { en: 'Connector', ja: 'コネクタ' },
  ndes: { en: 'NDES/IIS', ja: 'NDES/IIS' },
  ca: { en: 'CA', ja: 'CA' },
};
const CONTEXT: Labels<CodeContext> = {
  setup: { en: 'connector setup', ja: 'コネクタのセットアップ' },
  signin: { en: 'connector sign-in', ja: 'コネクタのサインイン' },
  device: { en: 'a device', ja: 'デバイス' },
  ndes: { en: 'NDES/IIS', ja: 'NDES/IIS' },
  ca: { en: 'the CA', ja: '証明機関 (CA)' },
  runtime: { en: 'the running connector', ja: '実行中のコネクタ' },
  intune: { en: "Intune's cloud service", ja: 'Intune のクラウド サービス' },
};
const PATH: Labels<DeploymentPath> = {
  scep: { en: 'SCEP/NDES', ja: 'SCEP/NDES' },
  pkcs: { en: 'PKCS', ja: 'PKCS' },
  'pfx-import': { en: 'PFX import', ja: 'PFX インポート' },
};
const FAMILY: Labels<WindowsCodeView['family'] | 'win32' | 'winhttp' | 'http'> = {
  hresult: { en: 'HRESULT', ja: 'HRESULT' },
  win32: { en: 'Win32 error', ja: 'Win32 エラー' },
  winhttp: { en: 'WinHTTP error', ja: 'WinHTTP エラー' },
  certsrv: { en: 'Certificate Services', ja: '証明書サービス' },
  crypto: { en: 'cryptography and trust', ja: '暗号化と信頼' },
  smartcard: { en: 'smart card', ja: 'スマート カード' },
  intune: { en: 'Intune device status', ja: 'Intune のデバイスの状態' },
  dotnet: { en: '.NET exception', ja: '.NET の例外' },
  http: { en: 'HTTP status', ja: 'HTTP 状態' },
};
const FORMAT: Labels<LogFormat> = {
  'event-viewer-text': { en: 'Event Viewer text', ja: 'イベント ビューアーのテキスト' },
  'event-viewer-export': {
    en: 'Event Viewer CSV/text file',
    ja: 'イベント ビューアーの CSV/テキスト ファイル',
  },
  'event-xml': { en: 'Event Viewer XML', ja: 'イベント ビューアーの XML' },
  'trace-xml': { en: 'service trace log', ja: 'サービス トレース ログ' },
  'get-winevent-table': { en: 'Get-WinEvent table', ja: 'Get-WinEvent の表' },
  'get-eventlog-table': { en: 'Get-EventLog table', ja: 'Get-EventLog の表' },
  'powershell-list': { en: 'PowerShell list', ja: 'PowerShell の一覧' },
  iis: { en: 'IIS log', ja: 'IIS ログ' },
  'ndes-plugin': { en: 'NDESPlugin.log', ja: 'NDESPlugin.log' },
  evtx: { en: 'Event Viewer .evtx file', ja: 'イベント ビューアーの .evtx ファイル' },
  'text-log': { en: 'text log', ja: 'テキスト ログ' },
};

export const severityLabel = (lang: Language, s: Severity) => SEVERITY[s][lang];
export const kindLabel = (lang: Language, k: EntryKind) => KIND[k][lang];
export const hopLabel = (lang: Language, h: Hop) => HOP[h][lang];
export const contextLabel = (lang: Language, c: CodeContext) => CONTEXT[c][lang];
export const pathLabel = (lang: Language, p: DeploymentPath) => PATH[p][lang];
export const familyLabel = (lang: Language, f: keyof typeof FAMILY) => FAMILY[f][lang];
export const formatLabel = (lang: Language, f: LogFormat) => FORMAT[f][lang];

const LEVEL_NAMES: ReadonlyMap<string, Severity | 'critical' | 'verbose'> = new Map([
  ['information', 'info'],
  ['warning', 'warning'],
  ['error', 'error'],
  ['critical', 'critical'],
  ['verbose', 'verbose'],
] as const);
const OTHER_LEVELS: Labels<'critical' | 'verbose'> = {
  critical: { en: 'Critical', ja: '重大' },
  verbose: { en: 'Verbose', ja: '詳細' },
};

/** A record's level as the answer's language names it; a level this does not know stays as written. */
export function levelLabel(lang: Language, level: string): string {
  const known = LEVEL_NAMES.get(level.trim().toLowerCase());
  if (!known) return level;
  return known === 'critical' || known === 'verbose'
    ? OTHER_LEVELS[known][lang]
    : SEVERITY[known][lang];
}
