import type { Language } from '../../catalog/catalog-types';
import { fillPlaceholders } from './phrases';

/** The sentences about files sent to the bot, in both languages. */
const FILE_PHRASES = {
  source: {
    en: 'File: {name} · {kind}, {size}{records}',
    ja: 'ファイル: {name} · {kind}、{size}{records}',
  },
  records: { en: ', {count} {count|record|records}', ja: '、{count} 件のレコード' },
  mismatched: {
    en: ', {count} {count|chunk|chunks} read despite a checksum mismatch',
    ja: '、チェックサムが一致しない {count} 個のチャンクも読み取り',
  },
  truncated: {
    en: '; the file ends early, so later records are missing',
    ja: '。ファイルが途中で切れているため、以降のレコードは読み取れません',
  },
  damaged: {
    en: ', {count} damaged {count|chunk|chunks} skipped',
    ja: '、破損した {count} 個のチャンクをスキップ',
  },
  failedRecords: {
    en: ', {count} damaged {count|record|records} skipped',
    ja: '、破損した {count} 件のレコードをスキップ',
  },
  cutRecords: {
    en: '; the file was cut: {count} {count|record runs|records run} past {max} characters, and I read each only that far',
    ja: '。ファイルを途中までしか読み取っていません: {count} 件のレコードが {max} 文字を超えていたため、それぞれ {max} 文字までを読み取りました',
  },
  nothing: {
    en: 'This file holds no event, code or message I know.',
    ja: 'このファイルには、既知のイベント、コード、メッセージがありません。',
  },
  tip: {
    en: "Send a log of the connector, NDES/IIS, the CA or a device: Event Viewer's Save All Events As (.evtx, .xml, .csv, .txt), NDESPlugin.log, an IIS log or the CRP svclog.",
    ja: 'コネクタ、NDES/IIS、CA、デバイスのログを送信してください: イベント ビューアーの [すべてのイベントを名前を付けて保存] (.evtx、.xml、.csv、.txt)、NDESPlugin.log、IIS ログ、CRP の svclog。',
  },
  moreFilesTitle: {
    en: '{count} more {count|file|files} not read',
    ja: 'ほかの {count} 個のファイルは読み取っていません',
  },
  moreFilesText: {
    en: 'I read the first {read} files of a message. Send the others in another message.',
    ja: '1 つのメッセージで読み取るのは最初の {read} 個のファイルまでです。残りは別のメッセージで送信してください。',
  },
  readingTitle: { en: 'Reading {name}…', ja: '{name} を読み取っています…' },
  readingText: {
    en: '{size}: this takes a few seconds. The diagnosis replaces this card.',
    ja: '{size}: 数秒かかります。診断結果がこのカードに置き換わります。',
  },
  tooLargeTitle: { en: 'This file is too large', ja: 'ファイルが大きすぎます' },
  tooLargeText: {
    en: 'I read files up to {max} here.',
    ja: 'ここで読み取れるファイルは {max} までです。',
  },
  tooLargeUnpackedText: {
    en: 'Unpacked, it holds more than the {max} I read from one file.',
    ja: '展開すると、1 つのファイルで読み取れる {max} を超えます。',
  },
  tooLargeTip: {
    en: 'Filter the log in Event Viewer first (Filter Current Log, then Save Filtered Log File As), compress it with gzip (.gz), or run the command line on it: connector-decoder FILE.',
    ja: 'イベント ビューアーでログを絞り込んでから保存する ([現在のログをフィルター] > [フィルターされたログ ファイルに名前を付けて保存])、gzip (.gz) で圧縮する、またはコマンド ラインで読み取ってください: connector-decoder FILE',
  },
  zipTitle: { en: "I don't open .zip archives", ja: '.zip アーカイブは開けません' },
  zipText: {
    en: 'Send the log file itself, or compress it with gzip (.gz). A .zip can hold many files, and I read one log per file.',
    ja: 'ログ ファイルそのものを送信するか、gzip (.gz) で圧縮してください。.zip には複数のファイルが入るため、ここでは 1 ファイルに 1 つのログを読み取ります。',
  },
  notALogTitle: { en: "I can't read this file", ja: 'このファイルは読み取れません' },
  notALogText: {
    en: "It is not a log I can read. I read .evtx files, Event Viewer's .xml, .csv and .txt, IIS logs, NDESPlugin.log, svclog and other text logs, also compressed with gzip.",
    ja: '読み取れる形式のログではありません。読み取れるのは .evtx、イベント ビューアーの .xml、.csv、.txt、IIS ログ、NDESPlugin.log、svclog などのテキスト ログ (gzip 圧縮も可) です。',
  },
  expiredTitle: { en: "The file's link has expired", ja: 'ファイルのリンクの有効期限が切れました' },
  expiredText: {
    en: 'Teams gives me a short-lived link to each file. Send the file again.',
    ja: 'Teams からは有効期限の短いリンクが渡されます。もう一度ファイルを送信してください。',
  },
  failedTitle: { en: "I couldn't download the file", ja: 'ファイルをダウンロードできませんでした' },
  failedText: {
    en: 'The download from Teams failed. Send the file again in a moment.',
    ja: 'Teams からのダウンロードに失敗しました。少し待ってからもう一度送信してください。',
  },
  timeoutTitle: { en: 'The download took too long', ja: 'ダウンロードに時間がかかりすぎました' },
  timeoutText: {
    en: 'Send the file again, or a filtered part of the log.',
    ja: 'もう一度送信するか、ログを絞り込んで送信してください。',
  },
  slowTitle: {
    en: 'Reading the file took too long',
    ja: 'ファイルの読み取りに時間がかかりすぎました',
  },
  slowText: {
    en: 'I stopped after {seconds} seconds. Send a filtered part of the log, or paste the events.',
    ja: '{seconds} 秒で読み取りを中止しました。ログを絞り込んで送信するか、イベントを貼り付けてください。',
  },
  hostTitle: { en: "I can't download from there", ja: 'そこからはダウンロードできません' },
  hostText: {
    en: 'I only download files Teams stores (SharePoint and OneDrive).',
    ja: 'Teams が保存するファイル (SharePoint と OneDrive) のみダウンロードします。',
  },
  channelTitle: {
    en: 'Send files in a 1:1 chat',
    ja: 'ファイルは 1 対 1 のチャットで送信してください',
  },
  channelText: {
    en: "In channels and group chats I can't read attached files. Send the file to me in a 1:1 chat, or paste the events here.",
    ja: 'チャネルやグループ チャットに添付されたファイルは読み取れません。1 対 1 のチャットでファイルを送信するか、イベントをここに貼り付けてください。',
  },
  busyTitle: { en: "I'm reading other files", ja: 'ほかのファイルを読み取り中です' },
  busyText: {
    en: 'Several files are being read right now. Send this one again in a minute.',
    ja: '現在ほかのファイルを読み取っています。1 分ほどしてからもう一度送信してください。',
  },
  restartingTitle: {
    en: 'The bot is restarting',
    ja: 'ボットを再起動しています',
  },
  restartingText: {
    en: 'I stopped reading the file because the bot is restarting. Send it again in a minute.',
    ja: 'ボットの再起動のため、ファイルの読み取りを中止しました。1 分ほどしてからもう一度送信してください。',
  },
  brokenTitle: {
    en: 'Something went wrong reading the file',
    ja: 'ファイルの読み取り中に問題が発生しました',
  },
  brokenText: {
    en: 'The file could not be read to the end. Send it again, or paste the events.',
    ja: 'ファイルを最後まで読み取れませんでした。もう一度送信するか、イベントを貼り付けてください。',
  },
} as const;

export type FilePhraseKey = keyof typeof FILE_PHRASES;

/** A sentence about files in the given language, with `{name}` placeholders filled in. */
export function filePhrase(
  language: Language,
  key: FilePhraseKey,
  values: Record<string, string | number> = {}
): string {
  return fillPlaceholders(FILE_PHRASES[key][language], values);
}

/** A byte count as people read it: 512 bytes, 34 KB, 12.3 MB. */
export function formatSize(bytes: number, lang: Language): string {
  if (bytes < 1024) return lang === 'ja' ? `${bytes} バイト` : `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
