import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStore } from '../../src/store/file-store';
import { createStore } from '../../src/store/create-store';
import type { SentinelStore } from '../../src/store/store';
import { pollSlot, takePollTurn } from '../../src/store/take-poll-turn';
import { startAzurite, type Azurite } from '../helpers/azurite';

let azurite: Azurite;
const dirs: string[] = [];
let tableCount = 0;

beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);
afterAll(async () => {
  await azurite.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const kinds: Array<[string, () => SentinelStore]> = [
  [
    'file store',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'sentinel-store-'));
      dirs.push(dir);
      return createFileStore(dir);
    },
  ],
  [
    'Table Storage on Azurite',
    () =>
      createStore({
        kind: 'table',
        table: `t${Date.now()}x${tableCount++}`,
        connectionString: azurite.connectionString,
      }),
  ],
];

describe.each(kinds)('%s', (_name, make) => {
  it('reads back what it wrote, under any key, and lists a partition', async () => {
    const store = make();
    const key = '19:abc/def#?\\@thread.tacv2;messageid=1';
    expect(await store.get('subs', key)).toBeUndefined();
    await store.put('subs', key, { n: 1, text: 'é 日本' });
    await store.put('subs', 'other', { n: 2 });
    await store.put('elsewhere', 'x', { n: 3 });
    const row = await store.get('subs', key);
    expect(row?.value).toEqual({ n: 1, text: 'é 日本' });
    expect(row?.key).toBe(key);
    const listed = (await store.list<{ n: number }>('subs')).map((r) => r.value.n).sort();
    expect(listed).toEqual([1, 2]);
    expect(await store.list('nothing-here')).toEqual([]);
  });

  it('creates a row once: of ten callers at once, one wins', async () => {
    const store = make();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.create('alerts', 'c1', { by: i }))
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true);
    expect((await store.get('alerts', 'c1'))?.value).toEqual({ by: winner });
  });

  it('replaces only at the version read: a stale ETag loses', async () => {
    const store = make();
    await store.put('p', 'k', { v: 1 });
    const read = await store.get('p', 'k');
    expect(await store.replace('p', 'k', { v: 2 }, read!.etag)).toBe(true);
    expect(await store.replace('p', 'k', { v: 3 }, read!.etag)).toBe(false);
    expect((await store.get('p', 'k'))?.value).toEqual({ v: 2 });
    expect(await store.replace('p', 'missing', { v: 1 }, read!.etag)).toBe(false);
  });

  it('removes a row, and removing a missing row is fine', async () => {
    const store = make();
    await store.put('p', 'k', { v: 1 });
    await store.remove('p', 'k');
    await store.remove('p', 'k');
    expect(await store.get('p', 'k')).toBeUndefined();
  });

  it('refuses a row too big to store', async () => {
    const store = make();
    await expect(store.put('p', 'k', { big: 'x'.repeat(70_000) })).rejects.toThrow(RangeError);
  });

  it('gives each poll interval to exactly one of several instances', async () => {
    const store = make();
    const slot = pollSlot(Date.UTC(2026, 11, 8, 0, 0, 0), 300);
    const first = await Promise.all(['a', 'b', 'c'].map((i) => takePollTurn(store, i, slot)));
    expect(first.filter(Boolean)).toHaveLength(1);
    // The same interval again: nobody.
    expect(await takePollTurn(store, 'a', slot)).toBe(false);
    expect(await takePollTurn(store, 'b', slot)).toBe(false);
    // The next interval: one again, whoever asks.
    const next = await Promise.all(['c', 'b', 'a'].map((i) => takePollTurn(store, i, slot + 1)));
    expect(next.filter(Boolean)).toHaveLength(1);
    // An older interval (a slow instance) cannot take the lease back.
    expect(await takePollTurn(store, 'a', slot)).toBe(false);
  });
});

describe('file store on disk', () => {
  it('leaves no temporary files and writes whole JSON files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sentinel-store-'));
    dirs.push(dir);
    const store = createFileStore(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.put('p', `k${i % 3}`, { i })));
    await store.create('p', 'once', { i: 1 });
    await store.create('p', 'once', { i: 2 });
    const [folder] = readdirSync(dir);
    const files = readdirSync(join(dir, folder));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).toHaveLength(4);
    for (const f of files)
      expect(() => JSON.parse(readFileSync(join(dir, folder, f), 'utf8'))).not.toThrow();
  });
});

describe('pollSlot', () => {
  it.each([
    [0, 300, 0],
    [299_999, 300, 0],
    [300_000, 300, 1],
    [Date.UTC(2026, 0, 1), 60, Date.UTC(2026, 0, 1) / 60_000],
  ])('at %d ms with %d s intervals is interval %d', (now, seconds, slot) => {
    expect(pollSlot(now, seconds)).toBe(slot);
  });
});
