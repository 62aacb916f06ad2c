import { createHash } from 'node:crypto';
import { odata, TableClient, type TableEntityResult } from '@azure/data-tables';
import type { TokenCredential } from '@azure/identity';
import { serializeRow, type SentinelStore, type StoredRow } from './store';

interface Columns {
  p: string;
  k: string;
  value: string;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');
const statusOf = (error: unknown) => (error as { statusCode?: unknown }).statusCode;

/**
 * Azure Table Storage as the sentinel's store, for production and for several instances at once.
 * Keys are hashed (Table keys refuse `/ \ # ?` and control characters; conversation ids carry some)
 * and the originals kept in columns. `create` is an insert (409 when the row exists) and `replace`
 * an update with If-Match (412 when another instance changed it first): Table Storage's own
 * optimistic concurrency decides who writes, so each alert goes out once.
 */
export function createTableStore(client: TableClient): SentinelStore {
  const partitionKey = (partition: string) => digest(partition).slice(0, 32);
  const rowKey = (key: string) => digest(key).slice(0, 40);
  let ready: Promise<void> | undefined;
  const ensureTable = () =>
    (ready ??= client.createTable().catch((error: unknown) => {
      ready = undefined;
      if (statusOf(error) !== 409) throw error;
    }));
  const entity = (partition: string, key: string, value: object) => ({
    partitionKey: partitionKey(partition),
    rowKey: rowKey(key),
    p: partition,
    k: key,
    value: serializeRow(value),
  });
  const toRow = (e: TableEntityResult<Columns>): StoredRow => ({
    partition: e.p,
    key: e.k,
    value: JSON.parse(e.value) as Record<string, unknown>,
    etag: e.etag,
  });

  return {
    kind: 'table',
    async get(partition, key) {
      await ensureTable();
      try {
        return toRow(
          await client.getEntity<Columns>(partitionKey(partition), rowKey(key))
        ) as never;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },
    async list(partition) {
      await ensureTable();
      const rows: StoredRow[] = [];
      const entities = client.listEntities<Columns>({
        queryOptions: { filter: odata`PartitionKey eq ${partitionKey(partition)}` },
      });
      for await (const e of entities) rows.push(toRow(e));
      return rows as never;
    },
    async put(partition, key, value) {
      await ensureTable();
      await client.upsertEntity(entity(partition, key, value), 'Replace');
    },
    async create(partition, key, value) {
      await ensureTable();
      try {
        await client.createEntity(entity(partition, key, value));
        return true;
      } catch (error) {
        if (statusOf(error) === 409) return false;
        throw error;
      }
    },
    async replace(partition, key, value, etag) {
      await ensureTable();
      try {
        await client.updateEntity(entity(partition, key, value), 'Replace', { etag });
        return true;
      } catch (error) {
        if (statusOf(error) === 412 || statusOf(error) === 404) return false;
        throw error;
      }
    },
    async remove(partition, key) {
      await ensureTable();
      try {
        await client.deleteEntity(partitionKey(partition), rowKey(key));
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    },
  };
}

/**
 * Retries of one Table call: a few quick ones, so a store that is down makes a command wait about a
 * second before its apology rather than the SDK's default of most of a minute.
 */
const RETRIES = { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 };

/** A table client from a connection string; plain http is allowed only to this machine (Azurite). */
export function tableClientFromConnectionString(
  connectionString: string,
  table: string
): TableClient {
  const endpoint = /TableEndpoint=([^;]+)/i.exec(connectionString)?.[1] ?? '';
  const loopback =
    /UseDevelopmentStorage=true/i.test(connectionString) ||
    /^http:\/\/(127\.0\.0\.1|localhost)[:/]/i.test(endpoint);
  return TableClient.fromConnectionString(connectionString, table, {
    allowInsecureConnection: loopback,
    retryOptions: RETRIES,
  });
}

/** A table client that signs in with a token credential (the bot's managed identity). */
export function tableClientWithCredential(
  accountUrl: string,
  table: string,
  credential: TokenCredential
): TableClient {
  return new TableClient(accountUrl, table, credential, {
    allowInsecureConnection: /^http:\/\/(127\.0\.0\.1|localhost)[:/]/i.test(accountUrl),
    retryOptions: RETRIES,
  });
}
