import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import type { Response } from 'restify';

/** How a request ended, for the turn log. */
export type TurnOutcome = 'answered' | 'unauthorized' | 'rejected' | 'failed';

/** Errors the token check throws: botbuilder's own, jsonwebtoken's, and a key fetch cut short. */
const AUTH_ERROR_NAMES = new Set([
  'AuthenticationError',
  'JsonWebTokenError',
  'TokenExpiredError',
  'NotBeforeError',
  'AbortError',
  'TimeoutError',
]);

/**
 * CloudAdapter with a stricter front: it processes an activity that is already normalized, answers
 * every authentication failure (expired, forged, unsigned, or a key that cannot be fetched) with
 * 401, any other failure before the turn with 400, and never writes a stack trace to the console or an error message to the caller; the caller
 * logs one structured line instead.
 */
export class GuardedAdapter extends CloudAdapter {
  async handle(
    activity: Activity,
    authorization: string,
    res: Response,
    logic: (context: TurnContext) => Promise<void>
  ): Promise<{ outcome: TurnOutcome; error?: unknown }> {
    let started = false;
    try {
      const invokeResponse = await this.processActivity(
        authorization,
        activity,
        async (context) => {
          started = true;
          await logic(context);
        }
      );
      res.send(invokeResponse?.status ?? 200, invokeResponse?.body ?? undefined);
      return { outcome: 'answered' };
    } catch (error) {
      if (!started && isAuthError(error)) {
        res.send(401, { error: 'unauthorized' });
        return { outcome: 'unauthorized', error };
      }
      // Anything else before the turn is about the activity, not the caller's identity.
      if (!started) {
        res.send(400, { error: 'the activity cannot be processed' });
        return { outcome: 'rejected', error };
      }
      res.send(500, { error: 'internal' });
      return { outcome: 'failed', error };
    }
  }
}

/** True for a failure of the token, its keys or its claims (botbuilder marks these with a status). */
function isAuthError(error: unknown): boolean {
  const e = error as { name?: unknown; statusCode?: unknown; message?: unknown } | null;
  if (typeof e !== 'object' || e === null) return false;
  if (typeof e.statusCode === 'number') return true;
  if (typeof e.name === 'string' && AUTH_ERROR_NAMES.has(e.name)) return true;
  // A network failure while fetching the signing keys: node-fetch's (botbuilder) or undici's.
  if (e.name === 'FetchError') return true;
  return e.name === 'TypeError' && e.message === 'fetch failed';
}
