import type { Language } from '../../catalog/catalog-types';
import { asLine } from '../words/as-text';
import { filePhrase, formatSize, type FilePhraseKey } from '../words/file-phrases';
import type { NoticeCardData } from './card-models';

/** What the bot says about a file instead of a diagnosis: it is reading it, or why it will not. */
export type FileNotice =
  | { kind: 'reading'; name: string; bytes: number }
  /** `unpacked`: the limit was what a compressed file holds once unpacked. */
  | { kind: 'too-large'; maxBytes: number; unpacked?: boolean }
  /** Reading stopped after `afterMs`. */
  | { kind: 'slow'; afterMs: number }
  /** A message held more files than are read from one: `read` were, `more` were not. */
  | { kind: 'more-files'; read: number; more: number }
  | {
      kind:
        | 'not-a-log'
        | 'zip'
        | 'expired'
        | 'failed'
        | 'timeout'
        | 'host'
        | 'channel'
        | 'busy'
        | 'restarting'
        | 'broken';
    };

const KEYS: Record<
  Exclude<FileNotice['kind'], 'reading' | 'too-large' | 'slow' | 'more-files'>,
  [FilePhraseKey, FilePhraseKey]
> = {
  'not-a-log': ['notALogTitle', 'notALogText'],
  zip: ['zipTitle', 'zipText'],
  expired: ['expiredTitle', 'expiredText'],
  failed: ['failedTitle', 'failedText'],
  timeout: ['timeoutTitle', 'timeoutText'],
  host: ['hostTitle', 'hostText'],
  channel: ['channelTitle', 'channelText'],
  busy: ['busyTitle', 'busyText'],
  restarting: ['restartingTitle', 'restartingText'],
  broken: ['brokenTitle', 'brokenText'],
};

/**
 * The notice card for a file: title, one sentence and what to do instead. With `file`, the title
 * names the file it is about (a message may carry several).
 */
export function noticeCard(lang: Language, notice: FileNotice, file?: string): NoticeCardData {
  let title: string;
  let text: string;
  let tip = '';
  if (notice.kind === 'reading') {
    title = filePhrase(lang, 'readingTitle', { name: asLine(notice.name, 80) });
    text = filePhrase(lang, 'readingText', { size: formatSize(notice.bytes, lang) });
  } else if (notice.kind === 'too-large') {
    title = filePhrase(lang, 'tooLargeTitle');
    text = filePhrase(lang, notice.unpacked ? 'tooLargeUnpackedText' : 'tooLargeText', {
      max: formatSize(notice.maxBytes, lang),
    });
    tip = filePhrase(lang, 'tooLargeTip');
  } else if (notice.kind === 'slow') {
    title = filePhrase(lang, 'slowTitle');
    text = filePhrase(lang, 'slowText', {
      seconds: Math.max(1, Math.round(notice.afterMs / 1000)),
    });
  } else if (notice.kind === 'more-files') {
    title = filePhrase(lang, 'moreFilesTitle', { count: notice.more });
    text = filePhrase(lang, 'moreFilesText', { read: notice.read });
  } else {
    const [titleKey, textKey] = KEYS[notice.kind];
    title = filePhrase(lang, titleKey);
    text = filePhrase(lang, textKey);
    if (notice.kind === 'not-a-log') tip = filePhrase(lang, 'tip');
  }
  if (file && notice.kind !== 'reading') title = `${asLine(file, 80)}: ${title}`;
  return { language: lang, speak: `${title}. ${text}`, title, text, tip };
}
