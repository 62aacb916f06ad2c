import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Catalog, Language } from '../catalog/catalog-types';
import { explain, findEntries, type Answer } from '../engine';
import { buildCard, buildReply, buildSearchResults } from '../presentation/build-reply';
import type { CardRenderer } from '../presentation/cards/render-card';
import { phrase } from '../presentation/phrases';
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
      const value = (activity.value ?? {}) as {
        query?: unknown;
        language?: unknown;
        feedback?: unknown;
      };
      if (value.feedback && typeof value.feedback === 'object') {
        const vote = this.recordFeedback(value.feedback as Record<string, unknown>);
        await context.sendActivity(phrase(vote?.language ?? 'en', 'feedbackThanks'));
        return next();
      }
      const text = typeof value.query === 'string' ? value.query : readMessageText(activity);
      const answer = this.answer(context, text, languageOf(value.language));
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
      this.deps.logger.debug(
        { event: 'invoke_unhandled', name: String(context.activity.name ?? '').slice(0, 60) },
        'invoke not handled'
      );
      return { status: 200, body: {} };
    }
    return response;
  }

  /**
   * Universal Actions: `open` drills into an entry, `lang` shows the same card in the other
   * language, `feedback` records a vote. Each answers with the card that replaces the old one.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue
  ): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action?.verb;
    const data = (invokeValue.action?.data ?? {}) as Record<string, unknown>;
    if (verb === 'open' || verb === 'lang') {
      const answer = this.answer(
        context,
        typeof data.query === 'string' ? data.query : '',
        languageOf(data.language)
      );
      return cardResponse(buildCard(this.deps.renderer, answer).content);
    }
    if (verb === 'feedback') {
      const vote = this.recordFeedback(data);
      if (!vote)
        return {
          statusCode: 400,
          type: 'application/vnd.microsoft.error',
          value: { code: 'BadRequest', message: 'unknown entry or vote' },
        };
      const answer = this.answer(context, vote.entryId, vote.language);
      return cardResponse(buildCard(this.deps.renderer, answer, { feedbackDone: true }).content);
    }
    return {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: 'unknown verb' },
    };
  }

  /** Compose-box search: matching entries as a list, each previewed as a thumbnail card. */
  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery
  ): Promise<MessagingExtensionResponse> {
    const parameter = query.parameters?.find((p) => p.name === 'query') ?? query.parameters?.[0];
    const text =
      typeof parameter?.value === 'string' && parameter.name !== 'initialRun'
        ? parameter.value
        : '';
    const found = findEntries(this.deps.catalog, text, { locale: context.activity.locale });
    const record = context.turnState.get(TURN_RECORD) as TurnRecord | undefined;
    if (record)
      Object.assign(record, {
        answer: 'search',
        language: found.language,
        recognized: found.results.slice(0, 20).map((r) => r.id),
      });
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: buildSearchResults(this.deps.renderer, found),
      },
    };
  }

  /** A picked search result: the entry card, inserted into the conversation. */
  protected override async handleTeamsMessagingExtensionSelectItem(
    context: TurnContext,
    value: unknown
  ): Promise<MessagingExtensionResponse> {
    const picked = (value ?? {}) as { id?: unknown; language?: unknown };
    const answer = this.answer(
      context,
      typeof picked.id === 'string' ? picked.id : '',
      languageOf(picked.language)
    );
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: [buildCard(this.deps.renderer, answer)],
      },
    };
  }

  /** Logs a "Was this helpful?" vote (entry id, vote, language: nothing else); undefined if malformed. */
  private recordFeedback(
    data: Record<string, unknown>
  ): { entryId: string; vote: 'up' | 'down'; language: Language } | undefined {
    const entryId = typeof data.id === 'string' ? data.id : '';
    const vote = data.vote === 'up' || data.vote === 'down' ? data.vote : undefined;
    if (!this.deps.catalog.byId.has(entryId) || !vote) return undefined;
    const language = languageOf(data.language) ?? 'en';
    this.deps.logger.info({ event: 'feedback', entryId, vote, language }, 'feedback');
    return { entryId, vote, language };
  }

  /** Runs explain() for this turn and records what was recognized (ids only) for the turn log. */
  private answer(context: TurnContext, text: string, language?: Language): Answer {
    const answer = explain(text, this.deps.catalog, {
      locale: context.activity.locale,
      language,
      maxChars: MAX_MESSAGE_CHARS,
    });
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
    this.deps.logger.warn(
      { event: 'tenant_refused', tenantId: tenant ?? null },
      'activity from a tenant that is not allowed'
    );
    const record = context.turnState.get(TURN_RECORD) as TurnRecord | undefined;
    if (record) record.refused = true;
    return true;
  }
}

function languageOf(value: unknown): Language | undefined {
  return value === 'en' || value === 'ja' ? value : undefined;
}

function cardResponse(card: Record<string, unknown>): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

export function tenantOf(context: TurnContext): string | undefined {
  const activity = context.activity;
  const fromChannelData = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant
    ?.id;
  return activity.conversation?.tenantId ?? fromChannelData;
}
