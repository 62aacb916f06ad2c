import type { Language } from '../../catalog/catalog-types';
import { fillPlaceholders } from './phrases';

/** Every fixed sentence the chain sentinel says, in both languages. */
const SENTINEL_PHRASES = {
  kickerAlert: { en: 'Chain sentinel · alert', ja: 'チェーン監視 · アラート' },
  kickerClear: { en: 'Chain sentinel · back to normal', ja: 'チェーン監視 · 正常に戻りました' },
  kickerDigest: { en: 'Chain sentinel · daily digest', ja: 'チェーン監視 · 日次ダイジェスト' },
  kickerWatch: { en: 'Chain sentinel', ja: 'チェーン監視' },
  kickerMonitor: { en: 'Azure Monitor alert · decoded', ja: 'Azure Monitor アラート · 解説' },
  staleTitle: {
    en: 'Connector {name} has not checked in for {minutes} minutes',
    ja: 'コネクタ {name} が {minutes} 分間接続していません',
  },
  staleText: {
    en: 'Intune last heard from this connector at {last}. While it is away, certificate requests it would handle wait or fail.',
    ja: 'Intune がこのコネクタから最後に応答を受けたのは {last} です。接続が戻るまで、このコネクタが処理する証明書要求は待機するか失敗します。',
  },
  notActiveTitle: { en: 'Connector {name} is {state}', ja: 'コネクタ {name} の状態: {state}' },
  notActiveText: {
    en: 'Intune reports this connector as {state}, not active.',
    ja: 'Intune はこのコネクタを {state} (アクティブではない) と報告しています。',
  },
  supersededTitle: {
    en: 'Connector {name} runs {version}: update by {updateBy}',
    ja: 'コネクタ {name} は {version}: {updateBy} までに更新してください',
  },
  supersededText: {
    en: 'A newer release has shipped; the current one is {latest}. Each release is supported for six months after the next one ships.',
    ja: '新しいリリースが公開されています (最新は {latest})。各リリースは、次のリリースの公開から 6 か月間サポートされます。',
  },
  outOfSupportTitle: {
    en: 'Connector {name} runs {version}, out of support since {supportEnded}',
    ja: 'コネクタ {name} の {version} は {supportEnded} にサポートが終了しました',
  },
  outOfSupportText: {
    en: 'Update it to {latest}, the current release. An unsupported connector may keep working until about {worksUntil}, then can stop.',
    ja: '最新リリースの {latest} に更新してください。サポート終了後も {worksUntil} ごろまでは動作する可能性がありますが、その後は動作しなくなる可能性があります。',
  },
  caExpiringTitle: {
    en: 'Cloud PKI CA {name} ends in {days} {days|day|days}',
    ja: 'Cloud PKI の CA {name} の有効期限まであと {days} 日',
  },
  caExpiringText: {
    en: 'Its certificate is valid until {end}. Certificates it issued stop being trusted when it ends: plan the renewal now.',
    ja: 'CA 証明書の有効期限は {end} です。期限が切れると、この CA が発行した証明書は信頼されなくなります。今のうちに更新を計画してください。',
  },
  caNotActiveTitle: {
    en: 'Cloud PKI CA {name} is {status}',
    ja: 'Cloud PKI の CA {name} の状態: {status}',
  },
  caNotActiveText: {
    en: 'Intune reports this CA as {status}, not active: it does not issue certificates.',
    ja: 'Intune はこの CA を {status} (アクティブではない) と報告しています。この CA は証明書を発行しません。',
  },
  permissionTitle: {
    en: 'The bot may not read the chain: grant {permission}',
    ja: 'ボットがチェーンを読み取れません: {permission} を付与してください',
  },
  permissionText: {
    en: 'Microsoft Graph answered {status}. In the Microsoft Entra admin center, open the bot’s app registration › API permissions › Add a permission › Microsoft Graph › Application permissions, add {permission}, then Grant admin consent.',
    ja: 'Microsoft Graph の応答は {status} でした。Microsoft Entra 管理センターでボットのアプリの登録 › [API のアクセス許可] › [アクセス許可の追加] › [Microsoft Graph] › [アプリケーションの許可] を開き、{permission} を追加して [管理者の同意を与えます] を選んでください。',
  },
  clearedTitle: { en: 'Back to normal: {title}', ja: '正常に戻りました: {title}' },
  clearedText: {
    en: 'The last check no longer finds this (open since {opened}).',
    ja: '最新のチェックではこの状態は見つかりません ({opened} から継続していました)。',
  },
  digestTitle: {
    en: '{count} open {count|issue|issues} in the certificate chain',
    ja: '証明書チェーンの未解決の問題: {count} 件',
  },
  digestText: { en: 'Still open on {day}:', ja: '{day} 時点で未解決:' },
  watchTitle: {
    en: 'Watching the certificate chain here',
    ja: 'この会話で証明書チェーンを監視しています',
  },
  watchAgainTitle: {
    en: 'Already watching the certificate chain here',
    ja: 'この会話ではすでに証明書チェーンを監視しています',
  },
  watchText: {
    en: 'I will post here when something starts and once when it is back to normal, and a digest at {hour}:00 ({zone}) while anything is open.',
    ja: '問題が始まったときと、正常に戻ったときに一度だけここに投稿します。未解決の問題があれば、毎日 {hour}:00 ({zone}) にダイジェストを投稿します。',
  },
  checksTitle: { en: 'What I check', ja: 'チェック内容' },
  checkStale: {
    en: 'Every {every}: connectors that have not checked in for {stale} minutes, or are not active',
    ja: '{every} ごと: {stale} 分以上接続していない、またはアクティブでないコネクタ',
  },
  checkVersion: {
    en: 'Connector versions out of support, or due for update (release history)',
    ja: 'サポートが終了した、または更新が必要なコネクタのバージョン (リリース履歴による)',
  },
  checkCa: {
    en: 'Cloud PKI CAs within 30 days of their end, or not active',
    ja: '有効期限まで 30 日以内、またはアクティブでない Cloud PKI の CA',
  },
  checkAlerts: {
    en: 'Azure Monitor alerts sent to this conversation’s webhook, decoded',
    ja: 'この会話の Webhook に送られた Azure Monitor アラート (解説付き)',
  },
  noGraph: {
    en: 'Graph checks are off: set GRAPH_TENANT_ID (and the bot’s credentials), and grant DeviceManagementConfiguration.Read.All.',
    ja: 'Graph のチェックは無効です: GRAPH_TENANT_ID (とボットの資格情報) を設定し、DeviceManagementConfiguration.Read.All を付与してください。',
  },
  otherTenant: {
    en: 'Graph checks read another tenant (GRAPH_TENANT_ID), so only Azure Monitor alerts come here.',
    ja: 'Graph のチェックは別のテナント (GRAPH_TENANT_ID) を読み取るため、この会話には Azure Monitor のアラートのみが届きます。',
  },
  webhookLabel: { en: 'Alert webhook', ja: 'アラート Webhook' },
  webhookTip: {
    en: 'Point an Azure Monitor action group’s webhook (common alert schema on) at this address. Keep it secret: anyone with it can post here. unwatch revokes it.',
    ja: 'Azure Monitor のアクション グループの Webhook (共通アラート スキーマを有効) にこのアドレスを設定してください。このアドレスは秘密にしてください。unwatch で無効になります。',
  },
  unwatchTitle: { en: 'Stopped watching here', ja: 'この会話での監視を停止しました' },
  unwatchText: {
    en: 'No more alerts or digests here, and the alert webhook address no longer works.',
    ja: 'この会話にはアラートもダイジェストも投稿しません。アラート Webhook のアドレスも無効になりました。',
  },
  notWatchingTitle: { en: 'Not watching here', ja: 'この会話は監視していません' },
  notWatchingText: { en: 'Send watch to start.', ja: '開始するには watch と送信してください。' },
  healthTitle: { en: 'Certificate chain: {summary}', ja: '証明書チェーン: {summary}' },
  healthOk: { en: 'all clear', ja: '問題なし' },
  healthOpen: { en: '{count} open {count|issue|issues}', ja: '未解決の問題 {count} 件' },
  healthNoGraphTitle: {
    en: 'Chain checks are not set up',
    ja: 'チェーンのチェックが設定されていません',
  },
  healthNoGraphText: {
    en: 'To let me read the connectors and Cloud PKI: set GRAPH_TENANT_ID to your tenant id and give the bot its credentials (MicrosoftAppId with a secret, or a managed identity), then grant the application permission DeviceManagementConfiguration.Read.All (and DeviceManagementCloudCA.Read.All for Cloud PKI) with admin consent. Azure Monitor alerts work without this: send watch.',
    ja: 'コネクタと Cloud PKI を読み取るには: GRAPH_TENANT_ID にテナント ID を設定し、ボットに資格情報 (MicrosoftAppId とシークレット、またはマネージド ID) を与え、アプリケーションの許可 DeviceManagementConfiguration.Read.All (Cloud PKI には DeviceManagementCloudCA.Read.All) を管理者の同意付きで付与してください。Azure Monitor のアラートはこの設定なしで使えます: watch と送信してください。',
  },
  healthNotYet: { en: 'No check has finished yet.', ja: 'まだチェックが完了していません。' },
  healthFailed: {
    en: 'The last check could not read Graph ({reason}); alerts stay as they were until a check succeeds.',
    ja: '最新のチェックでは Graph を読み取れませんでした ({reason})。チェックが成功するまでアラートの状態は変わりません。',
  },
  healthChecked: {
    en: 'Last check {at}: {connectors} {connectors|connector|connectors}, {cas} Cloud PKI {cas|CA|CAs}.',
    ja: '最新のチェック {at}: コネクタ {connectors} 台、Cloud PKI の CA {cas} 個。',
  },
  cloudPkiDenied: {
    en: 'Cloud PKI was not readable: grant DeviceManagementCloudCA.Read.All to include it.',
    ja: 'Cloud PKI を読み取れませんでした: 含めるには DeviceManagementCloudCA.Read.All を付与してください。',
  },
  openSince: { en: 'since {at}', ja: '{at} から' },
  factMachine: { en: 'Server', ja: 'サーバー' },
  factLast: { en: 'Last connection', ja: '最終接続' },
  factState: { en: 'State', ja: '状態' },
  factVersion: { en: 'Version', ja: 'バージョン' },
  factLatest: { en: 'Current release', ja: '最新リリース' },
  factEnd: { en: 'Valid until', ja: '有効期限' },
  factRule: { en: 'Alert rule', ja: 'アラート ルール' },
  factSeverity: { en: 'Severity', ja: '重大度' },
  factFired: { en: 'Fired', ja: '発生' },
  factResolved: { en: 'Resolved', ja: '解決' },
  factComputer: { en: 'Computer', ja: 'コンピューター' },
  factEvent: { en: 'Event', ja: 'イベント' },
  factCount: { en: 'Matches', ja: '一致件数' },
  monitorFiredTitle: { en: '{rule} fired', ja: '{rule} が発生しました' },
  monitorResolvedTitle: { en: 'Resolved: {rule}', ja: '解決済み: {rule}' },
  monitorText: {
    en: 'Azure Monitor raised this alert; what the event means follows.',
    ja: 'Azure Monitor がこのアラートを発行しました。イベントの意味は次のとおりです。',
  },
  monitorResolvedText: {
    en: 'Azure Monitor says the condition no longer holds.',
    ja: 'Azure Monitor によると、この状態は解消されました。',
  },
  buttonHealth: { en: 'Health check', ja: '正常性の確認' },
  buttonProxy: { en: 'Proxy and network', ja: 'プロキシとネットワーク' },
  buttonUpdates: { en: 'Updates and support', ja: '更新とサポート' },
  buttonSignIn: { en: 'Connector sign-in', ja: 'コネクタのサインイン' },
  webhookNeedsBase: {
    en: 'Set PUBLIC_BASE_URL to the bot’s public https address, then send watch again to see it.',
    ja: 'PUBLIC_BASE_URL にボットの公開 https アドレスを設定してから、もう一度 watch と送信してください。',
  },
  storeDown: {
    en: 'I cannot reach my alert store right now, so watch, unwatch and health must wait; questions still work. Try again in a few minutes.',
    ja: '現在アラートの保存先に接続できないため、watch、unwatch、health は実行できません。質問には引き続きお答えします。数分後にもう一度お試しください。',
  },
  linkConnectors: { en: 'Certificate connectors', ja: '証明書コネクタ' },
  linkCloudPki: { en: 'Cloud PKI', ja: 'Cloud PKI' },
} as const;

export type SentinelPhraseKey = keyof typeof SENTINEL_PHRASES;

export function sentinelPhrase(
  language: Language,
  key: SentinelPhraseKey,
  values: Record<string, string | number> = {}
): string {
  return fillPlaceholders(SENTINEL_PHRASES[key][language], values);
}
