import type { Language } from '../../catalog/catalog-types';
import { MAX_RECORD_CHARS } from '../../engine';
import { filePhrase, formatSize } from './file-phrases';

/** The file a diagnosis was read from, as the card and the command line name it. */
export interface FileSource {
  name: string;
  /** The file's size as read (after decompression). */
  bytes: number;
  /** How it was read: `evtx`, `text`, `gzip+evtx`, `gzip+text`. */
  kind: string;
  /**
   * .evtx: records read, damaged records and chunks skipped, chunks read despite a checksum
   * mismatch, records read only up to the per-record character cap.
   */
  records?: number;
  failedRecords?: number;
  cutRecords?: number;
  skippedChunks?: number;
  checksumMismatches?: number;
  /** .evtx: the file ends early, so records after that point are missing. */
  truncated?: boolean;
}

/**
 * "File: ca.evtx · .evtx, 12.3 MB, 45000 records, 1 damaged chunk skipped". The name is used as
 * given: a card makes it safe to show first.
 */
export function describeFile(lang: Language, file: FileSource): string {
  const kind = file.kind.includes('evtx')
    ? '.evtx'
    : file.kind.startsWith('gzip')
      ? 'gzip'
      : lang === 'ja'
        ? 'テキスト'
        : 'text';
  const records =
    (file.records !== undefined ? filePhrase(lang, 'records', { count: file.records }) : '') +
    (file.failedRecords ? filePhrase(lang, 'failedRecords', { count: file.failedRecords }) : '') +
    (file.skippedChunks ? filePhrase(lang, 'damaged', { count: file.skippedChunks }) : '') +
    (file.checksumMismatches
      ? filePhrase(lang, 'mismatched', { count: file.checksumMismatches })
      : '') +
    (file.truncated ? filePhrase(lang, 'truncated') : '') +
    (file.cutRecords
      ? filePhrase(lang, 'cutRecords', {
          count: file.cutRecords,
          max: MAX_RECORD_CHARS.toLocaleString('en-US'),
        })
      : '');
  return filePhrase(lang, 'source', {
    name: file.name,
    kind,
    size: formatSize(file.bytes, lang),
    records,
  });
}
