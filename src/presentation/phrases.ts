import type { Language } from '../catalog/catalog-types';

/** Every fixed sentence the answers, cards and CLI show, in both languages. */
const PHRASES = {
  helpTitle: { en: 'Connector Decoder', ja: 'Connector Decoder' },
  welcomeTitle: { en: 'Hi, I am Connector Decoder', ja: 'Connector Decoder です' },
  helpIntro: {
    en: "I explain the Intune certificate connector's events and diagnostic codes. Ask about a code, an event or a name, or paste an event from Event Viewer.",
    ja: 'Intune Certificate Connector のイベントと診断コードを説明します。コード、イベント、名前について質問するか、イベント ビューアーのイベントを貼り付けてください。',
  },
  helpShort: {
    en: 'Connector Decoder: ask about a code, an event or a name, or paste an event.',
    ja: 'Connector Decoder: コード、イベント、名前について質問するか、イベントを貼り付けてください。',
  },
  helpTry: { en: 'Try one of these', ja: 'たとえば' },
  helpPaste: {
    en: 'To paste an event: in Event Viewer select it, choose Copy > Copy details as text, and paste the result here.',
    ja: 'イベントを貼り付けるには、イベント ビューアーでイベントを選び、[コピー] > [詳細をテキストとしてコピー] を選んでここに貼り付けます。',
  },
  meaning: { en: 'What it means', ja: '意味' },
  nextSteps: { en: 'Next steps', ja: '次のステップ' },
  suggestion: { en: 'Suggestion', ja: '提案' },
  suggestionNote: {
    en: 'not stated by Microsoft; our inference',
    ja: 'Microsoft の記載ではなく推定です',
  },
  meaningInferredNote: {
    en: 'Microsoft documents only the name of this event; this meaning is read from the name.',
    ja: 'Microsoft はこのイベントの名前のみを公開しています。この意味は名前から読み取ったものです。',
  },
  teamNote: { en: 'from your team', ja: 'チームの追加情報' },
  relatedCodes: { en: 'Diagnostic codes of this event', ja: 'このイベントの診断コード' },
  relatedEvents: { en: 'Events that report this code', ja: 'このコードを記録するイベント' },
  relatedOther: { en: 'Related', ja: '関連' },
  relatedSuggested: {
    en: "Closest in today's connector (suggestion)",
    ja: '現行コネクタの近いイベント (提案)',
  },
  learnMore: { en: 'Learn more', ja: '詳細' },
  andMore: { en: 'and {count} more', ja: 'ほか {count} 件' },
  moreItems: {
    en: '{count} more items were not shown.',
    ja: 'ほかに {count} 件は表示していません。',
  },
  notInCatalog: { en: '{token} is not in the catalog.', ja: '{token} はカタログにありません。' },
  notFoundTitle: { en: 'Not in the catalog', ja: 'カタログにありません' },
  notInCatalogHint: { en: 'Nearest real entries:', ja: '近いエントリ:' },
  didYouMean: { en: 'Did you mean one of these for {token}?', ja: '{token} はこちらのことですか?' },
  nothingFound: {
    en: 'I did not find an event, a code or a known name in your message.',
    ja: 'メッセージの中にイベント、コード、既知の名前が見つかりませんでした。',
  },
  nothingInPaste: {
    en: 'I could not find a connector event or code in what you pasted.',
    ja: '貼り付けられた内容にコネクタのイベントやコードが見つかりませんでした。',
  },
  resultsTitle: { en: 'What I found', ja: '見つかった項目' },
  ambiguous: {
    en: 'This number means different things in different catalogs.',
    ja: 'この番号はカタログによって意味が異なります。',
  },
  severity_success: { en: 'Success', ja: '成功' },
  severity_info: { en: 'Information', ja: '情報' },
  severity_warning: { en: 'Warning', ja: '警告' },
  severity_error: { en: 'Error', ja: 'エラー' },
  kind_event: { en: 'Event', ja: 'イベント' },
  kind_code: { en: 'Code', ja: 'コード' },
  showDetails: { en: 'Details', ja: '詳細' },
  logTitle: { en: 'Log diagnosis', ja: 'ログの診断' },
  logSummary: {
    en: '{records} records read ({format}); {findings} distinct findings.',
    ja: '{records} 件のレコードを読み取りました ({format})。異なる結果は {findings} 件です。',
  },
  seen: { en: 'seen {count}×', ja: '{count} 回' },
  firstLast: { en: 'first {first}, last {last}', ja: '最初 {first}、最後 {last}' },
  computer: { en: 'Computer', ja: 'コンピューター' },
  time: { en: 'Time', ja: '時刻' },
  level: { en: 'Level', ja: 'レベル' },
  deviceId: { en: 'Device ID', ja: 'デバイス ID' },
  caName: { en: 'CA', ja: 'CA' },
  template: { en: 'Template', ja: 'テンプレート' },
  thumbprint: { en: 'Thumbprint', ja: 'サムプリント' },
  source: { en: 'Source', ja: 'ソース' },
  with: { en: 'with', ja: '+' },
  inputCut: {
    en: 'Your message was longer than I read; only the first {size} were checked.',
    ja: 'メッセージが長すぎるため、最初の {size} のみ確認しました。',
  },
  catalog: { en: 'Catalog', ja: 'カタログ' },
  toggleLanguage: { en: '日本語で表示', ja: 'Show in English' },
  helpfulQuestion: { en: 'Was this helpful?', ja: '役に立ちましたか?' },
  helpfulYes: { en: 'Yes', ja: 'はい' },
  helpfulNo: { en: 'No', ja: 'いいえ' },
  feedbackThanks: { en: 'Thanks for your feedback.', ja: 'フィードバックありがとうございます。' },
  turnError: {
    en: 'Sorry, something went wrong on my side while answering. Reference: {id}',
    ja: '申し訳ありません。回答中にこちら側でエラーが発生しました。参照 ID: {id}',
  },
} as const;

export type PhraseKey = keyof typeof PHRASES;

/** A fixed sentence in the given language, with `{name}` placeholders filled in. */
export function phrase(
  language: Language,
  key: PhraseKey,
  values: Record<string, string | number> = {}
): string {
  let text: string = PHRASES[key][language];
  for (const [name, value] of Object.entries(values))
    text = text.split(`{${name}}`).join(String(value));
  return text;
}

/** Examples shown by help and welcome; each is a real query that the engine answers. */
export function helpExamples(language: Language): string[] {
  return language === 'ja'
    ? [
        '0x411 とは',
        'イベント 20502',
        'CRPSCEPChallenge_Expired',
        'チャレンジ 期限切れ',
        '0x403 と 0x404 の違い',
      ]
    : [
        'what is 0x411',
        'event 20502',
        'CRPSCEPChallenge_Expired',
        'challenge expired',
        '0x403 vs 0x404?',
      ];
}
