/**
 * The sentinel's state: small JSON rows addressed by a partition and a key, as Azure Table Storage
 * holds them. Every write that must happen once is conditional: `create` succeeds for one caller
 * only, `replace` only while the row is still the version (ETag) the caller read.
 */
export interface StoredRow<T = Record<string, unknown>> {
  partition: string;
  key: string;
  value: T;
  /** Opaque version of the row; a `replace` with an older one fails. */
  etag: string;
}

export interface SentinelStore {
  get<T = Record<string, unknown>>(
    partition: string,
    key: string
  ): Promise<StoredRow<T> | undefined>;
  /** Every row of a partition, in no particular order. */
  list<T = Record<string, unknown>>(partition: string): Promise<StoredRow<T>[]>;
  /** Writes the row whatever is there. */
  put(partition: string, key: string, value: object): Promise<void>;
  /** Writes the row only if there is none: true for the one caller that made it. */
  create(partition: string, key: string, value: object): Promise<boolean>;
  /** Writes the row only if it is still at `etag`: false when someone else changed or removed it. */
  replace(partition: string, key: string, value: object, etag: string): Promise<boolean>;
  /** Removes the row if it is there. */
  remove(partition: string, key: string): Promise<void>;
  /** Where the state lives, for logs and the health card: "file" or "table". */
  readonly kind: 'file' | 'table';
}

/** Largest serialized row the stores accept (Table Storage caps a string property at 64 KB). */
export const MAX_ROW_BYTES = 60 * 1024;

/** A value's JSON, refused when it is too big to store. */
export function serializeRow(value: object): string {
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json) > MAX_ROW_BYTES)
    throw new RangeError(`a stored row may hold at most ${MAX_ROW_BYTES} bytes`);
  return json;
}
