import { TurnContext, type CloudAdapter } from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';
import type { Language } from '../catalog/catalog-types';
import type { FileDiagnosis } from '../files/diagnose-stream';
import { downloadFile, DownloadError, type DownloadPolicy } from '../files/download-file';
import type { FilePool } from '../files/file-pool';
import { buildNotice, buildReply, type Reply } from '../presentation/build-reply';
import type { FileNotice } from '../presentation/cards/notice-card';
import type { CardRenderer } from '../presentation/cards/render-card';
import type { TurnRecord } from './turn-record';

export const FILE_DOWNLOAD_TYPE = 'application/vnd.microsoft.teams.file.download.info';
/** Files above this size first get a "reading" card, replaced in place by the diagnosis. */
const SHOW_PROGRESS_BYTES = 1024 * 1024;

/** A file Teams shared with the bot in a 1:1 chat. */
export interface SharedFile {
  name: string;
  downloadUrl: string;
}

/** Files one message may have read; the rest are named in a note, not read. */
const MAX_FILES = 3;

/** What a message carries in files: those to read (1:1 chats), or a sign that files came elsewhere. */
export function filesOf(attachments: unknown): {
  files: SharedFile[];
  more: number;
  other: boolean;
} {
  const files: SharedFile[] = [];
  let more = 0;
  let other = false;
  if (!Array.isArray(attachments)) return { files, more, other };
  for (const a of attachments) {
    if (!a || typeof a !== 'object') continue;
    const { contentType, content, name } = a as Record<string, unknown>;
    const url = (content as Record<string, unknown> | undefined)?.downloadUrl;
    if (contentType === FILE_DOWNLOAD_TYPE && typeof url === 'string') {
      if (files.length < MAX_FILES)
        files.push({ name: typeof name === 'string' ? name : 'file', downloadUrl: url });
      else more++;
    } else if (contentType === FILE_DOWNLOAD_TYPE || contentType === 'reference') other = true;
  }
  return { files, more, other };
}

/**
 * Answers the files a message carries, if any: a 1:1 chat's files are read (the first three); a file in a channel or
 * group chat gets the hint to send it in a 1:1 chat. False when the message carries no file (or
 * files are not read here), so the caller answers its text.
 */
export async function answerFiles(
  context: TurnContext,
  language: Language,
  deps: { renderer: CardRenderer; files?: FileAnswerDeps },
  record: (values: TurnRecord) => void
): Promise<boolean> {
  const shared = filesOf(context.activity.attachments);
  if (!shared.files.length && !shared.other) return false;
  if (context.activity.conversation?.conversationType !== 'personal') {
    record({ answer: 'file', refused: true, file: 'channel' });
    await context.sendActivity(buildNotice(deps.renderer, language, { kind: 'channel' }));
    return true;
  }
  if (!shared.files.length || !deps.files) return false;
  const files = deps.files;
  await context.sendActivity({ type: 'typing' });
  // Each file gets its own diagnosis, one after the other, so a message of two logs is two answers.
  const work = async (turn: TurnContext, note: (values: TurnRecord) => void = record) => {
    for (const file of shared.files) await answerFile(turn, file, language, files, note);
    if (shared.more)
      await turn.sendActivity(
        buildNotice(deps.renderer, language, {
          kind: 'more-files',
          read: MAX_FILES,
          more: shared.more,
        })
      );
  };
  // Teams wants the request answered within seconds, and a download and a read can take a minute:
  // the request ends now and the files are read in a continuation of the same conversation. A
  // reply collected with expectReplies has no conversation to continue, so it is read in the turn.
  const adapter = context.adapter as unknown as Partial<CloudAdapter>;
  const identity = adapter.BotIdentityKey && context.turnState.get(adapter.BotIdentityKey);
  if (
    context.activity.deliveryMode === 'expectReplies' ||
    !identity ||
    !adapter.continueConversationAsync
  ) {
    await work(context);
    return true;
  }
  record({ answer: 'file', file: 'later' });
  const reference = TurnContext.getConversationReference(context.activity);
  // The request's turn record is written when it ends: what the later reading finds is not added.
  // A shutdown waits for these answers too (see `active.later`).
  const later = adapter
    .continueConversationAsync(identity as ClaimsIdentity, reference, (turn) =>
      work(turn, () => {})
    )
    .catch((error: unknown) => files.onLaterError?.(error))
    .finally(() => files.active.later?.delete(later));
  files.active.later?.add(later);
  return true;
}

export interface FileAnswerDeps {
  renderer: CardRenderer;
  /** A file read after its request ended failed outside any turn: say so (logged, not shown). */
  onLaterError?: (error: unknown) => void;
  pool: FilePool;
  policy: DownloadPolicy;
  /** What a compressed file may hold once unpacked (the pool stops reading past it). */
  maxUnpackedBytes: number;
  /** Downloads at once; past it the answer is "busy" before anything is fetched. */
  maxDownloads: number;
  /** Reading one file stops after this long (the pool's deadline), for the notice. */
  readMs: number;
  /**
   * Downloads in progress, across this app's conversations, and files answered after their
   * request ended, still being read or answered (a shutdown waits for them).
   */
  active: { downloads: number; later?: Set<Promise<unknown>> };
}

