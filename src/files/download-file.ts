import type { ByteBudget } from './byte-budget';

/** Why a download was refused or failed; each becomes its own answer. */
export type DownloadProblem =
  'host-not-allowed' | 'too-large' | 'expired' | 'failed' | 'timeout' | 'busy' | 'restarting';

export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(readonly problem: DownloadProblem) {
    super(problem);
  }
}

export interface DownloadPolicy {
  /**
   * Host names allowed, exact or `*.` suffixes (`*.sharepoint.com`), on https's default port only
   * unless the entry ends with one (`files.example.com:8443`).
   */
  allowedHosts: readonly string[];
  /** Local mode: plain http to loopback is allowed too, for tests and local use. */
  allowLoopbackHttp: boolean;
  maxBytes: number;
  timeoutMs: number;
  /**
   * Bytes the bot may hold across files: the download takes from it as bytes arrive ('busy' when
   * they do not fit). On success the caller holds the file's length and gives it back.
   */
  budget?: ByteBudget;
  /** Aborted when the bot shuts down: a download still under way stops ('restarting'). */
  stop?: AbortSignal;
}

const MAX_REDIRECTS = 3;

/**
 * Downloads a file Teams shared with the bot: https to an allowed host only (each redirect is
 * checked the same way), no credentials sent, a timeout over the whole download, and the size
 * cap enforced while the bytes arrive, not after. Returns the bytes; nothing touches the disk.
 */
export async function downloadFile(url: string, policy: DownloadPolicy): Promise<Uint8Array> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), policy.timeoutMs);
  try {
    let target = url;
    for (let hop = 0; ; hop++) {
      if (!allowed(target, policy)) throw new DownloadError('host-not-allowed');
      const res = await fetch(target, {
        redirect: 'manual',
        signal: policy.stop ? AbortSignal.any([abort.signal, policy.stop]) : abort.signal,
        credentials: 'omit',
      });
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        if (hop >= MAX_REDIRECTS) throw new DownloadError('failed');
        target = new URL(res.headers.get('location') as string, target).toString();
        await res.body?.cancel();
        continue;
      }
      if (res.status === 401 || res.status === 403 || res.status === 404 || res.status === 410)
        throw new DownloadError('expired');
      if (!res.ok || !res.body) throw new DownloadError('failed');
      const declared = Number(res.headers.get('content-length') ?? '0');
      if (declared > policy.maxBytes) {
        await res.body.cancel();
        throw new DownloadError('too-large');
      }
      return await readCapped(res.body, policy.maxBytes, policy.budget);
    }
  } catch (error) {
    if (policy.stop?.aborted) throw new DownloadError('restarting');
    if (error instanceof DownloadError) throw error;
    throw new DownloadError(abort.signal.aborted ? 'timeout' : 'failed');
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  budget: ByteBudget | undefined
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  let taken = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > maxBytes) throw new DownloadError('too-large');
      if (budget) {
        if (!budget.take(value.length)) throw new DownloadError('busy');
        taken += value.length;
      }
      parts.push(value);
    }
  } catch (error) {
    budget?.give(taken);
    await reader.cancel().catch(() => {});
    throw error;
  }
  return Buffer.concat(parts, length);
}

/** True when the URL may be fetched under the policy. */
export function allowed(url: string, policy: DownloadPolicy): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  if (parsed.protocol === 'http:')
    return (
      policy.allowLoopbackHttp && (host === '127.0.0.1' || host === 'localhost' || host === '[::1]')
    );
  if (parsed.protocol !== 'https:') return false;
  // URL leaves `port` empty for https's default (443, written or not).
  return policy.allowedHosts.some((pattern) => {
    const withPort = /:(\d{1,5})$/.exec(pattern);
    const p = (withPort ? pattern.slice(0, withPort.index) : pattern).toLowerCase();
    const port = withPort && Number(withPort[1]) !== 443 ? String(Number(withPort[1])) : '';
    if (parsed.port !== port) return false;
    return p.startsWith('*.')
      ? host.endsWith(p.slice(1)) && host.length > p.length - 1
      : host === p;
  });
}
