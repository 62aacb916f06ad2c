import { ManagedIdentityCredential } from '@azure/identity';
import type { StorageConfig } from '../config/read-sentinel-config';
import { createFileStore } from './file-store';
import type { SentinelStore } from './store';
import {
  createTableStore,
  tableClientFromConnectionString,
  tableClientWithCredential,
} from './table-store';

/** The store the settings name: Table Storage when configured, else the embedded file store. */
export function createStore(config: StorageConfig): SentinelStore {
  if (config.kind === 'file') return createFileStore(config.path);
  if ('connectionString' in config)
    return createTableStore(tableClientFromConnectionString(config.connectionString, config.table));
  const credential = config.managedIdentityClientId
    ? new ManagedIdentityCredential({ clientId: config.managedIdentityClientId })
    : new ManagedIdentityCredential();
  return createTableStore(tableClientWithCredential(config.accountUrl, config.table, credential));
}
