import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import type { Response } from 'restify';

/** How a request ended, for the turn log. */
export type TurnOutcome = 'answered' | 'unauthorized' | 'failed';

/**
 * CloudAdapter with a stricter front: it processes an activity that is already normalized, answers
 * every authentication failure (expired, forged, unsigned, or a key that cannot be fetched) with
 * 401, and never writes a stack trace to the console or an error message to the caller; the caller
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
      // Before the turn starts, only authentication can fail: the token, its keys, its claims.
      if (!started) {
        res.send(401, { error: 'unauthorized' });
        return { outcome: 'unauthorized', error };
      }
      res.send(500, { error: 'internal' });
      return { outcome: 'failed', error };
    }
  }
}
