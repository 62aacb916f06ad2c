/** A Certificate Connector version as admins write it: 6.2301.1.0, 6.2406.0.1001. */
const CONNECTOR_VERSION = /(?<![\d.])6\.\d{4}\.\d{1,4}\.\d{1,5}(?![\d.])/;

/** The first connector version a text names, or undefined. */
export function readConnectorVersion(text: string): string | undefined {
  return CONNECTOR_VERSION.exec(text.slice(0, 2000))?.[0];
}
