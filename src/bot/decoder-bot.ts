import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  type MessagingExtensionResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { Catalog, Language } from '../catalog/catalog-types';
import { chooseLanguage, explain, findEntries, type Answer } from '../engine';
import { buildCard, buildReply, buildSearchResults } from '../presentation/build-reply';
import type { CardRenderer } from '../presentation/cards/render-card';
import { phrase } from '../presentation/words/phrases';
import { describeError } from '../logging/describe-error';
import { safeLogValue } from '../logging/safe-log';
import {
  readCardAction,
  readSearchText,
  readSelectedItem,
  readSubmit,
  readVote,
} from './invoke-values';
import { answerFiles, type FileAnswerDeps } from './answer-file';
import { readMessageText } from './read-message-text';
import { refusedTenant } from './refused-tenant';
import { describeAnswer, TURN_RECORD, type TurnRecord } from './turn-record';
import type { SentinelCommandDeps } from '../sentinel/sentinel-commands';
import { answerIfSentinelCommand } from './answer-sentinel-command';

export interface DecoderBotDeps {
  catalog: Catalog;
  renderer: CardRenderer;
  logger: Logger;
  /** Lower-case tenant ids allowed to use the bot; empty allows every tenant. */
  allowedTenantIds: string[];
  /** Files sent in 1:1 chats: how to download and read them; without it files are not read. */
  files?: FileAnswerDeps;
  /** watch / unwatch / health; without it those words are answered like any question. */
  sentinel?: SentinelCommandDeps;
}

/** Longest text read from one message or action; Teams itself caps messages near this size. */
export const MAX_MESSAGE_CHARS = 100_000;

const badRequest = (message: string): AdaptiveCardInvokeResponse => ({
  statusCode: 400,
  type: 'application/vnd.microsoft.error',
  value: { code: 'BadRequest', message },
});

/**
 * The Teams shell over explain(): it turns an activity into explain() input and the Answer into
 * a card. Handles 1:1, channel and group chat messages, card button presses, compose-box search and
 * the welcome. Every value it reads from an activity is type-checked first.
 */
