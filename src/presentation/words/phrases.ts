import type { Language } from '../../catalog/catalog-types';

/** Every fixed sentence the answers, cards and CLI show, in both languages. */
const PHRASES = {
  helpTitle: { en: 'Connector Decoder', ja: 'Connector Decoder' },
  welcomeTitle: { en: 'Hi, I am Connector Decoder', ja: 'Connector Decoder です' },
  helpIntro: {
    en: 'I explain what Intune certificate delivery shows along the chain: device status and events, the certificate connector, NDES and IIS, and the CA. Send me a code, an event ID, an error message or a pasted log.',
    ja: 'Intune の証明書の配布で、デバイスの状態とイベント、証明書コネクタ、NDES と IIS、証明機関 (CA) に表示される内容を説明します。コード、イベント ID、エラー メッセージ、またはログを貼り付けて送信してください。',
  },
  helpShort: {
    en: 'Connector Decoder: send a code, an event ID, an error message or a pasted log.',
    ja: 'Connector Decoder: コード、イベント ID、エラー メッセージ、またはログを送信してください。',
  },
  helpTry: { en: 'Try one of these', ja: 'たとえば' },
  helpPaste: {
    en: 'To paste an event: in Event Viewer select it, choose Copy > Copy details as text, and paste the result here.',
    ja: 'イベントを貼り付けるには、イベント ビューアーでイベントを選び、[コピー] > [詳細をテキストとしてコピー] を選んでここに貼り付けます。',
  },
  vagueTitle: { en: 'What should I look at?', ja: 'どの情報を確認しますか?' },
  vagueIntro: {
    en: 'I did not find a code, an event ID or a message I know in your message. Send what the failing part shows: an error code (0x80094800, -2016281112), an event ID with its log, the error text, or paste the event or log lines.',
    ja: 'メッセージの中に、既知のコード、イベント ID、メッセージが見つかりませんでした。失敗している箇所に表示される内容を送信してください。エラー コード (0x80094800、-2016281112 など)、イベント ID とそのログ、エラーの文字列、またはイベントやログの行を貼り付けてください。',
  },
  closestTitle: { en: 'Closest matches', ja: '近い候補' },
  closestNote: {
    en: 'Only the words of your message match these: no code, event or message was recognized, so check that they fit.',
    ja: 'メッセージの単語が一致しただけで、コード、イベント、メッセージは特定できていません。内容が当てはまるか確認してください。',
  },
  closestLabel: {
    en: 'closest match: only your words match it',
    ja: '近い候補: 単語が一致しただけです',
  },
  meaning: { en: 'What it means', ja: '意味' },
  nextSteps: { en: 'Next steps', ja: '次のステップ' },
  suggestion: { en: 'Suggestion', ja: '提案' },
  suggestionNote: {
    en: 'not stated by Microsoft; our inference',
    ja: 'Microsoft の記載ではなく推定です',
  },
  communityNote: {
    en: 'from a community source, not Microsoft',
    ja: 'Microsoft ではなくコミュニティの情報です',
  },
  communityLink: { en: 'community', ja: 'コミュニティ' },
  communityEntry: {
    en: 'Microsoft does not document this. The facts here come from a community source; treat them with care.',
    ja: 'Microsoft はこの内容を公開していません。ここに記載した内容はコミュニティの情報に基づいているため、注意して扱ってください。',
  },
  meaningInferredNote: {
    en: 'Its source documents only the name or text of this; the meaning is read from it.',
    ja: '資料にはこの名前または文字列しかありません。意味はそこから読み取ったものです。',
  },
  minVersion: {
    en: 'Applies from Certificate Connector {version}.',
    ja: 'Certificate Connector {version} 以降が対象です。',
  },
  olderConnector: {
    en: 'Your connector {yours} is older than that: update it first.',
    ja: 'お使いのコネクタ {yours} はそれより古いため、先に更新してください。',
  },
  teamNote: { en: 'from your team', ja: 'チームの追加情報' },
  chainReported: { en: 'Reported by: {hop}', ja: '記録元: {hop}' },
  chainFault: { en: 'Usually at fault: {hops}', ja: '主な原因の箇所: {hops}' },
  chainNoFault: {
    en: 'Nothing is at fault: this reports progress or a success.',
    ja: '問題はありません。進行状況または成功を示す情報です。',
  },
  contextHere: {
    en: 'Meaning when it appears in {context}',
    ja: '{context} で表示された場合の意味',
  },
  contextGuess: {
    en: 'Read from the words and log around the code; pick another place below if that is wrong.',
    ja: 'コードの前後の単語やログから判断しました。違う場合は、下から別の場所を選んでください。',
  },
  contextChoose: {
    en: 'This code means different things depending on where it appears. Pick where you saw it:',
    ja: 'このコードは、表示された場所によって意味が異なります。表示された場所を選んでください:',
  },
  contextOthers: { en: 'It means something else in:', ja: 'ほかの場所での意味:' },
  relatedCodes: { en: 'Diagnostic codes of this event', ja: 'このイベントの診断コード' },
  relatedEvents: { en: 'Events that report this code', ja: 'このコードを記録するイベント' },
  relatedOther: { en: 'Related', ja: '関連' },
  relatedSuggested: { en: 'Possibly related (our suggestion)', ja: '関連の可能性 (提案)' },
  learnMore: { en: 'Learn more', ja: '詳細' },
  andMore: { en: 'and {count} more', ja: 'ほか {count} 件' },
  moreItems: {
    en: '{count} more items were not shown.',
    ja: 'ほかに {count} 件は表示していません。',
  },
  notInCatalog: { en: '{token} is not in the catalog.', ja: '{token} はカタログにありません。' },
  notInCatalogMany: {
    en: '{tokens} are not in the catalog.',
    ja: '{tokens} はカタログにありません。',
  },
  notFoundTitle: { en: 'Not in the catalog', ja: 'カタログにありません' },
  notInCatalogHint: { en: 'Nearest real entries of the same kind:', ja: '同じ種類で近いエントリ:' },
  didYouMean: { en: 'Did you mean one of these for {token}?', ja: '{token} はこちらのことですか?' },
  windowsTitle: { en: 'Generic Windows meaning', ja: 'Windows の一般的な意味' },
  windowsNote: {
    en: 'Not in our curated catalog: this is the generic meaning Windows gives the code, decoded by its family.',
    ja: '厳選したカタログにはないため、コードの種類から読み取った Windows の一般的な意味を表示しています。',
  },
  windowsMessage: { en: 'Windows message: "{text}"', ja: 'Windows のメッセージ: 「{text}」' },
  windowsDescription: {
    en: 'Microsoft describes it as: "{text}"',
    ja: 'Microsoft の説明: 「{text}」',
  },
  windowsCarries: {
    en: 'It carries {family} {number}{name}: {text}',
    ja: '{family} {number}{name} を含みます: {text}',
  },
  windowsNoText: {
    en: 'Microsoft documents no text for this code.',
    ja: 'このコードの説明は公開されていません。',
  },
  nothingFound: {
    en: 'I did not find an event, a code or a known name in your message.',
    ja: 'メッセージの中にイベント、コード、既知の名前が見つかりませんでした。',
  },
  nothingInPaste: {
    en: 'I could not find a known event, code or message in what you sent.',
    ja: '送信された内容に既知のイベント、コード、メッセージが見つかりませんでした。',
  },
  resultsTitle: { en: 'What I found', ja: '見つかった項目' },
  ambiguous: {
    en: 'This number means different things in different catalogs.',
    ja: 'この番号はカタログによって意味が異なります。',
  },
  showDetails: { en: 'Details', ja: '詳細' },
  moreDetails: { en: 'More details', ja: 'さらに表示' },
  sources: { en: 'Sources', ja: '出典' },
  showMore: { en: '{count} more', ja: 'ほか {count} 件' },
  partExamples: { en: 'examples to try', ja: '入力例' },
  partSuggestions: { en: 'nearest entries', ja: '近いエントリ' },
  partOthers: { en: 'the items after the first ones', ja: '先頭以外の項目' },
  partSteps: { en: 'some next steps', ja: '一部の手順' },
  partRelated: { en: 'related entries', ja: '関連項目' },
  partSources: { en: 'source links', ja: '出典リンク' },
  partDetails: { en: 'explanations of the other findings', ja: 'ほかの検出結果の説明' },
  partFacts: { en: 'record details', ja: 'レコードの詳細' },
  cardTooLarge: {
    en: 'This answer is too large for one Teams card',
    ja: 'この回答は Teams のカード 1 枚に収まりません',
  },
  cardTooLargeTip: {
    en: 'Ask about fewer codes or events at a time, or use the command line for the whole answer.',
    ja: '一度に尋ねるコードやイベントを減らすか、コマンド ラインで回答全体を確認してください。',
  },
  cardTrimmed: {
    en: 'Left out to fit one Teams card: {parts}. Ask about fewer things at a time to see them.',
    ja: 'Teams のカード 1 枚に収めるため、次を省略しました: {parts}。一度に尋ねる内容を減らすと表示されます。',
  },
  logTitle: { en: 'Log diagnosis', ja: 'ログの診断' },
  logSummary: {
    en: '{records} {records|record|records} read{format}; {findings} distinct {findings|finding|findings}.',
    ja: '{records} 件のレコードを読み取りました{format}。異なる結果は {findings} 件です。',
  },
  overviewTitle: { en: 'Where in the chain', ja: 'チェーン上の場所' },
  overviewLine: {
    en: '{hop}: {records} {records|record|records}, worst {severity}{worst}',
    ja: '{hop}: {records} 件、最も重大: {severity}{worst}',
  },
  alsoNotInCatalog: {
    en: 'also {tokens}, not in the catalog',
    ja: 'ほかに {tokens} (カタログにありません)',
  },
  seen: { en: 'seen {count}×', ja: '{count} 回' },
  firstLast: { en: 'first {first}, last {last}', ja: '最初 {first}、最後 {last}' },
  seenUnordered: {
    en: 'seen {first} and {last} (their dates do not say which came first)',
    ja: '{first} と {last} に記録 (日付の表記からは前後を判断できません)',
  },
  computer: { en: 'Computer', ja: 'コンピューター' },
  time: { en: 'Time', ja: '時刻' },
  level: { en: 'Level', ja: 'レベル' },
  deviceId: { en: 'Device ID', ja: 'デバイス ID' },
  caName: { en: 'CA', ja: 'CA' },
  template: { en: 'Template', ja: 'テンプレート' },
  thumbprint: { en: 'Thumbprint', ja: '拇印' },
  source: { en: 'Source', ja: 'ソース' },
  with: { en: 'with', ja: '+' },
  inputCut: {
    en: 'Your message was longer than I read; only the first {chars} characters were checked.',
    ja: 'メッセージが長すぎるため、最初の {chars} 文字のみ確認しました。',
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
  return fillPlaceholders(PHRASES[key][language], values);
}

/** `text` with each `{name}` replaced by its value. */
export function fillPlaceholders(text: string, values: Record<string, string | number>): string {
  let out = text;
  for (const [name, value] of Object.entries(values)) {
    // `{records|record|records}`: the word that agrees with the number (English only needs two).
    out = out.replace(
      new RegExp(`\\{${name}\\|([^|{}]*)\\|([^|{}]*)\\}`, 'g'),
      (_, one: string, many: string) => (Number(value) === 1 ? one : many)
    );
    out = out.split(`{${name}}`).join(String(value));
  }
  return out;
}

/** Examples shown by help and welcome; each is a real query that the engine answers. */
export function helpExamples(language: Language): string[] {
  return language === 'ja'
    ? [
        '0x411 とは',
        'イベント 20502',
        'Denied by Policy Module',
        'チャレンジ 期限切れ',
        '0x80094800 と 0x800706BA の違い',
      ]
    : [
        'what is 0x411',
        'event 20502',
        'Denied by Policy Module',
        'challenge expired',
        '0x80094800 vs 0x800706BA?',
      ];
}

/** Sentences side by side: a space after Latin text, none after Japanese punctuation (「。」 not 「。 」). */
export function joinSentences(...parts: string[]): string {
  let out = '';
  for (const part of parts) {
    if (!part) continue;
    out += out && !/[。！？」』）]$/.test(out) ? ` ${part}` : part;
  }
  return out;
}
