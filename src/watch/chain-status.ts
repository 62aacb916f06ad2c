/**
 * What the sentinel knows about a tenant's chain at one moment, as Graph reports it, and the
 * facts it judges them by. Plain data: the Graph reader fills it, the pure checks read it.
 */
export interface ConnectorStatus {
  id: string;
  displayName: string;
  machineName: string;
  /** Graph's ndesConnectorState: none, active, inactive (a newer value is kept as given). */
  state: string;
  /** ISO date-time; '' when Graph gave none. */
  lastConnectionDateTime: string;
  connectorVersion: string;
  enrolledDateTime: string;
}

export interface CloudCaStatus {
  id: string;
  displayName: string;
  /** Graph's cloudCertificationAuthorityStatus: active, paused, revoked, signingPending, unknown. */
  status: string;
  /** ISO date-time; '' when Graph gave none. */
  validityEndDateTime: string;
}

export interface ChainSnapshot {
  connectors: ConnectorStatus[];
  /** Undefined when the tenant has no Cloud PKI, or it could not be read. */
  cloudCas?: CloudCaStatus[];
}

/** One release of the Certificate Connector for Microsoft Intune, from its release history. */
export interface ConnectorRelease {
  version: string;
  /** YYYY-MM-DD */
  released: string;
}

/** A condition the sentinel alerts on; `key` names it across polls, restarts and instances. */
export interface Condition {
  key: string;
  kind:
    | 'connector-stale'
    | 'connector-not-active'
    | 'version-superseded'
    | 'version-out-of-support'
    | 'cloud-ca-expiring'
    | 'cloud-ca-not-active'
    /** Graph refused the read (401/403): facts name the permission to grant. */
    | 'graph-permission';
  /** What it is about: the connector or CA, by id and name. */
  subject: { id: string; name: string };
  /** Values the card shows (dates as YYYY-MM-DD or ISO date-times, versions, minutes, days). */
  facts: Record<string, string | number>;
}