/**
 * Answers a file sent in a 1:1 chat: a typing indicator at once, the download (see downloadFile),
 * a "reading" card for large files that the diagnosis then replaces, and a notice card for every
 * refusal. The file is read by a worker thread, so other conversations are not held up.
 */
export async function answerFile(
  context: TurnContext,
  file: SharedFile,
  language: Language,
  deps: FileAnswerDeps,
  record: (values: TurnRecord) => void
): Promise<void> {
  const notice = (n: FileNotice) =>
    context.sendActivity(buildNotice(deps.renderer, language, n, file.name));
  if (deps.active.downloads >= deps.maxDownloads) {
    record({ answer: 'file', refused: true, file: 'busy' });
    await notice({ kind: 'busy' });
    return;
  }
  let bytes: Uint8Array;
  deps.active.downloads++;
  try {
    bytes = await downloadFile(file.downloadUrl, deps.policy);
  } catch (error) {
    const problem = error instanceof DownloadError ? error.problem : 'failed';
    record({ answer: 'file', refused: true, file: problem });
    await notice(
      problem === 'too-large'
        ? { kind: 'too-large', maxBytes: deps.policy.maxBytes }
        : { kind: problem === 'host-not-allowed' ? 'host' : problem }
    );
    return;
  } finally {
    deps.active.downloads--;
  }
  // The file's bytes count against the bytes all files may hold until it is answered.
  const held = bytes.length;
  try {
    await readAndAnswer(context, file, bytes, language, deps, record);
  } finally {
    deps.policy.budget?.give(held);
  }
}

/** Reads a downloaded file in a worker and sends its diagnosis, or the notice that says why not. */
async function readAndAnswer(
  context: TurnContext,
  file: SharedFile,
  bytes: Uint8Array,
  language: Language,
  deps: FileAnswerDeps,
  record: (values: TurnRecord) => void
): Promise<void> {
  const notice = (n: FileNotice) =>
    context.sendActivity(buildNotice(deps.renderer, language, n, file.name));
  // In place updates need a conversation to update; a reply collected with expectReplies has none.
  const canUpdate = context.activity.deliveryMode !== 'expectReplies';
  const progress =
    bytes.length >= SHOW_PROGRESS_BYTES && canUpdate
      ? await notice({ kind: 'reading', name: file.name, bytes: bytes.length })
      : undefined;
  const size = bytes.length;
  const refuse = (kind: FileNotice, why: string) => {
    record({ answer: 'file', refused: true, file: why });
    return buildNotice(deps.renderer, language, kind, file.name);
  };
  let reply: Reply;
  try {
    const result = await deps.pool.diagnose(bytes, language);
    if ('busy' in result) reply = refuse({ kind: 'busy' }, 'busy');
    else if ('restarting' in result) reply = refuse({ kind: 'restarting' }, 'restarting');
    else if ('slow' in result) reply = refuse({ kind: 'slow', afterMs: deps.readMs }, 'slow');
    else if ('refused' in result)
      reply =
        result.refused === 'too-large'
          ? refuse(
              { kind: 'too-large', maxBytes: deps.maxUnpackedBytes, unpacked: true },
              'too-large'
            )
          : result.refused === 'zip'
            ? refuse({ kind: 'zip' }, 'zip')
            : refuse({ kind: 'not-a-log' }, 'not-a-log');
    else {
      reply = fileReply(deps.renderer, file, result.diagnosis);
      record({
        answer: 'file',
        file: result.diagnosis.kind,
        bytes: size,
        records: result.diagnosis.answer.recordCount,
        findings: result.diagnosis.answer.findings.length,
      });
    }
  } catch {
    // The worker failed: the turn log says so (the file and the error's text are never logged).
    reply = refuse({ kind: 'broken' }, 'broken');
  }
  if (progress?.id) await context.updateActivity({ ...reply, id: progress.id });
  else await context.sendActivity(reply);
}

function fileReply(renderer: CardRenderer, file: SharedFile, diagnosis: FileDiagnosis): Reply {
  return buildReply(renderer, diagnosis.answer, {
    file: {
      name: file.name,
      bytes: diagnosis.bytes,
      kind: diagnosis.kind,
      records: diagnosis.evtx?.records,
      failedRecords: diagnosis.evtx?.failedRecords,
      cutRecords: diagnosis.evtx?.cutRecords,
      skippedChunks: diagnosis.evtx?.skippedChunks,
      checksumMismatches: diagnosis.evtx?.checksumMismatches,
      truncated: diagnosis.evtx?.truncated,
    },
  });
}