export class DecoderBot extends TeamsActivityHandler {
  constructor(private readonly deps: DecoderBotDeps) {
    super();

    this.onMessage(async (context, next) => {
      if (this.refuseTenant(context)) return next();
      const submit = readSubmit(context.activity.value);
      if (submit.feedback) {
        const vote = this.recordFeedback(submit.feedback);
        // Thanks only for a vote that was recorded; anything else is a malformed button.
        if (vote) await context.sendActivity(phrase(vote.language, 'feedbackThanks'));
        return next();
      }
      const record = (v: TurnRecord) => this.record(context, v);
      if (!submit.query && (await answerIfSentinelCommand(context, this.deps.sentinel, record)))
        return next();
      if (
        await answerFiles(context, this.languageOf(context), this.deps, (v) =>
          this.record(context, v)
        )
      ) {
        // Words sent with the file ("0x80094800 on the CA, IIS log attached") are answered too,
        // when they name something: a plain "here is the log" needs no help card.
        const words = explain(readMessageText(context.activity), this.deps.catalog, {
          locale: context.activity.locale,
          maxChars: MAX_MESSAGE_CHARS,
        });
        if ((words.kind === 'lookup' && words.basis === 'named') || words.kind === 'log')
          await context.sendActivity(buildReply(this.deps.renderer, words));
        return next();
      }
      const text = submit.query ?? readMessageText(context.activity);
      await context.sendActivity(
        buildReply(this.deps.renderer, this.answer(context, text, submit.language))
      );
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m?.id === botId);
      if (botAdded && !this.refuseTenant(context)) {
        await context.sendActivity(
          buildReply(this.deps.renderer, this.answer(context, 'help'), { welcome: true })
        );
      }
      await next();
    });
  }

  /**
   * The tenant check comes first for every kind of activity (an invoke answers its own refusal).
   * Edits and deletions of earlier messages are acknowledged and not read: there is nothing to
   * explain, and the Teams handler for them expects channel data the activity may not carry.
   */
  override async run(context: TurnContext): Promise<void> {
    const type = context.activity.type;
    if (type !== 'invoke' && this.refuseTenant(context)) return;
    if (type === 'messageUpdate' || type === 'messageDelete') return;
    await super.run(context);
  }

  /**
   * Every invoke gets an answer: malformed values get 400, names the bot does not handle are
   * acknowledged with 200, and nothing becomes a 5xx or an apology.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (this.refuseTenant(context)) return { status: 200, body: {} };
    const name = context.activity.name;
    if (name === 'adaptiveCard/action' && !readCardAction(context.activity.value)) {
      return { status: 400, body: badRequest('an Action.Execute needs value.action with a verb') };
    }
    try {
      const response = await super.onInvokeActivity(context);
      if (response.status !== 501) return response;
      this.deps.logger.debug(
        { event: 'invoke_unhandled', name: safeLogValue(name) },
        'invoke not handled'
      );
      return { status: 200, body: {} };
    } catch (error) {
      this.deps.logger.warn(
        { event: 'invoke_rejected', name: safeLogValue(name), err: describeError(error) },
        'malformed invoke'
      );
      return { status: 400, body: badRequest('malformed invoke value') };
    }
  }

  /**
   * Universal Actions: `open` drills into an entry, `lang` shows the same card in the other
   * language, `feedback` records a vote. Each answers with the card that replaces the old one.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = readCardAction(invokeValue) ?? readCardAction({ action: invokeValue.action });
    if (!action) return badRequest('unknown action');
    const submit = readSubmit(action.data);
    if (action.verb === 'open' || action.verb === 'lang') {
      return cardResponse(
        buildCard(this.deps.renderer, this.answer(context, submit.query ?? '', submit.language))
          .content
      );
    }
    if (action.verb === 'feedback') {
      const vote = this.recordFeedback(action.data);
      if (!vote) return badRequest('unknown entry or vote');
      const answer = this.answer(context, vote.entryId, vote.language);
      return cardResponse(buildCard(this.deps.renderer, answer, { feedbackDone: true }).content);
    }
    return badRequest('unknown verb');
  }

  /** Compose-box search: matching entries as a list, each previewed as a thumbnail card. */
  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext
  ): Promise<MessagingExtensionResponse> {
    const found = findEntries(this.deps.catalog, readSearchText(context.activity.value), {
      locale: context.activity.locale,
    });
    this.record(context, {
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
    const picked = readSelectedItem(value);
    const answer = this.answer(context, picked.id, picked.language);
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: [buildCard(this.deps.renderer, answer)],
      },
    };
  }

  /** Logs a "Was this helpful?" vote (entry id, vote, language: nothing else); undefined if malformed. */
  private recordFeedback(data: Record<string, unknown>): ReturnType<typeof readVote> {
    const vote = readVote(data);
    if (!vote || !this.deps.catalog.byId.has(vote.entryId)) return undefined;
    this.deps.logger.info(
      { event: 'feedback', entryId: vote.entryId, vote: vote.vote, language: vote.language },
      'feedback'
    );
    return vote;
  }

  /** Runs explain() for this turn, with the text capped, and records what was recognized (ids only). */
  private answer(context: TurnContext, text: string, language?: Language): Answer {
    const answer = explain(text, this.deps.catalog, {
      locale: context.activity.locale,
      language,
      maxChars: MAX_MESSAGE_CHARS,
    });
    this.record(context, describeAnswer(answer));
    return answer;
  }

  /** The language to answer a message in: its words, else the Teams locale. */
  private languageOf(context: TurnContext): Language {
    return chooseLanguage(readMessageText(context.activity), context.activity.locale).language;
  }

  private record(context: TurnContext, values: TurnRecord): void {
    const record = context.turnState.get(TURN_RECORD) as TurnRecord | undefined;
    if (record) Object.assign(record, values);
  }

  /**
   * True (and logged, by bounded tenant id only) when the activity comes from a tenant that is not
   * allowed: every tenant id it carries (conversation and channel data) must be allowed.
   */
  private refuseTenant(context: TurnContext): boolean {
    const refused = refusedTenant(context.activity, this.deps.allowedTenantIds);
    if (refused === undefined) return false;
    this.deps.logger.warn(
      { event: 'tenant_refused', tenantId: safeLogValue(refused) },
      'activity from a tenant that is not allowed'
    );
    this.record(context, { refused: true });
    return true;
  }
}

function cardResponse(card: Record<string, unknown>): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}
