import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { serializeRow, type SentinelStore, type StoredRow } from './store';

interface FileRow {
  partition: string;
  key: string;
  value: Record<string, unknown>;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The embedded store under STORAGE_PATH, for `npm start` with nothing configured: one JSON file per
 * row in a folder per partition, named by hashes so any key is a safe file name. A write goes to a
 * temporary file first and is renamed into place, so a reader never sees half a row; `create`
 * links the finished file to its name, which fails if the name exists, so only one caller wins.
 * `replace` compares the version and renames, which is exact within one process: run several
 * instances on Table Storage.
 */
export function createFileStore(root: string): SentinelStore {
  const folder = (partition: string) => join(root, digest(partition).slice(0, 32));
  const file = (partition: string, key: string) =>
    join(folder(partition), `${digest(key).slice(0, 40)}.json`);
  const etagOf = (text: string) => digest(text).slice(0, 32);

  async function read(path: string): Promise<StoredRow | undefined> {
    let text: string;
    try {
      text = await fs.readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const row = JSON.parse(text) as FileRow;
    return { ...row, etag: etagOf(text) };
  }

  async function staged(partition: string, key: string, value: object): Promise<string> {
    const dir = folder(partition);
    await fs.mkdir(dir, { recursive: true });
    const temp = join(dir, `.${randomUUID()}.tmp`);
    await fs.writeFile(temp, serializeRow({ partition, key, value }));
    return temp;
  }

  // One process's conditional writes to a row run one after another.
  const queues = new Map<string, Promise<unknown>>();
  function serial<T>(path: string, work: () => Promise<T>): Promise<T> {
    const before = queues.get(path) ?? Promise.resolve();
    const run = before.then(work, work);
    const settled = run.catch(() => undefined);
    queues.set(path, settled);
    void settled.then(() => {
      if (queues.get(path) === settled) queues.delete(path);
    });
    return run;
  }

  return {
    kind: 'file',
    get: (partition, key) => read(file(partition, key)) as Promise<never>,
    async list(partition) {
      let names: string[];
      try {
        names = await fs.readdir(folder(partition));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const rows = await Promise.all(
        names.filter((n) => n.endsWith('.json')).map((n) => read(join(folder(partition), n)))
      );
      return rows.filter((r): r is StoredRow => r !== undefined) as never;
    },
    async put(partition, key, value) {
      const path = file(partition, key);
      await serial(path, async () => fs.rename(await staged(partition, key, value), path));
    },
    async create(partition, key, value) {
      const path = file(partition, key);
      return serial(path, async () => {
        const temp = await staged(partition, key, value);
        try {
          await fs.link(temp, path);
          return true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
          throw error;
        } finally {
          await fs.rm(temp, { force: true });
        }
      });
    },
    async replace(partition, key, value, etag) {
      const path = file(partition, key);
      return serial(path, async () => {
        const current = await read(path);
        if (!current || current.etag !== etag) return false;
        await fs.rename(await staged(partition, key, value), path);
        return true;
      });
    },
    async remove(partition, key) {
      const path = file(partition, key);
      await serial(path, () => fs.rm(path, { force: true }));
    },
  };
}
