import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSign, createHmac, generateKeyPairSync, type KeyObject } from 'node:crypto';

/**
 * A stand-in for the Bot Framework's key publisher on loopback, and tokens signed (or forged) as
 * an attacker would: the real server validates them with botbuilder against these keys, so the
 * tests exercise the real validation path without the network.
 */
export interface KeyPublisher {
  /** The OpenID metadata address to configure (ToBotFromChannelOpenIdMetadataUrl). */
  metadataUrl: string;
  /** Requests the publisher has answered (metadata and keys). */
  hits(): number;
  close(): Promise<void>;
}

export const KEY_ID = 'test-key-1';
export const ISSUER = 'https://api.botframework.com';
const signing = generateKeyPairSync('rsa', { modulusLength: 2048 });
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });

export async function startKeyPublisher(): Promise<KeyPublisher> {
  let hits = 0;
  const jwk = signing.publicKey.export({ format: 'jwk' });
  const server: Server = createServer((req, res) => {
    hits++;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const body =
      req.url === '/keys'
        ? { keys: [{ ...jwk, kid: KEY_ID, use: 'sig', endorsements: ['msteams'] }] }
        : {
            issuer: ISSUER,
            jwks_uri: `${base}/keys`,
            id_token_signing_alg_values_supported: ['RS256'],
          };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    metadataUrl: `http://127.0.0.1:${port}/.well-known/openidconfiguration`,
    hits: () => hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Claims of a Bot Framework channel token for `appId` and `serviceUrl`, valid for an hour. */
export function channelClaims(appId: string, serviceUrl: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: ISSUER, aud: appId, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600 };
}

function signRs256(header: object, claims: object, key: KeyObject): string {
  const input = `${b64(header)}.${b64(claims)}`;
  const signature = createSign('RSA-SHA256').update(input).sign(key).toString('base64url');
  return `${input}.${signature}`;
}

/** A token signed with the published key: botbuilder accepts it. */
export function validToken(claims: object): string {
  return signRs256({ alg: 'RS256', typ: 'JWT', kid: KEY_ID }, claims, signing.privateKey);
}

/** Tokens an attacker can make without the private key, each with what makes it wrong. */
export function forgedTokens(claims: object): Record<string, string> {
  const publicPem = signing.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const hsInput = `${b64({ alg: 'HS256', typ: 'JWT', kid: KEY_ID })}.${b64(claims)}`;
  return {
    'unsigned (alg none)': `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
    'unsigned with a kid': `${b64({ alg: 'none', kid: KEY_ID })}.${b64(claims)}.x`,
    'HS256 keyed with the public key': `${hsInput}.${createHmac('sha256', publicPem).update(hsInput).digest('base64url')}`,
    'RS256 claiming the published kid, signed with another key': signRs256(
      { alg: 'RS256', typ: 'JWT', kid: KEY_ID },
      claims,
      stranger.privateKey
    ),
    'RS256 with an unknown kid': signRs256(
      { alg: 'RS256', typ: 'JWT', kid: 'not-published' },
      claims,
      stranger.privateKey
    ),
    'RS256 without a kid': signRs256({ alg: 'RS256', typ: 'JWT' }, claims, signing.privateKey),
    'expired a day ago': validToken({
      ...claims,
      nbf: Math.floor(Date.now() / 1000) - 2 * 86400,
      exp: Math.floor(Date.now() / 1000) - 86400,
    }),
    'for another app': validToken({ ...claims, aud: '99999999-0000-4000-8000-000000000000' }),
    'not a JWT': 'not-a-token',
  };
}

/** The forged tokens whose own header or claims rule them out: refused before any key fetch. */
export const RULED_OUT_BY_ITSELF = [
  'unsigned (alg none)',
  'unsigned with a kid',
  'HS256 keyed with the public key',
  'RS256 without a kid',
  'expired a day ago',
  'for another app',
  'not a JWT',
];
