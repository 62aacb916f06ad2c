import type { Catalog, Language } from '../catalog/catalog-types';
import { diagnoseStream, FileRefusal, type FileDiagnosis } from './diagnose-stream';
import { loadCatalog } from './load-catalog';

/** What the pool sends a worker: the file's bytes (moved, not copied) and how to answer. */
export interface DiagnoseTask {
  bytes: Uint8Array;
  language: Language;
  catalogDir?: string;
  maxBytes: number;
}

export type DiagnoseResult = { diagnosis: FileDiagnosis } | { refused: FileRefusal['reason'] };

let catalog: Catalog | undefined;

/**
 * A worker thread's task: diagnose one file's bytes. Each worker loads the catalogs once, the
 * first time it is used. A refusal is returned as data, since an error loses its class on the way
 * back to the main thread.
 */
export default async function diagnoseTask(task: DiagnoseTask): Promise<DiagnoseResult> {
  catalog ??= loadCatalog({ teamDir: task.catalogDir });
  try {
    const diagnosis = await diagnoseStream(once(task.bytes), {
      catalog,
      language: task.language,
      maxBytes: task.maxBytes,
    });
    return { diagnosis };
  } catch (error) {
    if (error instanceof FileRefusal) return { refused: error.reason };
    throw error;
  }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  // Pieces of 1 MB: the readers see the same flow as from a file stream.
  for (let at = 0; at < bytes.length; at += 1 << 20) yield bytes.subarray(at, at + (1 << 20));
}
