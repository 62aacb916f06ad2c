/**
 * Refuses, before any key is fetched, a Bot Framework token whose own content already rules it out:
 * not a Bearer JWT, a header that is not RS256 with a key id, or a payload for another audience or
 * already expired. What passes still goes through botbuilder's full signature validation. Returns
 * the reason for a refusal, or undefined for a token worth validating.
 */
export function precheckToken(
  authorization: unknown,
  appId: string,
  now = Date.now()
): string | undefined {
  if (typeof authorization !== 'string' || !authorization.startsWith('Bearer '))
    return 'no_bearer_token';
  const token = authorization.slice(7).trim();
  if (token.length > 8192) return 'token_too_long';
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return 'not_a_jwt';
  const header = decodePart(parts[0]);
  const payload = decodePart(parts[1]);
  if (!header || !payload) return 'not_a_jwt';
  if (header.alg !== 'RS256') return 'algorithm_not_rs256';
  if (typeof header.kid !== 'string' || header.kid === '') return 'no_key_id';
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.includes(appId)) return 'other_audience';
  if (typeof payload.exp === 'number' && payload.exp * 1000 < now - 5 * 60_000) return 'expired';
  return undefined;
}

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
