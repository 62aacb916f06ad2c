import { TeamsActivityHandler, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Catalog } from '../catalog/catalog-types';
import { buildReply } from '../cards/build-reply';
import type { CardRenderer } from '../cards/render-card';
import type { Answer } from '../core/answer';
import { explain } from '../core/explain';
import { phrase } from '../core/phrases';
import { readMessageText } from './read-message-text';
import { describeAnswer, type TurnRecord, TURN_RECORD } from './turn-record';

export interface DecoderBotDeps {
  catalog: Catalog;
  renderer: CardRenderer;
  logger: Logger;
  /** Lower-case tenant ids allowed to use the bot; empty allows every tenant. */
  allowedTenantIds: string[];
}

/** Longest text read from one message; Teams itself caps messages near this size. */
export const MAX_MESSAGE_CHARS = 100_000;

/**
 * The Teams shell over explain(): it turns an activity into explain() input and the Answer into
 * a card. Handles 1:1, channel and group chat messages, card button presses and the welcome.
 */
export class DecoderBot extends TeamsActivityHandler {
  constructor(private readonly deps: DecoderBotDeps) {
    super();

    this.onMessage(async (context, next) => {
      if (this.refuseTenant(context)) return next();
      const activity = context.activity;
      const pressed = (activity.value as { query?: unknown } | undefined)?.query;
      const raw = typeof pressed === 'string' ? pressed : readMessageText(activity);
      const cut = raw.length > MAX_MESSAGE_CHARS;
      const answer = this.answer(context, cut ? raw.slice(0, MAX_MESSAGE_CHARS) : raw);
      if (cut) answer.notices.push(phrase(answer.language, 'inputCut', { size: `${Math.round(MAX_MESSAGE_CHARS / 1000)} KB` }));
      await context.sendActivity(buildReply(this.deps.renderer, answer));
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
      if (botAdded && !this.refuseTenant(context)) {
        const answer = this.answer(context, 'help');
        await context.sendActivity(buildReply(this.deps.renderer, answer, { welcome: true }));
      }
      await next();
    });
  }

  /** Every invoke gets an answer: names the bot does not handle are acknowledged, never a 5xx. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (this.refuseTenant(context)) return { status: 200, body: {} };
    const response = await super.onInvokeActivity(context);
    if (response.status === 501) {
      this.deps.logger.debug({ event: 'invoke_unhandled', name: String(context.activity.name ?? '').slice(0, 60) }, 'invoke not handled');
      return { status: 200, body: {} };
    }
    return response;
  }

  /** Runs explain() for this turn and records what was recognized (ids only) for the turn log. */
  private answer(context: TurnContext, text: string): Answer {
    const answer = explain(text, { catalog: this.deps.catalog, locale: context.activity.locale });
    const record = context.turnState.get(TURN_RECORD) as TurnRecord | undefined;
    if (record) Object.assign(record, describeAnswer(answer));
    return answer;
  }

  /** True (and logged, by tenant id only) when the activity comes from a tenant not allowed. */
  private refuseTenant(context: TurnContext): boolean {
    const allowed = this.deps.allowedTenantIds;
    if (allowed.length === 0) return false;
    const tenant = tenantOf(context);
    if (tenant && allowed.includes(tenant.toLowerCase())) return false;
    this.deps.logger.warn({ event: 'tenant_refused', tenantId: tenant ?? null }, 'activity from a tenant that is not allowed');
    const record = context.turnState.get(TURN_RECORD) as TurnRecord | undefined;
    if (record) record.refused = true;
    return true;
  }
}

export function tenantOf(context: TurnContext): string | undefined {
  const activity = context.activity;
  const fromChannelData = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return activity.conversation?.tenantId ?? fromChannelData;
}
